import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER } from '../../../src/lib/anonymity/generalise.ts';
import { publishResults } from '../../../src/lib/results/publish.ts';
import { bandIndex, scoreOf } from '../../../src/lib/results/scores.ts';
import { round, summarize } from '../../../src/lib/results/statistics.ts';
import { CODES, PANELS, pilot } from '../../helpers/pilots.ts';

// These tests are about the publication rules one by one; the audit has its own tests.
const publish = (pilots: ReturnType<typeof pilot>[], k = 3) =>
  publishResults({ pilots, codes: CODES, panels: PANELS, k, defaultLocale: 'en', audit: false });

describe('scores', () => {
  it('reduce a fine-tuned score to the mean of its dimensions and keep missing missing', async () => {
    expect(scoreOf({ plan: 70, do: 55, check: 30, act: 10 })).toBe(41.25);
    expect(scoreOf(null)).toBeUndefined();
    expect(scoreOf(undefined)).toBeUndefined();
    expect(scoreOf(0)).toBe(0);
  });

  it('put a fine-tuned mean between two bands into the upper one', async () => {
    expect(bandIndex(10.5, PANELS[0]!.bands)).toBe(1);
    expect(bandIndex(100, PANELS[0]!.bands)).toBe(5);
  });

  it('summarise as the plain definition does: the sum of the sorted values, quantiles of the sorted list', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.double({ min: 0, max: 100, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const mean = round(sorted.reduce((sum, v) => sum + v, 0) / sorted.length);
        const expected =
          sorted.length < 10
            ? { mean }
            : {
                mean,
                median: round(quantileSorted(sorted, 0.5) ?? mean),
                q1: round(quantileSorted(sorted, 0.25) ?? mean),
                q3: round(quantileSorted(sorted, 0.75) ?? mean),
              };
        expect(summarize(values)).toEqual(expected);
      }),
    );
  });

  it('find the first band, in order of its minimum, whose maximum a score does not exceed', () => {
    const bands = PANELS[0]!.bands;
    const shuffled = [bands[3]!, bands[0]!, bands[5]!, bands[1]!, bands[4]!, bands[2]!];
    fc.assert(
      fc.property(fc.double({ min: -10, max: 110, noNaN: true }), (score) => {
        const found = bands.findIndex((band) => score <= band.max);
        expect(bandIndex(score, bands)).toBe(found === -1 ? bands.length - 1 : found);
        expect(shuffled[bandIndex(score, shuffled)]).toBe(bands[bandIndex(score, bands)]);
      }),
    );
  });

  it('never report a minimum or maximum, and quartiles only from ten values', () => {
    expect(summarize([10, 20, 30, 40, 50])).toEqual({ mean: 30 });
    expect(summarize([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])).toEqual({
      mean: 55,
      median: 55,
      q1: 32.5,
      q3: 77.5,
    });
  });
});

describe('published results', () => {
  const many = Array.from({ length: 6 }, (_, i) =>
    pilot(
      `P${i}`,
      { region: i < 3 ? 'riga' : 'vidzeme' },
      {
        '1.1': 20 + i * 10,
        '1.2': { plan: 20 + i * 15, do: 10 + i * 18, check: 20 + i * 12, act: 5 + i * 14 },
        '2.1': 15 + i * 12,
        '2.2': i === 0 ? null : 30 + i * 7,
        '3.1': 10 + i * 15,
        '3.2': 25 + i * 9,
      },
    ),
  );

  it('count missing scores as missing, never as zero', async () => {
    const results = await publish(many);
    expect(results.criteria['2.2']).toMatchObject({ n: 5, missing: 1 });
    expect(results.criteria['2.2']?.mean).toBeCloseTo((37 + 44 + 51 + 58 + 65) / 5, 1);
  });

  it('report the means of fine-tuned dimensions', async () => {
    expect((await publish(many)).criteria['1.2']?.dimensions).toEqual({
      n: 6,
      means: { plan: 57.5, do: 55, check: 50, act: 40 },
    });
  });

  it('publish nothing when there are fewer pilots than k', async () => {
    const results = await publish(many.slice(0, 2));
    expect(results.published).toBe(false);
    expect(results.criteria).toEqual({});
  });

  it('hide a sub-criterion assessed by fewer than k, and a sibling so it cannot be subtracted out', async () => {
    const sparse = many.map((p, i) => ({
      ...p,
      scores: { ...p.scores, '1.1': i < 2 ? 50 : null },
    }));
    const results = await publish(sparse);
    expect(results.criteria['1.1']).toEqual({ hidden: true });
    expect(results.criteria['1.2']).toEqual({ hidden: true });
    expect(results.criteria['1.2']?.mean).toBeUndefined();
  });

  it('hide a group whose pilots all share one band', async () => {
    const same = many.map((p) => ({ ...p, scores: { ...p.scores, '3.1': 40 } }));
    const results = await publish(same);
    expect(results.criteria['3.1']).toEqual({ hidden: true });
    expect(results.criteria['3.1']?.bands).toBeUndefined();
  });

  it('merge a pilot alone in its region into "other" and never name that region', async () => {
    const lonely = [
      ...many,
      pilot('P9', { region: 'latgale' }, { '1.1': 100, '3.1': 0 }, 'A unique strength.'),
    ];
    const region = (await publish(lonely)).breakdowns.find((b) => b.field === 'region');
    expect(region?.rows.map((r) => r.id)).toContain(OTHER);
    expect(region?.rows.every((r) => r.n >= 3)).toBe(true);
    expect(JSON.stringify(await publish(lonely))).not.toContain('latgale');
  });

  it('list strengths without anything that ties them to a pilot', async () => {
    const withNotes = many.map((p, i) => ({
      ...p,
      strengths: [{ criterion: '1.2', text: { en: `Strength ${5 - i}` } }],
    }));
    const notes = (await publish(withNotes)).notes.strengths['1'];
    expect(notes?.map((n) => n.en)).toEqual([
      'Strength 0',
      'Strength 1',
      'Strength 2',
      'Strength 3',
      'Strength 4',
      'Strength 5',
    ]);
  });
});
