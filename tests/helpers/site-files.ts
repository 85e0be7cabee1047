import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of a built site, as its URL path (`/en/criteria/1.1/`) and file. */
export function listPages(outDir: string): Array<{ path: string; file: string }> {
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = `/${relative(outDir, join(outDir, file)).split(sep).join('/')}`.replace(
        /index\.html$/,
        '',
      );
      return { path, file: join(outDir, file) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const attributeValues = (html: string, attribute: string) =>
  [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) =>
    (m[1] ?? '').replaceAll('&amp;', '&'),
  );

/**
 * Internal links that lead nowhere: a page that was not built, or an anchor missing on its page.
 * Returns `page → target` lines, empty when every link works.
 */
export function brokenLinks(outDir: string): string[] {
  const pages = listPages(outDir);
  const html = new Map(pages.map((page) => [page.path, readFileSync(page.file, 'utf8')]));
  const ids = new Map(
    [...html].map(([path, source]) => [path, new Set(attributeValues(source, 'id'))]),
  );
  const broken: string[] = [];
  for (const [path, source] of html) {
    for (const href of attributeValues(source, 'href')) {
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue; // external: checked elsewhere
      const url = new URL(href, `http://site${path}`);
      if (/\.(xml|txt|css|svg|png|json|csv|pdf|ics)$/.test(url.pathname)) {
        if (!existsSync(join(outDir, url.pathname))) broken.push(`${path} → ${href}`);
        continue;
      }
      const target = /(\/|\.html)$/.test(url.pathname) ? url.pathname : `${url.pathname}/`;
      const targetIds = ids.get(target);
      if (!targetIds) broken.push(`${path} → ${href}`);
      else if (url.hash && !targetIds.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${path} → ${href} (no such anchor)`);
    }
  }
  return broken;
}
