import { codeParts } from '../content/codes.ts';

/** A criterion as matching sees it: its code and its title in the default locale. */
export interface TitledCode {
  code: string;
  title: string;
}

/** How two editions' criteria correspond: each older code to its successor, or to none. */
export interface CriterionMatching {
  /** Older code → newer code, for every criterion that lives on (renumbered or not). */
  successors: Map<string, string>;
  /** Older codes with no successor: removed. */
  removed: string[];
  /** Newer codes with no predecessor: added. */
  added: string[];
}

/** Titles this alike (Dice coefficient of their words) are taken to name the same criterion. */
const SIMILAR = 0.5;

/**
 * Words of a title, cut to their first five letters so that Latvian and Lithuanian case endings
 * (`pārvaldība`, `pārvaldības`) count as one word; words under three letters (`un`, `ar`, `of`)
 * say nothing about the subject.
 */
function words(title: string): Set<string> {
  const found = title.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(found.filter((w) => w.length >= 3).map((w) => w.slice(0, 5)));
}

/** How alike two titles are, from 0 (no word shared) to 1 (the same words). */
export function titleSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size + right.size === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

const depth = (code: string) => codeParts(code).length;

/**
 * Pairs the criteria of two editions. The editor's renumbering comes first; then the same code
 * with a similar title; then similar titles under different codes (renumbered), most alike
 * first; then the same code whatever its title (renamed). What is left was removed or added.
 * Codes pair only at the same level: a criterion never becomes a sub-criterion.
 */
export function matchCriteria(
  before: readonly TitledCode[],
  after: readonly TitledCode[],
  renumbered: Readonly<Record<string, string | null>> = {},
): CriterionMatching {
  const successors = new Map<string, string>();
  const taken = new Set<string>();
  const pair = (from: string, to: string) => {
    successors.set(from, to);
    taken.add(to);
  };
  const overridden = new Set(Object.keys(renumbered));
  for (const [from, to] of Object.entries(renumbered)) if (to !== null) pair(from, to);

  const open = () => before.filter((b) => !overridden.has(b.code) && !successors.has(b.code));
  const free = () => after.filter((a) => !taken.has(a.code));

  for (const old of open()) {
    const same = free().find((a) => a.code === old.code);
    if (same && titleSimilarity(old.title, same.title) >= SIMILAR) pair(old.code, same.code);
  }
  const candidates = open()
    .flatMap((old) =>
      free()
        .filter((a) => depth(a.code) === depth(old.code))
        .map((a) => ({ from: old.code, to: a.code, score: titleSimilarity(old.title, a.title) })),
    )
    .filter((c) => c.score >= SIMILAR)
    .sort((x, y) => y.score - x.score);
  for (const { from, to, score } of candidates) {
    if (successors.has(from) || taken.has(to)) continue;
    // Two equally good candidates for one criterion: which one was meant is not ours to guess.
    const rival = candidates.find(
      (c) => c.from === from && c.to !== to && c.score === score && !taken.has(c.to),
    );
    if (!rival) pair(from, to);
  }
  for (const old of open()) {
    if (free().some((a) => a.code === old.code)) pair(old.code, old.code);
  }
  return {
    successors,
    removed: before.filter((b) => !successors.has(b.code)).map((b) => b.code),
    added: after.filter((a) => !taken.has(a.code)).map((a) => a.code),
  };
}
