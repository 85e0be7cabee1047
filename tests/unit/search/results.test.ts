import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  filterCounts,
  markedWords,
  matchesQuery,
  type SearchHit,
} from '../../../src/lib/search/results.ts';
import { plural, pluralForms } from '../../../src/lib/i18n/plural.ts';
import { createTranslator } from '../../../src/lib/i18n/ui.ts';

const hit = (url: string, filters: Record<string, string[]>): SearchHit => ({
  url,
  title: url,
  excerpt: '',
  meta: {},
  filters,
  sections: [],
});

describe('search results a reader sees', () => {
  it('read the words Pagefind highlighted', () => {
    expect(markedWords('a <mark>klientiem,</mark> b <mark>plāns</mark>')).toEqual([
      'klientiem',
      'plāns',
    ]);
  });

  it('drop a hit that matched only a fragment of an unknown word', () => {
    expect(matchesQuery('event <mark>in</mark> Vidzeme', 'inspektoriem', 'en')).toBe(false);
    expect(matchesQuery('ar <mark>klientiem</mark>', 'klients', 'lv')).toBe(true);
    expect(matchesQuery('<mark>finanšu</mark> plāns', 'finansem', 'lv')).toBe(true);
    expect(matchesQuery('the <mark>CAF</mark> model', 'caf', 'en')).toBe(true);
  });

  const hits = [
    hit('/a/', { type: ['Kritērijs'], kind: ['Rezultāti'] }),
    hit('/b/', { type: ['Kritērijs'], kind: ['Virzītājspēki'] }),
    hit('/c/', { type: ['Termins'] }),
  ];

  it('narrow by any chosen value within a filter and by every filter at once', () => {
    expect(applyFilters(hits, {}).length).toBe(3);
    expect(applyFilters(hits, { type: ['Kritērijs', 'Termins'] }).length).toBe(3);
    expect(
      applyFilters(hits, { type: ['Kritērijs'], kind: ['Rezultāti'] }).map((h) => h.url),
    ).toEqual(['/a/']);
  });

  it('count for each value the results ticking it would show', () => {
    const counts = filterCounts(hits, { kind: ['Rezultāti'] });
    expect(counts['type']).toEqual({ Kritērijs: 1 });
    // A group's own choice does not shrink its other values' counts.
    expect(counts['kind']).toEqual({ Rezultāti: 1, Virzītājspēki: 1 });
  });
});

describe('counts in words', () => {
  const dictionary: Record<string, Record<string, string>> = {
    lv: { 'n.one': 'Atrasts {count} rezultāts.', 'n.other': 'Atrasti {count} rezultāti.' },
    en: { 'n.one': '{count} result found.', 'n.other': '{count} results found.' },
    lt: {
      'n.one': 'Rastas {count} rezultatas.',
      'n.few': 'Rasti {count} rezultatai.',
      'n.other': 'Rasta {count} rezultatų.',
    },
  };
  const say = (locale: string, count: number) =>
    plural(
      locale,
      count,
      pluralForms(locale, 'n', createTranslator(dictionary, locale, 'lv').find),
    );

  it('use the singular for 1 and for 21 where the language does', () => {
    expect(say('lv', 1)).toBe('Atrasts 1 rezultāts.');
    expect(say('lv', 21)).toBe('Atrasts 21 rezultāts.');
    expect(say('lv', 11)).toBe('Atrasti 11 rezultāti.');
    expect(say('en', 1)).toBe('1 result found.');
    expect(say('en', 21)).toBe('21 results found.');
    expect(say('lt', 1)).toBe('Rastas 1 rezultatas.');
    expect(say('lt', 3)).toBe('Rasti 3 rezultatai.');
    expect(say('lt', 10)).toBe('Rasta 10 rezultatų.');
  });

  it("never take a form from a fallback language: a Latvian 'one' is no Lithuanian one", () => {
    const withoutOne = createTranslator(
      { lv: dictionary.lv ?? {}, lt: { 'n.other': 'Rasta {count} rezultatų.' } },
      'lt',
      'lv',
    );
    expect(plural('lt', 1, pluralForms('lt', 'n', withoutOne.find))).toBe('Rasta 1 rezultatų.');
  });

  it("choose by the rules of the strings' language on a page in a language with no strings", () => {
    // Estonian puts 21 in "other"; the Latvian strings it falls back to need Latvian "one".
    const estonian = createTranslator(dictionary, 'et', 'lv');
    expect(plural('et', 21, pluralForms('et', 'n', estonian.find))).toBe('Atrasts 21 rezultāts.');
    expect(plural('et', 11, pluralForms('et', 'n', estonian.find))).toBe('Atrasti 11 rezultāti.');
  });
});
