/**
 * How the search page decides which typed words the index knows. Pagefind matches a prefix of an
 * indexed word, but it indexes English words by their stem ("identifying" as "identifi"), so the
 * beginning a reader types ("identifyin") can be longer than the stem and match nothing. A word
 * is tried from its shortest recognisable beginning (two thirds of it) to the whole word; the
 * first form that finds a page whose highlighted words begin with it counts as found. Shortest
 * first, because a longer beginning can match a rarer word ("organisati" → "organisational")
 * and miss the common one its reader meant ("organisation", indexed as "organis").
 */

import { foldDiacritics, stemWord } from './normalise.ts';

/** The forms of a typed word to try, longest first: as typed, then shorter beginnings. */
export function wordForms(word: string): string[] {
  // A word with a hyphen or digits ("fine-tuned", "4.3") is several index words: kept whole.
  if (/[^\p{L}\p{M}]/u.test(word)) return [word];
  const letters = [...word];
  // A beginning of four letters, or two thirds of a longer word, still says which word it is.
  const shortest = Math.min(letters.length, Math.max(4, Math.ceil((letters.length * 2) / 3)));
  const forms: string[] = [];
  for (let length = letters.length; length >= shortest; length -= 1)
    forms.push(letters.slice(0, length).join(''));
  return forms;
}

/** A word of the query and the form of it the index knows, or undefined when it knows none. */
export interface QueryWord {
  word: string;
  form: string | undefined;
}

/**
 * Looks each typed word up through `finds` (does the index have a page for this form?), and
 * returns every word with its form: found words first in typed order are not reordered.
 */
export async function lookUpWords(
  query: string,
  finds: (form: string) => Promise<boolean>,
): Promise<QueryWord[]> {
  const words = [...new Set(query.split(/\s+/).filter(Boolean))];
  return Promise.all(
    words.map(async (word) => {
      for (const form of wordForms(word).reverse()) if (await finds(form)) return { word, form };
      return { word, form: undefined };
    }),
  );
}

/**
 * Pages ranked for a query of several words: those with every found word first (in the order
 * given), then those with only some of them, most words first, each saying which words it lacks.
 */
export function rankPartial<Hit extends { url: string }>(
  full: readonly Hit[],
  byWord: ReadonlyMap<string, readonly Hit[]>,
): Array<Hit & { lacks: string[] }> {
  const seen = new Set(full.map((hit) => hit.url));
  const words = [...byWord.keys()];
  const partial = new Map<string, { hit: Hit; has: Set<string>; order: number }>();
  let order = 0;
  for (const [word, hits] of byWord)
    for (const hit of hits) {
      if (seen.has(hit.url)) continue;
      const entry = partial.get(hit.url) ?? { hit, has: new Set<string>(), order: order++ };
      entry.has.add(word);
      partial.set(hit.url, entry);
    }
  return [
    ...full.map((hit) => ({ ...hit, lacks: [] })),
    ...[...partial.values()]
      .sort((a, b) => b.has.size - a.has.size || a.order - b.order)
      .map(({ hit, has }) => ({ ...hit, lacks: words.filter((w) => !has.has(w)) })),
  ];
}

/**
 * The hits with the most query words beginning a word of their title first, otherwise in the
 * order given: a page titled with what the reader typed ("Managin organisati") comes before pages
 * that only mention those words, however often.
 */
export function titlesFirst<Hit extends { title: string }>(
  hits: readonly Hit[],
  forms: readonly string[],
  locale: string,
): Hit[] {
  const fold = (text: string) => foldDiacritics(text.toLocaleLowerCase(locale));
  const stems = forms.flatMap((form) =>
    fold(stemWord(form, locale))
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const inTitle = (hit: Hit) => {
    const words = fold(hit.title).split(/[^\p{L}\p{N}]+/u);
    return stems.filter((stem) => words.some((word) => word.startsWith(stem))).length;
  };
  return hits
    .map((hit, index) => ({ hit, index, score: inTitle(hit) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ hit }) => hit);
}
