/**
 * The attacker's knowledge keeps its rows implicit. Checked here against rows spelt out term by
 * term from the definition (a mean of the member's assessed leaves, a fine-tuned leaf split over
 * its dimensions): the same columns, weights, bounds and true sums, for any shapes and members.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledge, type Mean, type Subject } from '../../../src/lib/anonymity/knowledge.ts';

const LEAVES: Record<string, string> = { '1.1': 'enabler', '1.2': 'enabler', '2.1': 'result' };
const leafKinds = new Map(Object.entries(LEAVES));
const TARGETS = [
  'code:1',
  'code:1.1',
  'code:1.2',
  'code:2',
  'code:2.1',
  'kind:enabler',
  'kind:result',
  'dim:1.1:plan',
  'dim:2.1:trends',
];
const DIMENSIONS: Record<string, string[]> = {
  '1.1': ['plan', 'do'],
  '1.2': ['plan', 'do'],
  '2.1': ['trends', 'targets'],
};

const how = fc.constantFrom('none', 'classical', 'fine');
const subjectsArbitrary = fc
  .array(fc.record({ shape: fc.tuple(how, how, how), earlier: fc.boolean() }), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((list) =>
    fc.tuple(
      fc.constant(list),
      fc.array(
        fc.record({
          target: fc.constantFrom(...TARGETS),
          members: fc.subarray(list.map((_, i) => `S${i}`)),
          mean: fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
        }),
        { maxLength: 8 },
      ),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 24, maxLength: 24 }),
    ),
  )
  .map(([list, means, scores]) => {
    let next = 0;
    const subjects = list.map(({ shape, earlier }, i): Subject => {
      const entries = Object.keys(LEAVES).flatMap((leaf, j) => {
        const way = shape[j];
        if (way === 'none') return [];
        return [[leaf, way === 'classical' ? 'classical' : (DIMENSIONS[leaf] ?? [])]] as const;
      });
      const values = new Map<string, number>();
      for (const [leaf, way] of entries)
        for (const name of way === 'classical' ? [leaf] : way.map((d) => `${leaf}:${d}`))
          values.set(name, scores[next++ % scores.length] ?? 0);
      return {
        key: `S${i}`,
        shape: Object.fromEntries(entries),
        ...(earlier && i > 0 ? {} : { values }),
      };
    });
    return { subjects, means: means as Mean[] };
  });

/** A subject's value of a target, spelt out: column name → weight. */
function spelt(subject: Subject, target: string): Map<string, number> | undefined {
  const terms = new Map<string, number>();
  if (target.startsWith('dim:')) {
    const [, leaf = '', d = ''] = target.split(':');
    const way = subject.shape[leaf];
    return Array.isArray(way) && way.includes(d) ? new Map([[`${leaf}:${d}`, 1]]) : undefined;
  }
  const [scope, id = ''] = target.split(':');
  const leaves = Object.keys(subject.shape).filter((leaf) =>
    scope === 'kind' ? LEAVES[leaf] === id : leaf === id || leaf.startsWith(`${id}.`),
  );
  for (const leaf of leaves) {
    const way = subject.shape[leaf];
    if (way === 'classical') terms.set(leaf, 1 / leaves.length);
    else
      for (const d of way ?? []) terms.set(`${leaf}:${d}`, 1 / leaves.length / (way?.length ?? 1));
  }
  return terms.size > 0 ? terms : undefined;
}

describe('the implicit rows of the attacker’s knowledge', () => {
  it('are the rows spelt out term by term, with the same bounds and true sums', () => {
    fc.assert(
      fc.property(subjectsArbitrary, ({ subjects, means }) => {
        const model = knowledge({
          subjects,
          current: means,
          earlier: [],
          leafKinds,
          rounding: 0.05,
        });
        const rows = model.explicitRows();
        let r = 0;
        means.forEach((mean, i) => {
          const members = [...new Set(mean.members)]
            .map((key) => subjects.find((s) => s.key === key))
            .filter((s): s is Subject => s !== undefined && spelt(s, mean.target) !== undefined);
          if (members.length === 0) {
            expect(model.currentRow[i]).toBe(-1);
            return;
          }
          expect(model.currentRow[i]).toBe(r);
          const row = rows[r];
          const expected = new Map<string, number>();
          let truth = 0;
          for (const s of members)
            for (const [name, w] of spelt(s, mean.target) ?? []) {
              expected.set(`${s.key} ${name}`, w);
              truth += w * (s.values?.get(name) ?? Number.NaN);
            }
          const actual = new Map(
            [...(row?.terms ?? [])].map(([c, w]) => [`${model.owners[c]} ${model.names[c]}`, w]),
          );
          expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
          for (const [k, w] of expected) expect(actual.get(k)).toBeCloseTo(w, 12);
          expect(row?.lo).toBeCloseTo(members.length * (mean.mean - 0.05), 9);
          expect(row?.hi).toBeCloseTo(members.length * (mean.mean + 0.05), 9);
          if (Number.isNaN(truth)) expect(model.value[r]).toBeNaN();
          else expect(model.value[r]).toBeCloseTo(truth, 9);
          r += 1;
        });
        // Every column's rows, as the proofs read them, are the spelt-out rows that hold it.
        for (let c = 0; c < model.names.length; c += 1) {
          const visited = new Map<number, number>();
          model.byColumn.each(c, (row, w) => visited.set(row, w));
          const holding = new Map<number, number>();
          rows.forEach((row, i) => {
            const w = row.terms.get(c);
            if (w !== undefined) holding.set(i, w);
          });
          expect([...visited.keys()].sort()).toEqual([...holding.keys()].sort());
          for (const [i, w] of holding) expect(visited.get(i)).toBeCloseTo(w, 12);
        }
        // A pilot's value of a target, as the proofs audit it, is the spelt-out expression.
        for (const s of subjects)
          for (const target of TARGETS) {
            const own = model.expression(s.key, target);
            const expected = s.values ? spelt(s, target) : undefined;
            if (!s.values) continue;
            expect(own === undefined).toBe(expected === undefined);
            for (const [c, w] of own ?? [])
              expect(expected?.get(model.names[c] ?? '')).toBeCloseTo(w, 12);
            // The same, as a weight per own column.
            const columns = model.columnsOf(s.key);
            const into = new Float64Array(columns.length);
            expect(model.coefficients(s.key, target, into)).toBe(own !== undefined);
            columns.forEach((c, i) => expect(into[i]).toBeCloseTo(own?.get(c) ?? 0, 12));
          }
      }),
      { numRuns: 300 },
    );
  });
});
