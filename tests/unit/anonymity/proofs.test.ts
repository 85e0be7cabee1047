/**
 * The audit's proofs without the whole-model LP (slack, pairs, neighbourhood LPs, trades) against
 * the independent attacker: whatever they prove safe, the attacker's exact LP — as an outsider and
 * as each of the pilots — cannot narrow. They may prove less than the LP, never more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/lib/anonymity/audit.ts';
import { fingerprint, shapeOf, subjectKey, valuesOf } from '../../../src/lib/anonymity/release.ts';
import { leafCodes } from '../../../src/lib/content/codes.ts';
import type { Pilot } from '../../../src/lib/content/schemas/index.ts';
import { publishResults } from '../../../src/lib/results/publish.ts';
import { attack } from '../../helpers/attacker.ts';
import { CODES, PANELS, pilot } from '../../helpers/pilots.ts';

const WIDTH = 10;
const EDGES = [10, 30, 50, 70, 90];
const LEAVES = CODES.filter((c) => c.code.includes('.'));
const leaves = leafCodes(CODES.map((c) => c.code));
const kindOf = new Map(CODES.map((c) => [c.code, c.kind]));

const score = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      trends: fc.integer({ min: 0, max: 100 }),
      targets: fc.integer({ min: 0, max: 100 }),
    }),
  },
);
const pilotsArbitrary = fc
  .array(
    fc.record({
      region: fc.constantFrom('kurzeme', 'riga'),
      serviceType: fc.constantFrom('care-home', 'day-centre'),
      scores: fc.tuple(...LEAVES.map(() => score)),
    }),
    { minLength: 5, maxLength: 10 },
  )
  .map((list) =>
    list.map((p, i): Pilot =>
      pilot(
        `P${i}`,
        { region: p.region, serviceType: p.serviceType, staffBand: 'small' },
        Object.fromEntries(
          LEAVES.map((leaf, j) => {
            const value = p.scores[j] ?? null;
            if (value !== null && typeof value === 'object' && leaf.kind === 'enabler')
              return [
                leaf.code,
                { plan: value.trends, do: value.targets, check: value.trends, act: value.targets },
              ];
            return [leaf.code, value];
          }),
        ),
      ),
    ),
  );

/** What the proofs alone leave unproven (`<pilot> <target>`), and how many they proved. */
async function unproven(pilots: Pilot[]) {
  const results = await publishResults({
    pilots,
    codes: CODES,
    panels: PANELS,
    k: 3,
    defaultLocale: 'en',
    protectionWidth: WIDTH,
    audit: false,
  });
  const keyOf = new Map(pilots.map((p) => [p.id, subjectKey(p.id, fingerprint(p))]));
  const outcome = await audit({
    subjects: pilots.map((p) => ({
      key: keyOf.get(p.id) ?? p.id,
      shape: shapeOf(p, leaves),
      values: valuesOf(p, leaves),
    })),
    statistics: results.statistics.map((s) => ({
      ...s,
      members: s.members.map((m) => keyOf.get(m) ?? m),
    })),
    earlier: [],
    leafKinds: new Map([...leaves].map((leaf) => [leaf, kindOf.get(leaf) ?? ''])),
    bandsOf: () => PANELS[0]?.bands,
    width: WIDTH,
    // No whole-model LP: what the proofs do not cover counts as exposed.
    solverBudget: 0,
  });
  const left = new Set(outcome.failures.map((f) => `${f.subject.split('#')[0]} ${f.target}`));
  return { results, left, proved: outcome.quantities - outcome.failures.length };
}

describe("the audit's proofs, against the independent attacker's LP", () => {
  it('never call a score safe that the attacker, outsider or insider, can narrow', async () => {
    let proved = 0;
    await fc.assert(
      fc.asyncProperty(pilotsArbitrary, async (pilots) => {
        const outcome = await unproven(pilots);
        proved += outcome.proved;
        for (const insider of [undefined, ...pilots.map((p) => p.id)]) {
          const narrowed = await attack(outcome.results, pilots, CODES, WIDTH, EDGES, insider);
          const wrong = narrowed.filter((n) => !outcome.left.has(`${n.pilot} ${n.quantity}`));
          expect(wrong).toEqual([]);
        }
      }),
      { numRuns: 10 },
    );
    // The proofs are not idle: across the runs they proved scores safe without the whole LP.
    expect(proved).toBeGreaterThan(0);
  }, 240_000);
});
