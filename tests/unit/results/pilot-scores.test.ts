import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafCodes, parentCode } from '../../../src/lib/content/codes.ts';
import type { Pilot } from '../../../src/lib/content/schemas/index.ts';
import { assessedIn, scoreTable, scoresByLevel } from '../../../src/lib/results/pilot-scores.ts';
import { meanOf, scoreOf } from '../../../src/lib/results/scores.ts';
import { CODES, pilot } from '../../helpers/pilots.ts';

const LEAVES = leafCodes(CODES.map((c) => c.code));
const LEAF_INFOS = CODES.filter((c) => LEAVES.has(c.code));
const value = fc.integer({ min: 0, max: 100 });
/** A score as pilots write it: classical, fine-tuned (fractional means), not assessed, or absent. */
const score = fc.oneof(
  value,
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ plan: value, do: value, check: value }),
);
const pilots = fc
  .array(fc.tuple(...LEAF_INFOS.map(() => score)), { maxLength: 30 })
  .map((rows) =>
    rows.map((row, i) =>
      pilot(
        `P${i}`,
        {},
        Object.fromEntries(
          LEAF_INFOS.flatMap((leaf, j) =>
            row[j] === undefined ? [] : [[leaf.code, row[j] ?? null]],
          ),
        ),
      ),
    ),
  );

/** The rule written as plainly as it reads: the mean of the list of assessed leaves below. */
function plainMean(p: Pilot, below: (leaf: string) => boolean): number {
  const values = LEAF_INFOS.filter((leaf) => below(leaf.code)).flatMap((leaf) => {
    const s = scoreOf(p.scores[leaf.code]);
    return s === undefined ? [] : [s];
  });
  return meanOf(values) ?? NaN;
}
const isUnder = (code: string) => (leaf: string) => {
  for (let at: string | undefined = leaf; at; at = parentCode(at)) if (at === code) return true;
  return false;
};

describe('the score table', () => {
  it('holds, for every pilot, code and kind, exactly the mean of the assessed leaves below (NaN for none)', () => {
    fc.assert(
      fc.property(pilots, (list) => {
        const table = scoreTable(list, CODES, LEAVES);
        list.forEach((p, i) => {
          for (const { code } of CODES)
            expect(table.byCode.get(code)?.[i]).toBe(plainMean(p, isUnder(code)));
          for (const kind of ['enabler', 'result'] as const)
            expect(table.byKind.get(kind)?.[i]).toBe(
              plainMean(p, (leaf) => CODES.find((c) => c.code === leaf)?.kind === kind),
            );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('counts classical scores and keeps fine-tuned ones with their pilots, in pilot order', () => {
    fc.assert(
      fc.property(pilots, (list) => {
        const table = scoreTable(list, CODES, LEAVES);
        for (const { code } of LEAF_INFOS) {
          expect(table.classical.get(code)).toBe(
            list.filter((p) => typeof p.scores[code] === 'number').length,
          );
          const fine = list.flatMap((p, i) => {
            const s = p.scores[code];
            return s !== null && typeof s === 'object' ? [{ i, s }] : [];
          });
          expect(table.fineTuned.get(code)).toEqual({
            at: fine.map((f) => f.i),
            parts: fine.map((f) => f.s),
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives one set of scores the same means as the maps the browser tool reads', () => {
    fc.assert(
      fc.property(pilots, (list) => {
        const table = scoreTable(list, CODES, LEAVES);
        list.forEach((p, i) => {
          const { byCode, byKind } = scoresByLevel(p.scores, CODES, LEAVES);
          for (const [code, column] of table.byCode)
            expect(byCode.get(code) ?? NaN).toBe(column[i]);
          for (const [kind, column] of table.byKind)
            expect(byKind.get(kind) ?? NaN).toBe(column[i]);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('lists codes and kinds in the order the assessed leaves first reach them', () => {
    const { byCode, byKind } = scoresByLevel({ '3.1': 40, '1.2': 20, '1.1': null }, CODES, LEAVES);
    expect([...byCode.keys()]).toEqual(['1.2', '1', '3.1', '3']);
    expect([...byKind.keys()]).toEqual(['enabler', 'result']);
    const results = scoresByLevel({ '3.2': 10, '2.1': 30 }, CODES, LEAVES);
    expect([...results.byKind]).toEqual([
      ['enabler', 30],
      ['result', 10],
    ]);
  });

  it('picks the assessed pilots of a column, all or among some, in the order given', () => {
    const column = Float64Array.from([10, NaN, 30, 40]);
    expect(assessedIn(column)).toEqual({ at: [0, 2, 3], values: [10, 30, 40] });
    expect(assessedIn(column, [3, 1, 0])).toEqual({ at: [3, 0], values: [40, 10] });
    expect(assessedIn(undefined)).toEqual({ at: [], values: [] });
  });
});
