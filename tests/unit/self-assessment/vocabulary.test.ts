import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import { TERM_ENTRIES, glossaryVocabulary } from '../../../src/lib/self-assessment/vocabulary.ts';
import { DEFAULT_CONTENT } from '../../helpers/self-assessment.ts';

const UI = resolve(import.meta.dirname, '../../../src/i18n/ui');

describe('the tool’s words for the methodology’s terms', () => {
  const { tree } = loadContentTree(DEFAULT_CONTENT);
  const termsOf = (locale: string) =>
    tree.glossary.filter((g) => g.locale === locale).map((g) => ({ id: g.id, title: g.data.term }));

  it('are the glossary’s terms in Latvian: “Uzlabojamās jomas”, “Uzlabojumu plāns”', () => {
    const words = glossaryVocabulary(termsOf('lv'));
    expect(words['tool.improvements']).toBe('Uzlabojamās jomas');
    expect(words['tool.plan.title']).toBe('Uzlabojumu plāns');
    expect(Object.keys(words).sort()).toEqual(Object.keys(TERM_ENTRIES).sort());
  });

  it('keep the tool’s own string where the glossary has the term only in another language', () => {
    expect(glossaryVocabulary([{ id: 'strengths', title: 'Strengths', lang: 'en' }])).toEqual({});
  });

  it('agree with the glossary in every sentence of the tool, in every locale', () => {
    for (const file of readdirSync(UI)) {
      const locale = file.replace(/\.json$/, '');
      const strings = JSON.parse(readFileSync(join(UI, file), 'utf8')) as Record<string, string>;
      for (const [key, term] of Object.entries(glossaryVocabulary(termsOf(locale))))
        expect(strings[key], `${locale} ${key}`).toBe(term);
    }
  });
});
