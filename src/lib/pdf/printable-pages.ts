import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A page of the built site that has a PDF: its path and where its PDF goes. */
export interface PrintablePage {
  /** `/lt/handouts/worksheet/` */
  path: string;
  /** `/pdf/lt/worksheet.pdf` */
  pdf: string;
}

/** The pages to print: `[/<locale>]/handouts/<id>/` and `[/<locale>]/events/<slug>/bundle/`. */
export function printablePages(outDir: string): PrintablePage[] {
  const site = JSON.parse(readFileSync(join(outDir, 'data/results.json'), 'utf8')) as {
    locales: string[];
  };
  const root = defaultLocale(outDir, site.locales);
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`)
    .sort()
    .flatMap((path) => {
      const match =
        /^\/(?:([a-z]{2,3}(?:-[A-Z]{2})?)\/)?(?:handouts\/([^/]+)|events\/([^/]+)\/bundle)\/$/.exec(
          path,
        );
      if (!match) return [];
      const locale = match[1] && site.locales.includes(match[1]) ? match[1] : root;
      const name = match[2] ?? `event-${match[3]}`;
      return [{ path, pdf: `/pdf/${locale}/${name}.pdf` }];
    });
}

/** The default locale is the one served at the root; the home page's lang attribute names it. */
function defaultLocale(outDir: string, locales: string[]): string {
  const lang = /<html lang="([^"]+)"/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'))?.[1];
  return lang && locales.includes(lang) ? lang : (locales[0] ?? 'en');
}
