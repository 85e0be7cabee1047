import { describe, expect, it } from 'vitest';
import type { CriterionChange, EditionChanges } from '../../../src/lib/editions/changes.ts';
import { shownResults, type ShownResultsInput } from '../../../src/lib/editions/shown-results.ts';

const changed = (from: string, to: string): CriterionChange => ({
  change: 'changed',
  from,
  to,
  renumbered: from !== to,
  renamed: false,
  texts: [],
  translations: { added: [], removed: [] },
});

/** The shipped content's story: the 2011 draft swapped 4.4 and 4.5, lost 5.4 and gained 2.4. */
const draftToValidated: EditionChanges = {
  from: 'draft',
  to: 'validated',
  criteria: [
    { change: 'added', to: '2.4' },
    changed('4.4', '4.5'),
    changed('4.5', '4.4'),
    { change: 'removed', from: '5.4' },
  ],
  panels: [],
  chapters: [],
  typographyOnly: 0,
};
const codes = ['1', '2', '2.1', '2.4', '4', '4.4', '4.5', '5', '5.1'];
const input = (over: Partial<ShownResultsInput>): ShownResultsInput => ({
  page: 'validated',
  current: 'validated',
  editions: [
    { edition: 'draft', published: true },
    { edition: 'validated', published: false },
  ],
  pairs: [draftToValidated],
  codes,
  ...over,
});

describe('which results a results page shows', () => {
  it('shows the current edition its own results when it has published some', () => {
    const shown = shownResults(
      input({
        editions: [
          { edition: 'draft', published: true },
          { edition: 'validated', published: true },
        ],
      }),
    );
    expect(shown.edition).toBe('validated');
    expect(shown.borrowed).toBe(false);
    expect([...shown.codes]).toEqual(codes.map((c) => [c, c]));
  });

  it('shows the newest edition with results when the current edition has none', () => {
    const shown = shownResults(
      input({
        editions: [
          { edition: 'first', published: true },
          { edition: 'draft', published: true },
          { edition: 'validated', published: false },
        ],
        pairs: [
          { ...draftToValidated, from: 'first', to: 'draft', criteria: [] },
          draftToValidated,
        ],
      }),
    );
    expect(shown).toMatchObject({ edition: 'draft', borrowed: true });
  });

  it('finds a renumbered sub-criterion under its old code, both ways', () => {
    const shown = shownResults(input({}));
    expect(shown.codes.get('4.5')).toBe('4.4');
    expect(shown.codes.get('4.4')).toBe('4.5');
    expect(shown.pageCodes.get('4.4')).toBe('4.5');
    expect(shown.codes.get('1')).toBe('1');
  });

  it('gives a sub-criterion the shown edition lacks no counterpart, not its parent', () => {
    const shown = shownResults(input({}));
    expect(shown.codes.has('2.4')).toBe(false);
    expect(shown.codes.get('2')).toBe('2');
    // 5.4 exists only in the draft: nothing on the current pages leads to it.
    expect([...shown.pageCodes.keys()]).not.toContain('5.4');
  });

  it('shows nothing, and maps no code, when no edition has published results', () => {
    const shown = shownResults(
      input({
        editions: [
          { edition: 'draft', published: false },
          { edition: 'validated', published: false },
        ],
      }),
    );
    expect(shown).toMatchObject({ edition: undefined, borrowed: false });
    expect(shown.codes.size).toBe(0);
  });

  it('keeps an older edition to its own results, even when a newer one has some', () => {
    const own = shownResults(input({ page: 'draft', codes: ['4.4', '5.4'] }));
    expect(own).toMatchObject({ edition: 'draft', borrowed: false });
    expect(own.codes.get('5.4')).toBe('5.4');
    const none = shownResults(
      input({
        page: 'draft',
        editions: [
          { edition: 'draft', published: false },
          { edition: 'validated', published: true },
        ],
      }),
    );
    expect(none.edition).toBeUndefined();
  });

  it('shows a tree without editions its own results', () => {
    const shown = shownResults(
      input({ page: '', current: '', editions: [{ edition: '', published: true }], pairs: [] }),
    );
    expect(shown).toMatchObject({ edition: '', borrowed: false });
    expect(shown.codes.get('4.5')).toBe('4.5');
  });
});
