import { diffWords } from 'diff';

/** A run of words that stayed, was added or was removed between two editions. */
export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/**
 * A word-level diff a reader can follow: `diff`'s word diff, so changed words show in the
 * sentence around them rather than as whole replaced paragraphs. Undefined when nothing changed.
 */
export function wordDiff(before: string, after: string): DiffPart[] | undefined {
  if (before === after) return undefined;
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
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
