import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, composeTree } from '../helpers/fixtures.ts';
import { buildTree, checkTree } from '../helpers/build.ts';

const ui = (locale: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../src/i18n/ui/${locale}.json`), 'utf8'),
  ) as Record<string, string>;

describe('astro build on a valid fixture tree', async () => {
  // Built as on a machine without Chromium: the PDFs step is on, but finds no browser.
  const { status, output, outDir } = await buildTree(join(FIXTURES, 'valid'), 'valid', {
    PDFS: 'on',
    CHROMIUM: join(FIXTURES, 'no-such-chromium'),
  });
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  it('builds every page in every locale', () => {
    expect(status, output).toBe(0);
    expect(output).toContain('✓ Content is valid');
    expect(page('criteria/1.1')).toContain('lang="lv"');
    expect(page('criteria/1.1')).toContain('Virzība');
    expect(page('en/criteria/1.1')).toContain('Direction');
  });

  it('marks a criterion that is not translated as a fallback in the default language', () => {
    const untranslated = page('en/criteria/1.2');
    expect(untranslated).toContain('This text is not translated yet: it is shown in Latvian.');
    expect(untranslated).toMatch(/<h1 lang="lv">1\.2 Pārvaldība<\/h1>/);
  });

  it('has no edition pages, version switcher or banner without editions in site.json', () => {
    expect(existsSync(join(outDir, 'editions'))).toBe(false);
    expect(page('criteria/1.1')).not.toContain('edition-switcher');
    expect(page('criteria/1.1')).not.toContain('notice--edition');
  });

  it('without Chromium says in one line how to make the PDFs, and lists no PDF on the handouts index', () => {
    const said = output.split('\n').filter((line) => line.includes('no PDFs'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('then run npm run pdf');
    const index = page('handouts');
    expect(index).toMatch(/<section class="pdf-files"[^>]*\shidden>/);
    expect(index).not.toContain('href="/pdf/');
    // The intro does not point to PDFs that are not there: that sentence stays hidden with the table.
    for (const [locale, prefix] of [
      ['lv', ''],
      ['en', 'en/'],
    ] as const) {
      const sentence = ui(locale)['handouts.introPdf'] ?? '';
      const intro = page(`${prefix}handouts`);
      expect(sentence).not.toBe('');
      expect(intro.split(sentence)).toHaveLength(2);
      expect(intro).toContain(
        `<span data-pdf-files data-pagefind-ignore hidden>${sentence}</span>`,
      );
    }
    expect(page('handouts/worksheet')).not.toContain('href="/pdf/');
  });

  it('links the first occurrence of a glossary term to its definition', () => {
    const about = page('methodology/about');
    expect(about).toContain('<a href="/glossary/self-assessment/" class="term">Pašnovērtējums</a>');
  });
});

describe('astro build on a tree with faults in five files', async () => {
  const { status, output, outDir } = await buildTree(composeTree('five-faults'), 'five-faults');

  it('exits with 1 and builds nothing', () => {
    expect(status).toBe(1);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('names file, field and rule of every problem, then the count', () => {
    for (const line of [
      'site.json: anonymity.minGroupSize — must be at least 2',
      'pilots/P01.json: scores["1.1"] — must be from 0 to 100, but is 140',
      'pilots/P02.json: feedback.lv — contains personal data (an e-mail address "a***@***.lv")',
      'scales/enablers.json: bands[4].min — overlaps the previous band: 71–75 is covered twice',
      'criteria/lv/1.2.md: summary — is required but missing',
    ]) {
      expect(output).toContain(line);
    }
    expect(output).toContain('6 problems in 5 files.');
  });

  it('shows no stack trace, no zod internals and no personal data', () => {
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/ZodError|invalid_type|:0:0/);
    expect(output).not.toContain('anna@example.lv');
    expect(output).not.toContain('29538825');
  });
});

describe('a broken criterion of the default locale that has a translation', () => {
  const tree = composeTree('faults/translated-criterion-broken-in-default');
  const expected = 'criteria/lv/1.1.md: title — is required';

  it('is one problem in npm run check, not also one for its translation', async () => {
    const { status, output } = await checkTree(tree);
    expect(status).toBe(1);
    expect(output).toContain(expected);
    expect(output).toContain('1 problem in 1 file.');
    expect(output).not.toContain('criteria/en/1.1.md');
  });

  it('is the same one problem in npm run build', async () => {
    const { status, output } = await buildTree(tree, 'translated-criterion-broken');
    expect(status).toBe(1);
    expect(output).toContain(expected);
    expect(output).toContain('1 problem in 1 file.');
    expect(output).not.toContain('criteria/en/1.1.md');
  });
});

describe('npm run check', () => {
  it('prints a one-line success on a valid tree', async () => {
    const { status, output } = await checkTree(join(FIXTURES, 'valid'));
    expect(status).toBe(0);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(/^✓ Content is valid: 2 locales, 5 criterion codes, 3 pilots/);
  });

  it('masks names from the deny-list given by ANONYMITY_DENYLIST', async () => {
    const dir = composeTree('faults/pii-denylist');
    const { status, output } = await checkTree(dir, {
      ANONYMITY_DENYLIST: join(FIXTURES, 'faults/pii-denylist/names.txt'),
    });
    expect(status).toBe(1);
    expect(output).toContain('a name on the deny-list "A*** B******"');
    expect(output).not.toContain('Bērziņa');
  });
});
