import { diffArrays } from 'diff';

/** A run of words that stayed, was added or was removed between two editions. */
export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/**
 * Each typographic variant as its plain character: curly and low quotation marks, primes and
 * guillemets as `"` or `'`, every dash and the minus as `-`, every no-break or thin space as a
 * space. Editors fix these without changing what a text says.
 */
const TYPOGRAPHY: ReadonlyArray<[RegExp, string]> = [
  [/[„“”‟«»″"]/g, '"'],
  [/[‚‘’‛‹›′']/g, "'"],
  [/[‐‑‒–—―−]/g, '-'],
  [/[\u00A0\u2007\u2009\u200A\u202F]/g, ' '],
];
const plain = (text: string) =>
  TYPOGRAPHY.reduce((done, [pattern, to]) => done.replace(pattern, to), text);

/** The same words apart from quotation marks, dashes and spacing: not a change a reader needs. */
export function sameButTypography(before: string, after: string): boolean {
  const words = (text: string) => plain(text).replace(/\s+/g, ' ').trim();
  return before !== after && words(before) === words(after);
}

/** Words, runs of spacing and single punctuation marks: what a reader sees change. */
const tokens = (text: string) => text.match(/[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu) ?? [];
/** Two tokens are the same word when they differ only in typography; any spacing is alike. */
const alike = (a: string, b: string) => (/^\s/.test(a) && /^\s/.test(b)) || plain(a) === plain(b);

/**
 * A word-level diff a reader can follow: changed words show in the sentence around them rather
 * than as whole replaced paragraphs. Typography is not a difference: words are compared without
 * it, and common words are shown as the newer edition writes them. Undefined when nothing but
 * typography changed.
 */
export function wordDiff(before: string, after: string): DiffPart[] | undefined {
  if (before === after || sameButTypography(before, after)) return undefined;
  return merge(
    diffArrays(tokens(before), tokens(after), { comparator: alike }).map((part): DiffPart => ({
      text: part.value.join(''),
      change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    })),
  );
}

/**
 * Neighbouring parts of one kind as one; spacing alone is never a change, but the space between
 * two added (or two removed) words belongs to them, so ", vīzija " reads as one insertion.
 */
function merge(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const [index, part] of parts.entries()) {
    const blank = part.text.trim() === '';
    if (blank && part.change === 'removed') continue;
    const before = parts[index - 1]?.change;
    const within = blank && before !== 'same' && before === parts[index + 1]?.change;
    const change = within && before ? before : blank ? 'same' : part.change;
    const last = merged.at(-1);
    if (last && last.change === change) last.text += part.text;
    else merged.push({ text: part.text, change });
  }
  return merged;
}

/**
 * Shortens long unchanged stretches to the words next to a change, so a one-word change in a
 * long explanation shows as that sentence, not as the whole text again.
 */
export function elide(parts: readonly DiffPart[], context = 80): DiffPart[] {
  return parts.map((part, index) => {
    if (part.change !== 'same' || part.text.length <= 2 * context + 20) return part;
    const head = index > 0 ? part.text.slice(0, context).replace(/\s+\S*$/, '') : '';
    const tail = index < parts.length - 1 ? part.text.slice(-context).replace(/^\S*\s+/, '') : '';
    return { text: `${head}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail}`, change: 'same' };
  });
}
