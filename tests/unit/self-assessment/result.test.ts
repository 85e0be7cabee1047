import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafCodes } from '../../../src/lib/content/codes.ts';
import type { Pilot } from '../../../src/lib/content/schemas/index.ts';
import { scoreTable } from '../../../src/lib/results/pilot-scores.ts';
import type { Entry, ScoreChoice } from '../../../src/lib/self-assessment/assessment.ts';
import { codeInfos, panelOf, subcriteriaOf } from '../../../src/lib/self-assessment/methodology.ts';
import { assessmentResult, bandFor, progressOf } from '../../../src/lib/self-assessment/result.ts';
import { DEFAULT_CONTENT, methodologyOfTree } from '../../helpers/self-assessment.ts';

const methodology = methodologyOfTree(DEFAULT_CONTENT);
const subcriteria = subcriteriaOf(methodology);
const entry = (score: ScoreChoice | undefined): Entry => ({
  ...(score === undefined ? {} : { score }),
  evidence: '',
  strengths: '',
  improvements: '',
});

/** A random choice for one sub-criterion: open, not assessed, classical or fine-tuned on its panel. */
const choice = (code: string) => {
  const dimensions = panelOf(methodology, code)?.dimensions.map((d) => d.id) ?? [];
  const score = fc.integer({ min: 0, max: 100 });
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    score,
    fc
      .tuple(...dimensions.map(() => score))
      .map((values) => Object.fromEntries(dimensions.map((id, i) => [id, values[i] ?? 0]))),
  );
};

describe('the result of an assessment', () => {
  it('scores all 28 sub-criteria of the default methodology', () => {
    expect(subcriteria).toHaveLength(28);
  });

  it('has the same averages per criterion, enablers and results as src/lib/results computes for a pilot with the same scores', () => {
    fc.assert(
      fc.property(fc.tuple(...subcriteria.map((c) => choice(c.code))), (choices) => {
        const entries = Object.fromEntries(subcriteria.map((c, i) => [c.code, entry(choices[i])]));
        const scores: Pilot['scores'] = {};
        subcriteria.forEach((c, i) => {
          const value = choices[i];
          if (value !== undefined) scores[c.code] = value;
        });
        const pilot: Pilot = {
          id: 'P1',
          region: 'r',
          serviceType: 's',
          staffBand: 'b',
          assessed: '2026-11',
          scores,
          strengths: [],
          improvements: [],
          actions: [],
        };
        const codes = codeInfos(methodology);
        const table = scoreTable([pilot], codes, leafCodes(codes.map((c) => c.code)));
        const assessed = <K>(columns: ReadonlyMap<K, Float64Array>) =>
          new Map(
            [...columns].flatMap(([key, [value = NaN]]) => (isNaN(value) ? [] : [[key, value]])),
          );
        const result = assessmentResult(entries, methodology);
        expect(result.byCode).toEqual(assessed(table.byCode));
        expect(result.byKind).toEqual(assessed(table.byKind));
      }),
      { numRuns: 50 },
    );
  });

  it('leaves "not assessed" out of the average instead of counting it as 0', () => {
    const result = assessmentResult(
      {
        '1.1': entry(60),
        '1.2': entry(null),
        '1.3': entry({ plan: 40, do: 40, check: 20, act: 20 }),
      },
      methodology,
    );
    expect(result.byCode.get('1')).toBe(45);
    expect(result.criteria.find((c) => c.code === '2')?.score).toBeUndefined();
    expect(result.byKind.get('enabler')).toBe(45);
    expect(result.byKind.has('result')).toBe(false);
  });

  it('counts progress as scored, not assessed, and out of all sub-criteria', () => {
    const progress = progressOf(
      { '1.1': entry(60), '1.2': entry(null), '1.3': entry(undefined) },
      methodology,
    );
    expect(progress).toEqual({ total: 28, scored: 1, notAssessed: 1 });
  });

  it('finds the band through the panel of the criterion kind, with fine-tuned means between bands going up', () => {
    const enablers = panelOf(methodology, '1.1');
    expect(bandFor(methodology, '1.1', 10.5)).toBe(enablers?.bands.find((b) => b.min === 11));
    expect(bandFor(methodology, '6.1', 100)?.max).toBe(100);
  });
});
