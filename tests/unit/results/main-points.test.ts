import { describe, expect, it } from 'vitest';
import { mainPoints } from '../../../src/lib/results/main-points.ts';
import type { PublishedResults } from '../../../src/lib/results/publish.ts';

const results = {
  k: 3,
  pilotCount: 9,
  published: true,
  criteria: {
    '1': { n: 9, mean: 40 },
    '2': { n: 9, mean: 55 },
    '3': { n: 9, mean: 21 },
    '4': { hidden: 'small-group' },
  },
  kinds: { enabler: { n: 9, mean: 39.3 }, result: { hidden: 'no-diversity' } },
  breakdowns: [],
  notes: { strengths: {}, improvements: {} },
} as unknown as PublishedResults;

describe('the main points of the results index', () => {
  it('name the highest and lowest criterion and each kind’s mean, from published figures only', () => {
    expect(mainPoints(results, ['1', '2', '3', '4'], ['enabler', 'result'])).toEqual({
      highest: { code: '2', mean: 55 },
      lowest: { code: '3', mean: 21 },
      kinds: [{ kind: 'enabler', mean: 39.3 }],
    });
  });

  it('have no highest or lowest with a single criterion', () => {
    expect(mainPoints(results, ['1'], []).highest).toBeUndefined();
  });
});
