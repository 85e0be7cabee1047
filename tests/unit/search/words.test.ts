import { describe, expect, it } from 'vitest';
import { lookUpWords, rankPartial, titlesFirst, wordForms } from '../../../src/lib/search/words.ts';

describe('the beginning of a word a reader types', () => {
  it('is tried as typed, then a letter shorter at a time, down to a recognisable beginning', () => {
    expect(wordForms('identifyin')).toEqual(['identifyin', 'identifyi', 'identify', 'identif']);
    expect(wordForms('plāns')).toEqual(['plāns', 'plān']);
    expect(wordForms('fine-tuned')).toEqual(['fine-tuned']);
  });

  it('counts as found in the shortest form the index knows, and a word it never knows is named', async () => {
    const indexed = new Set(['identif', 'identifyi', 'developi']);
    const words = await lookUpWords('identifyin developi xyzzyq', async (form) =>
      indexed.has(form),
    );
    expect(words).toEqual([
      { word: 'identifyin', form: 'identif' },
      { word: 'developi', form: 'developi' },
      { word: 'xyzzyq', form: undefined },
    ]);
  });
});

describe('ranking pages for several words', () => {
  const page = (url: string, title = url) => ({ url, title });

  it('lists pages with every word first, then those with most of the words, saying which they lack', () => {
    const ranked = rankPartial(
      [page('/both/')],
      new Map([
        ['client', [page('/both/'), page('/client/')]],
        ['perception', [page('/both/'), page('/perception/')]],
      ]),
    );
    expect(ranked.map((hit) => [hit.url, hit.lacks])).toEqual([
      ['/both/', []],
      ['/client/', ['perception']],
      ['/perception/', ['client']],
    ]);
  });

  it('puts a page titled with the typed beginnings before pages that only mention them', () => {
    const hits = [
      page('/glossary/stakeholder/', 'Stakeholder'),
      page('/criteria/1.2/', 'Managing the organisation, its performance'),
    ];
    expect(titlesFirst(hits, ['managin', 'organisati'], 'en').map((h) => h.url)).toEqual([
      '/criteria/1.2/',
      '/glossary/stakeholder/',
    ]);
  });
});
