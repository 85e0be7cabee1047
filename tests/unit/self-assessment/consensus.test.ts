import { describe, expect, it } from 'vitest';
import {
  addAssessor,
  agreedCount,
  assessorLabels,
  consensusRows,
  mergeNotes,
} from '../../../src/lib/self-assessment/consensus.ts';
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

  it('says nobody scored a row instead of a spread of 0 that reads as agreement', () => {
    const row = rows.find((r) => r.code === '3.1');
    expect(row?.scoredBy).toBe(0);
    expect(rows.find((r) => r.code === '2.2')?.scoredBy).toBe(1);
    expect(rows.find((r) => r.code === '1.1')?.scoredBy).toBe(2);
  });

  it('counts agreed rows, a group\'s "not assessed" included', () => {
    const entries = {
      '1.1': { score: 40, evidence: '', strengths: '', improvements: '' },
      '1.2': { score: null, evidence: '', strengths: '', improvements: '' },
      '2.1': { evidence: '', strengths: 'a note only', improvements: '' },
    };
    expect(agreedCount(['1.1', '1.2', '2.1', '2.2'], entries)).toEqual({ agreed: 2, total: 4 });
  });
});

describe('the members at a consensus meeting', () => {
  const member = (id: string, name: string, saved: string, memberName?: string): Assessor => ({
    id,
    name,
    saved,
    ...(memberName ? { member: memberName } : {}),
    entries: {},
  });

  it('replaces an earlier import of the same assessment instead of adding a second copy', () => {
    const list: Assessor[] = [];
    expect(
      addAssessor(list, member('a1', 'Mans pašnovērtējums', '2026-05-01T10:00:00Z', 'Ilze')),
    ).toBe('added');
    expect(
      addAssessor(list, member('b2', 'Mans pašnovērtējums', '2026-05-01T11:00:00Z', 'Jānis')),
    ).toBe('added');
    expect(
      addAssessor(list, member('a1', 'Mans pašnovērtējums', '2026-05-02T09:00:00Z', 'Ilze')),
    ).toBe('replaced');
    expect(list.map((a) => [a.id, a.saved])).toEqual([
      ['a1', '2026-05-02T09:00:00Z'],
      ['b2', '2026-05-01T11:00:00Z'],
    ]);
  });

  it('shows members by name or role, and two of the same name apart by save time, then id', () => {
    const time = (iso: string) => iso.slice(0, 16).replace('T', ' ');
    const labels = assessorLabels(
      [
        member('a1', 'Mans pašnovērtējums', '2026-05-01T10:00:00Z', 'Ilze'),
        member('b2', 'Mans pašnovērtējums', '2026-05-01T11:00:00Z', 'Ilze'),
        member('c3', 'Vadītājas vērtējums', '2026-05-01T11:00:00Z'),
        member('d4xxxxxxxx', 'Mans pašnovērtējums', '2026-05-01T12:00:00Z', 'Anna'),
        member('e5yyyyyyyy', 'Mans pašnovērtējums', '2026-05-01T12:00:00Z', 'Anna'),
      ],
      time,
    );
    expect(labels).toEqual([
      'Ilze (2026-05-01 10:00)',
      'Ilze (2026-05-01 11:00)',
      'Vadītājas vērtējums',
      'Anna (2026-05-01 12:00) [d4xxxxxx]',
      'Anna (2026-05-01 12:00) [e5yyyyyy]',
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
