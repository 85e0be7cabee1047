import { describe, expect, it } from 'vitest';
import { problemPage } from '../../../src/lib/dev/problem-page.ts';
import { createTranslator } from '../../../src/lib/i18n/ui.ts';
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };
import lt from '../../../src/i18n/ui/lt.json' with { type: 'json' };
import lv from '../../../src/i18n/ui/lv.json' with { type: 'json' };

const t = (locale: string) => createTranslator({ en, lv, lt }, locale, 'lv');

describe('the page npm run dev shows while the content has problems', () => {
  const problems = [
    { file: 'criteria/lv/4.3.md', path: 'title', rule: 'is required but missing' },
    { file: 'pilots/P02.json', path: 'feedback.lv', rule: 'contains <b>"a***@***.lv"</b>' },
  ];

  it('lists every problem as file: field — rule, in the page language', () => {
    const html = problemPage(problems, 'lv', t('lv'), 'content/');
    expect(html).toContain('<html lang="lv">');
    expect(html).toContain(lv['devProblems.title']);
    expect(html).toContain('content/criteria/lv/4.3.md: title — is required but missing');
    // The rules are the generator's English, marked so inside the Latvian page.
    expect(html).toMatch(/<ul lang="en">\s*<li><code>content\/criteria/);
    expect(html).toContain('<p>2 kļūdas 2 failos.</p>');
  });

  it('counts the problems and files in the page language, in each plural form', () => {
    const many = (n: number, files: number) =>
      Array.from({ length: n }, (_, i) => ({
        file: `news/lv/${i % files}.md`,
        path: 'date',
        rule: 'is not a date',
      }));
    const counted = (locale: string, n: number, files: number) =>
      /<p>([^<]*)<\/p>\s*<\/main>/.exec(problemPage(many(n, files), locale, t(locale)))?.[1];
    expect(counted('en', 1, 1)).toBe('1 problem in 1 file.');
    expect(counted('en', 3, 2)).toBe('3 problems in 2 files.');
    expect(counted('lv', 1, 1)).toBe('1 kļūda 1 failā.');
    expect(counted('lv', 21, 11)).toBe('21 kļūda 11 failos.');
    expect(counted('lv', 10, 10)).toBe('10 kļūdas 10 failos.');
    expect(counted('lt', 1, 1)).toBe('1 klaida (failų: 1).');
    expect(counted('lt', 3, 2)).toBe('3 klaidos (failų: 2).');
    expect(counted('lt', 12, 5)).toBe('12 klaidų (failų: 5).');
  });

  it('shows the text of a rule as text, never as markup', () => {
    const html = problemPage(problems, 'en', t('en'));
    expect(html).toContain('&lt;b&gt;&quot;a***@***.lv&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
