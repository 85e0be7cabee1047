import { describe, expect, it } from 'vitest';
import { elide, wordDiff } from '../../../src/lib/editions/text-diff.ts';

describe('showing a diff', () => {
  it('has nothing to show for the same text', () => {
    expect(wordDiff('Misija un vērtības.', 'Misija un vērtības.')).toBeUndefined();
  });

  it('shortens a long unchanged stretch to the words around the change', () => {
    const long = 'vārds '.repeat(60).trim();
    const parts = elide([
      { text: `${long} `, change: 'same' },
      { text: 'jauns', change: 'added' },
      { text: ` ${long}`, change: 'same' },
    ]);
    expect(parts[0]?.text.startsWith('… ')).toBe(true);
    expect(parts[0]?.text.length).toBeLessThan(90);
    expect(parts[1]).toEqual({ text: 'jauns', change: 'added' });
    expect(parts[2]?.text.endsWith(' …')).toBe(true);
  });
});
