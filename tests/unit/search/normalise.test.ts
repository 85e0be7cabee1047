import { describe, expect, it } from 'vitest';
import { foldDiacritics, queryVariants, stemWord } from '../../../src/lib/search/normalise.ts';
import { searchMetadata } from '../../../src/lib/search/metadata.ts';

describe('Latvian and Lithuanian queries', () => {
  it('fold diacritics', () => {
    expect(foldDiacritics('Pašnovērtējuma grupā ąčęėįšųūž')).toBe('Pasnovertejuma grupa aceeisuuz');
  });

  it('cut case endings back to a stem that prefix-matches every form', () => {
    expect(stemWord('finansēm', 'lv')).toBe('finans');
    expect(stemWord('finansem', 'lv')).toBe('finans');
    expect(stemWord('plānam', 'lv')).toBe('plān');
    expect(stemWord('sociālajam', 'lv')).toBe('sociāl');
    expect(stemWord('kriterijų', 'lt')).toBe('kriterij');
  });

  it('leave short words, codes and English alone', () => {
    expect(stemWord('CAF', 'lv')).toBe('caf');
    expect(stemWord('4.3', 'lv')).toBe('4.3');
    expect(stemWord('finances', 'en')).toBe('finances');
    expect(queryVariants('improvement plan', 'en')).toEqual(['improvement plan']);
  });

  it('search for what was typed and for its stemmed form', () => {
    expect(queryVariants('uzlabojumu plānam', 'lv')).toEqual([
      'uzlabojumu plānam',
      'uzlabojum plān',
    ]);
  });
});

describe('search metadata', () => {
  it('files a criterion page by type, code and kind', () => {
    expect(
      searchMetadata(['criteria', '1'], (type) => type.toUpperCase(), {
        code: '1',
        kind: 'Enablers',
      }),
    ).toEqual([
      { 'data-pagefind-filter': 'type:CRITERION' },
      { 'data-pagefind-meta': 'type:CRITERION' },
      { 'data-pagefind-filter': 'kind:Enablers' },
      { 'data-pagefind-meta': 'code:1' },
    ]);
  });

  it('files a sub-criterion as a sub-criterion, not as a criterion', () => {
    expect(
      searchMetadata(['criteria', '1.1'], (type) => type.toUpperCase(), { code: '1.1' })[0],
    ).toEqual({ 'data-pagefind-filter': 'type:SUBCRITERION' });
  });
});
