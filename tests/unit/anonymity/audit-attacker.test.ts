import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../../src/lib/content/schemas/index.ts';
import { publishResults } from '../../../src/lib/results/publish.ts';
import { attack } from '../../helpers/attacker.ts';
import { CODES, PANELS, pilot } from '../../helpers/pilots.ts';

const WIDTH = 10;
const EDGES = [10, 30, 50, 70, 90];
const LEAVES = CODES.filter((c) => c.code.includes('.'));

const score = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const pilotsArbitrary = fc
  .array(
    fc.record({
      region: fc.constantFrom('kurzeme', 'latgale', 'riga'),
      serviceType: fc.constantFrom('care-home', 'day-centre'),
      staffBand: fc.constantFrom('small', 'large'),
      scores: fc.tuple(...LEAVES.map(() => score)),
    }),
    { minLength: 3, maxLength: 7 },
  )
  .map((list) =>
    list.map((p, i): Pilot =>
      pilot(
        `P${i}`,
        { region: p.region, serviceType: p.serviceType, staffBand: p.staffBand },
        Object.fromEntries(LEAVES.map((leaf, j) => [leaf.code, p.scores[j] ?? null])),
      ),
    ),
  );

const publish = (pilots: Pilot[], audit: boolean) =>
  publishResults({
    pilots,
    codes: CODES,
    panels: PANELS,
    k: 3,
    defaultLocale: 'en',
    protectionWidth: WIDTH,
    audit,
  });

/** The independent attacker, as an outsider and as each of the pilots in turn. */
async function narrowedAnywhere(pilots: Pilot[], audit: boolean) {
  const results = await publish(pilots, audit);
  for (const insider of [undefined, ...pilots.map((p) => p.id)]) {
    const narrowed = await attack(results, pilots, CODES, WIDTH, EDGES, insider);
    if (narrowed.length > 0) return narrowed;
  }
  return [];
}

describe('the disclosure audit, against an independent attacker', () => {
  it('leaves every score of every pilot at least the protection width wide and across two bands', async () => {
    await fc.assert(
      fc.asyncProperty(pilotsArbitrary, async (pilots) => {
        expect(await narrowedAnywhere(pilots, true)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 240_000);

  it('is what stops the attacker: with the audit switched off, the same property fails', async () => {
    const outcome = await fc.check(
      fc.asyncProperty(pilotsArbitrary, async (pilots) => {
        expect(await narrowedAnywhere(pilots, false)).toEqual([]);
      }),
      { numRuns: 15, endOnFailure: true },
    );
    expect(outcome.failed).toBe(true);
  }, 240_000);
});
