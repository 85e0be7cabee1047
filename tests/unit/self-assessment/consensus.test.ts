import { describe, expect, it } from 'vitest';
import { consensusRows, mergeNotes } from '../../../src/lib/self-assessment/consensus.ts';
import type { Assessor, ScoreChoice } from '../../../src/lib/self-assessment/assessment.ts';

const assessor = (name: string, scores: Record<string, ScoreChoice>): Assessor => ({
  name,
  entries: Object.fromEntries(
    Object.entries(scores).map(([code, score]) => [
      code,
      { score, evidence: '', strengths: `${name} on ${code}`, improvements: '' },
    ]),
  ),
});

describe('the consensus view', () => {
  const anna = assessor('Anna', {
    '1.1': 20,
    '1.2': 50,
    '2.1': { plan: 80, do: 60, check: 40, act: 20 },
    '2.2': 30,
  });
  const janis = assessor('Jānis', { '1.1': 70, '1.2': 55, '2.1': 45, '2.2': null });
  const rows = consensusRows(['1.1', '1.2', '2.1', '2.2', '3.1'], [anna, janis]);

  it('puts the widest disagreement first, then what only some assessed, then code order', () => {
    expect(rows.map((r) => r.code)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1']);
    expect(rows.map((r) => r.spread)).toEqual([50, 5, 5, 0, 0]);
    const reordered = consensusRows(['3.1', '2.2', '1.2', '1.1'], [anna, janis]);
    expect(reordered.map((r) => r.code)).toEqual(['1.1', '1.2', '2.2', '3.1']);
  });

  it('shows each assessor a fine-tuned score as the mean of its parts', () => {
    expect(rows.find((r) => r.code === '2.1')?.scores).toEqual([50, 45]);
  });

  it('marks a sub-criterion one assessor left "not assessed" as a split, not as a 0', () => {
    const row = rows.find((r) => r.code === '2.2');
    expect(row?.scores).toEqual([30, undefined]);
    expect(row?.spread).toBe(0);
    expect(row?.split).toBe(true);
    expect(rows.find((r) => r.code === '3.1')?.split).toBe(false);
  });

  it('keeps every assessor notes next to their score', () => {
    expect(rows[0]?.entries.map((e) => e?.strengths)).toEqual(['Anna on 1.1', 'Jānis on 1.1']);
  });

  it('merges notes line by line, each line once', () => {
    expect(mergeNotes(['Plāns ir\nSapulces', undefined, ' Sapulces \n\nJauns'])).toBe(
      'Plāns ir\nSapulces\nJauns',
    );
  });
});
