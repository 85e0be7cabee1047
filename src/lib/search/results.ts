/**
 * What the search page does with Pagefind's answers before a reader sees them: drops hits that
 * only matched a fragment of an unknown word, and narrows by the chosen filters. Pure, so the
 * unit tests check it without a browser.
 */
import { foldDiacritics, stemWord } from './normalise.ts';

/** One result as the page lists it: Pagefind's data for a page, reduced to what is shown. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  meta: Readonly<Record<string, string>>;
  filters: Readonly<Record<string, readonly string[]>>;
  sections: ReadonlyArray<{ url: string; title: string; excerpt: string }>;
  /** Words of the query this page lacks, listed below the pages that have them all. */
  lacks?: readonly string[];
}

/** The values chosen in each filter group; a group with none chosen does not narrow. */
export type FilterSelection = Readonly<Record<string, readonly string[]>>;

const fold = (text: string, locale: string) => foldDiacritics(text.toLocaleLowerCase(locale));

/** The words Pagefind highlighted in an excerpt (`<mark>…</mark>`), without punctuation. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) =>
    (m[1] ?? '').replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, ''),
  );
}

/**
 * True when a hit matched one of the words the reader typed rather than a fragment of it.
 * Pagefind splits a word it does not know into words it does ("inspektoriem" → "in"); such a
 * hit shares no stem with the query, and listing it would bury the honest "nothing found".
 */
export function matchesQuery(excerpt: string, query: string, locale: string): boolean {
  const stems = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => fold(stemWord(word, locale), locale).slice(0, 5));
  return markedWords(excerpt).some((marked) => {
    const word = fold(marked, locale);
    return stems.some((stem) => word.startsWith(stem));
  });
}

/**
 * True when Pagefind highlighted a word that begins with `form` (or its stem) in an excerpt: the
 * form is the beginning of an indexed word, not a fragment Pagefind matched loosely.
 */
export function beginsMarkedWord(excerpt: string, form: string, locale: string): boolean {
  const stem = fold(stemWord(form, locale), locale);
  return markedWords(excerpt).some((marked) => fold(marked, locale).startsWith(stem));
}

const passes = (hit: SearchHit, selection: FilterSelection, skip?: string) =>
  Object.entries(selection).every(
    ([group, chosen]) =>
      group === skip ||
      chosen.length === 0 ||
      (hit.filters[group] ?? []).some((value) => chosen.includes(value)),
  );

/** The hits that pass every filter group: any chosen value within a group, every group at once. */
export function applyFilters(hits: readonly SearchHit[], selection: FilterSelection): SearchHit[] {
  return hits.filter((hit) => passes(hit, selection));
}

/**
 * How many hits each filter value would leave, given the other groups' choices: the number a
 * reader sees next to a checkbox is the number of results ticking it would show.
 */
export function filterCounts(
  hits: readonly SearchHit[],
  selection: FilterSelection,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  const groups = new Set([
    ...Object.keys(selection),
    ...hits.flatMap((hit) => Object.keys(hit.filters)),
  ]);
  for (const group of groups) {
    const byValue: Record<string, number> = {};
    for (const hit of hits) {
      if (!passes(hit, selection, group)) continue;
      for (const value of hit.filters[group] ?? []) byValue[value] = (byValue[value] ?? 0) + 1;
    }
    counts[group] = byValue;
  }
  return counts;
}
