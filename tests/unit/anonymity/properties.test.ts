import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER } from '../../../src/lib/anonymity/generalise.ts';
import { parentCode, isTopLevel } from '../../../src/lib/content/codes.ts';
import type { Pilot } from '../../../src/lib/content/schemas/index.ts';
import {
  publishResults,
  type Figure,
  type PublishedResults,
} from '../../../src/lib/results/publish.ts';
import { CODES, PANELS, pilot } from '../../helpers/pilots.ts';

const LEAVES = CODES.filter((c) => c.code.includes('.'));
const score = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      trends: fc.integer({ min: 0, max: 100 }),
      targets: fc.integer({ min: 0, max: 100 }),
    }),
  },
);
const pilotArbitrary = fc
  .record({
    region: fc.constantFrom('kurzeme', 'latgale', 'vidzeme', 'zemgale', 'riga'),
    serviceType: fc.constantFrom('social-service', 'care-home', 'day-centre'),
    staffBand: fc.constantFrom('small', 'large'),
    scores: fc.tuple(...LEAVES.map(() => score)),
  })
  .map((p): Pilot => {
    const scores = Object.fromEntries(
      LEAVES.map((leaf, j) => {
        const value = p.scores[j] ?? null;
        // Fine-tuned objects must carry the panel's dimensions of the leaf's kind.
        if (value !== null && typeof value === 'object' && leaf.kind === 'enabler') {
          return [
            leaf.code,
            { plan: value.trends, do: value.targets, check: value.trends, act: value.targets },
          ];
        }
        return [leaf.code, value];
      }),
    );
    return pilot(
      'P1',
      { region: p.region, serviceType: p.serviceType, staffBand: p.staffBand },
      scores,
    );
  });

/** Every set of figures that sums up, as a reader could use it to subtract. */
function lines(results: PublishedResults): Figure[][] {
  const code = (c: string) => results.criteria[c] ?? {};
  return [
    ...CODES.filter((c) => CODES.some((d) => parentCode(d.code) === c.code)).map((c) => [
      code(c.code),
      ...CODES.filter((d) => parentCode(d.code) === c.code).map((d) => code(d.code)),
    ]),
    ...(['enabler', 'result'] as const).flatMap((kind) => [
      [
        results.kinds[kind] ?? {},
        ...CODES.filter((c) => isTopLevel(c.code) && c.kind === kind).map((c) => code(c.code)),
      ],
      ...results.breakdowns.map((b) => [
        results.kinds[kind] ?? {},
        ...b.rows.map((r) => r.values[kind] ?? {}),
      ]),
    ]),
  ];
}

const isHidden = (figure: Figure) => figure.mean === undefined;
// The publication rules one by one; the audit's own guarantee is in audit-attacker.test.ts.
const publish = (pilots: Pilot[], k: number) =>
  publishResults({ pilots, codes: CODES, panels: PANELS, k, defaultLocale: 'en', audit: false });

describe('the anonymity guarantee, for any set of pilots', () => {
  const pilots = fc.array(pilotArbitrary, { minLength: 0, maxLength: 40 });
  const k = fc.integer({ min: 2, max: 5 });

  it('never shows a group, or a figure, resting on fewer than k pilots', async () => {
    await fc.assert(
      fc.asyncProperty(pilots, k, async (set, minGroupSize) => {
        const results = await publish(set, minGroupSize);
        if (set.length < minGroupSize)
          return results.published === false && Object.keys(results.criteria).length === 0;
        const figures = [
          ...Object.values(results.criteria),
          ...Object.values(results.kinds),
          ...results.breakdowns.flatMap((b) => b.rows.flatMap((r) => Object.values(r.values))),
        ];
        const rows = results.breakdowns.flatMap((b) => b.rows);
        return (
          figures.every((f) => isHidden(f) || (f.n ?? 0) >= minGroupSize) &&
          rows.every((r) => r.n >= minGroupSize) &&
          // A region, type or band named in a table is shared by at least k pilots.
          results.breakdowns.every((b) =>
            b.rows.every(
              (r) =>
                r.id === OTHER || set.filter((p) => p[b.field] === r.id).length >= minGroupSize,
            ),
          )
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves a hidden figure recoverable by subtraction from the published ones', async () => {
    await fc.assert(
      fc.asyncProperty(pilots, k, async (set, minGroupSize) => {
        const results = await publish(set, minGroupSize);
        return lines(results).every((line) => line.filter(isHidden).length !== 1);
      }),
      { numRuns: 300 },
    );
  });

  it('never publishes a minimum or maximum, nor quartiles of fewer than ten', async () => {
    await fc.assert(
      fc.asyncProperty(pilots, k, async (set, minGroupSize) => {
        const results = await publish(set, minGroupSize);
        const text = JSON.stringify(results);
        const figures = [...Object.values(results.criteria), ...Object.values(results.kinds)];
        return (
          !/"(min|max|minimum|maximum)"/.test(text) &&
          figures.every((f) => f.q1 === undefined || (f.n ?? 0) >= 10)
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('a hidden figure', () => {
  it('shows no value, no count and no reason', async () => {
    const set = Array.from({ length: 4 }, (_, i) =>
      pilot(`P${i}`, {}, { '1.1': i < 2 ? 10 * i : null }),
    );
    const figure = (await publish(set, 3)).criteria['1.1'];
    expect(figure).toEqual({ hidden: true });
  });
});
