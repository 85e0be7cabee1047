import { describe, expect, it } from 'vitest';
import { problemPage } from '../../../src/lib/dev/problem-page.ts';
import { createTranslator } from '../../../src/lib/i18n/ui.ts';
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };
import lv from '../../../src/i18n/ui/lv.json' with { type: 'json' };

const t = (locale: string) => createTranslator({ en, lv }, locale, 'lv');

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
    expect(html).toContain('2 problems in 2 files.');
  });

  it('shows the text of a rule as text, never as markup', () => {
    const html = problemPage(problems, 'en', t('en'));
    expect(html).toContain('&lt;b&gt;&quot;a***@***.lv&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
