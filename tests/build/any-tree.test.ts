import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTree } from '../../scripts/generate-tree.ts';
import { TMP } from '../helpers/fixtures.ts';
import { buildTree } from '../helpers/build.ts';
import { brokenLinks, listPages } from '../helpers/site-files.ts';

describe('the generator builds any tree under the contract', () => {
  it('3 criteria, English only, no pilots', async () => {
    const dir = join(TMP, 'trees', 'small-en');
    generateTree(dir, { criteria: 3, locales: ['en'], defaultLocale: 'en', pilots: 0 });
    const { status, output, outDir } = await buildTree(dir, 'small-en');
    expect(status, output).toBe(0);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('lang="en"');
    expect(home).toContain('Criterion 3 (en)');
    expect(home).not.toContain('Criterion 4');
    expect(listPages(outDir).map((p) => p.path)).toEqual(
      expect.arrayContaining(['/criteria/3.3/', '/glossary/term-2/']),
    );
    expect(listPages(outDir).some((p) => p.path.startsWith('/en/'))).toBe(false);
    expect(brokenLinks(outDir)).toEqual([]);
  });

  it('12 criteria, 4 locales with the default not first, 2,000 pilots', async () => {
    const dir = join(TMP, 'trees', 'large');
    generateTree(dir, {
      criteria: 12,
      locales: ['en', 'lt', 'lv', 'de'],
      defaultLocale: 'lv',
      pilots: 2000,
    });
    const { status, output, outDir } = await buildTree(dir, 'large');
    expect(status, output).toBe(0);
    expect(output).toContain('2000 pilots');
    // The default locale is served at the root, the others under their code.
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Criterion 12 (lv)');
    for (const locale of ['en', 'lt', 'de']) {
      expect(readFileSync(join(outDir, locale, 'index.html'), 'utf8')).toContain(
        `Criterion 12 (${locale})`,
      );
    }
  });
});
