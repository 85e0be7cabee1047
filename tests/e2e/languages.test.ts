import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages } from '../helpers/site-files.ts';
import { DEFAULT_SITE } from './global-setup.ts';

const site = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../content/site.json'), 'utf8'),
) as { locales: string[] };

/** The page's own content: its article, without the navigation around it. */
const article = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';

describe('pages that mix languages', () => {
  it('say so on every page whose content shows another language of the site, home pages and lists too', () => {
    const silent: string[] = [];
    let mixed = 0;
    for (const { path, file } of listPages(DEFAULT_SITE)) {
      const html = readFileSync(file, 'utf8');
      const locale = /<html lang="([^"]+)"/.exec(html)?.[1];
      const others = [...article(html).matchAll(/<[a-z][^>]*\slang="([^"]+)"[^>]*>/g)].filter(
        ([tag, lang]) =>
          lang !== locale &&
          site.locales.includes(lang ?? '') &&
          !tag.includes('data-language-name'),
      );
      if (others.length === 0) continue;
      mixed += 1;
      if (!html.includes('notice notice--fallback')) silent.push(path);
    }
    expect(mixed).toBeGreaterThan(0);
    expect(silent).toEqual([]);
  });

  it('tell a Lithuanian reader of the home page that part of it is in Latvian', () => {
    const home = readFileSync(join(DEFAULT_SITE, 'lt/index.html'), 'utf8');
    expect(home).toContain('Dalis šio puslapio dar neišversta: ji rodoma latvių kalba.');
  });
});
