/** Builds the patterns that find glossary terms and their aliases in running text. */

/** A glossary term as the linker needs it: where it points and the word forms that name it. */
export interface LinkableTerm {
  id: string;
  href: string;
  /** The term and its aliases, e.g. inflected Latvian forms ("pašnovērtējuma", "pašnovērtējumu"). */
  words: readonly string[];
  /** Phrases in which its words mean something else and are left unlinked. */
  exclude?: readonly string[];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern per term matching any of its words as a whole word, case-insensitively; the
 * longest word is tried first so "pašnovērtējuma grupa" wins over "pašnovērtējuma".
 */
export function termPattern(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word.trim()).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * True when the match at `index` (of `length` characters) in `text` lies inside one of the
 * excluded phrases: "aptauju rezultātus" keeps "rezultātus" from linking to CAF's "Rezultāti".
 */
export function insideExcluded(
  text: string,
  index: number,
  length: number,
  exclude: readonly string[],
): boolean {
  if (exclude.length === 0) return false;
  for (const phrase of text.matchAll(termPattern(exclude))) {
    const start = phrase.index;
    if (start <= index && index + length <= start + phrase[0].length) return true;
  }
  return false;
}

/** Terms ordered so that longer phrases claim their text before the shorter words inside them. */
export function byLongestWord<T extends LinkableTerm>(terms: readonly T[]): T[] {
  const longest = (term: T) => Math.max(...term.words.map((w) => w.length));
  return [...terms].sort((a, b) => longest(b) - longest(a));
}
