import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complementarySuppression, isProtected } from '../../../src/lib/anonymity/suppress.ts';
import { OTHER, generalise } from '../../../src/lib/anonymity/generalise.ts';
import { isHomogeneous } from '../../../src/lib/anonymity/diversity.ts';

describe('complementary suppression', () => {
  const cells = [
    { id: 'total', n: 20 },
    { id: 'a', n: 8 },
    { id: 'b', n: 5 },
    { id: 'c', n: 7 },
  ];
  const lines = [['total', 'a', 'b', 'c']];

  it('hides a second, smallest figure when a total would give the first one away', () => {
    expect([...complementarySuppression(cells, lines, ['a'])].sort()).toEqual(['a', 'b']);
  });

  it('leaves a line alone that hides nothing or two already', () => {
    expect(complementarySuppression(cells, lines, []).size).toBe(0);
    expect([...complementarySuppression(cells, lines, ['a', 'c'])].sort()).toEqual(['a', 'c']);
  });

  it('follows a hidden figure into every line it belongs to', () => {
    const more = [...lines, ['b', 'x'], ['x', 'y', 'z']];
    const all = [...cells, { id: 'x', n: 3 }, { id: 'y', n: 3 }, { id: 'z', n: 9 }];
    const hidden = complementarySuppression(all, more, ['a']);
    expect(isProtected(more, hidden)).toBe(true);
    expect(hidden.has('x')).toBe(true);
  });
});

describe('generalising a quasi-identifier', () => {
  const items = [
    'riga',
    'riga',
    'riga',
    'riga',
    'kurzeme',
    'latgale',
    'latgale',
    'vidzeme',
    'vidzeme',
    'vidzeme',
  ];

  it('merges values shared by fewer than k into "other", never naming them', () => {
    const groups = generalise(items, (r) => r, 3);
    expect(groups.map((g) => [g.id, g.members.length])).toEqual([
      ['riga', 4],
      ['vidzeme', 3],
      [OTHER, 3],
    ]);
  });

  it('keeps merging until "other" reaches k', () => {
    const groups = generalise(['a', 'b', 'c', 'c', 'c', 'd', 'd', 'd', 'd'], (r) => r, 3);
    expect(groups.map((g) => [g.id, g.members.length])).toEqual([
      ['d', 4],
      [OTHER, 5],
    ]);
  });

  it('shows no group when all items together are fewer than k', () => {
    expect(generalise(['a', 'a'], (r) => r, 3)).toEqual([]);
  });

  it('puts every item in exactly one group of at least k, a named group holding exactly its value in input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (values, k) => {
          const items = values.map((value, position) => ({ value, position }));
          const groups = generalise(items, (item) => item.value, k);
          if (items.length < k) {
            expect(groups).toEqual([]);
            return;
          }
          const placed = groups.flatMap((g) => g.members.map((m) => m.position));
          expect(placed.sort((a, b) => a - b)).toEqual(items.map((item) => item.position));
          for (const group of groups) {
            expect(group.members.length).toBeGreaterThanOrEqual(k);
            if (group.id !== OTHER)
              expect(group.members).toEqual(items.filter((item) => item.value === group.id));
          }
        },
      ),
    );
  });

  it('merges a group of hundreds of thousands into "other" when "other" needs it', () => {
    const items = [...Array.from({ length: 300_000 }, () => 'a'), 'b'];
    const groups = generalise(items, (r) => r, 2);
    expect(groups.map((g) => [g.id, g.members.length])).toEqual([[OTHER, 300_001]]);
  });
});

describe('the diversity rule', () => {
  const band = (v: number) => Math.floor(v / 20);
  it('treats a group whose values all share one band as identifying', () => {
    expect(isHomogeneous([41, 45, 50], (v) => (v <= 50 ? 2 : 3))).toBe(true);
    expect(isHomogeneous([41, 45, 60], band)).toBe(false);
  });
});
