import { describe, expect, it } from 'vitest';
import { createAssessment, type Assessment } from '../../../src/lib/self-assessment/assessment.ts';
import { readAssessmentFile } from '../../../src/lib/self-assessment/read-file.ts';
import { DEFAULT_CONTENT, methodologyOfTree } from '../../helpers/self-assessment.ts';

const methodology = methodologyOfTree(DEFAULT_CONTENT);

function assessorFile(change: (a: Assessment) => void = () => {}): string {
  const assessment = createAssessment('a1', 'Anna', new Date('2026-11-24T09:00:00Z'));
  assessment.entries['1.1'] = {
    score: 60,
    evidence: 'Minutes',
    strengths: 'Clear',
    improvements: '',
  };
  assessment.entries['1.2'] = {
    score: { plan: 70, do: 50, check: 30, act: 10 },
    evidence: '',
    strengths: '',
    improvements: '',
  };
  assessment.entries['6.1'] = { score: null, evidence: '', strengths: '', improvements: '' };
  change(assessment);
  return JSON.stringify(assessment);
}

const keys = (text: string) => {
  const outcome = readAssessmentFile(text, methodology);
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.key} ${JSON.stringify(p.values)}`);
};

describe('reading an assessor file', () => {
  it('reads back what the tool saved, scores, notes and "not assessed" alike', () => {
    const outcome = readAssessmentFile(assessorFile(), methodology);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.assessment.entries['1.2']?.score).toEqual({
      plan: 70,
      do: 50,
      check: 30,
      act: 10,
    });
    expect(outcome.assessment.entries['6.1']?.score).toBeNull();
    expect(outcome.migratedFrom).toBeUndefined();
  });

  it('refuses a file that is not JSON', () => {
    expect(keys('{"format": "metodika-self-assessment",')).toEqual(['notJson {}']);
  });

  it('refuses JSON that is not a self-assessment file', () => {
    expect(keys(JSON.stringify({ id: 'P01', scores: {} }))).toEqual(['notAssessment {}']);
  });

  it('refuses a file of a schema version it does not know, naming the versions it reads', () => {
    expect(keys(assessorFile((a) => Object.assign(a, { version: 9 })))).toEqual([
      'version {"version":"9","supported":"1–2"}',
    ]);
  });

  it('refuses a file of another methodology tree, naming the unknown codes', () => {
    const other = assessorFile((a) => {
      a.entries['7.9'] = { score: 40, evidence: '', strengths: '', improvements: '' };
      a.entries['3'] = { score: 40, evidence: '', strengths: '', improvements: '' };
    });
    expect(keys(other).sort()).toEqual(['unknownCode {"code":"3"}', 'unknownCode {"code":"7.9"}']);
  });

  it('refuses out-of-range scores and fine-tuned scores with the wrong dimensions, all at once', () => {
    const bad = assessorFile((a) => {
      a.entries['1.1']!.score = 140;
      a.entries['1.3'] = {
        score: { plan: 10, do: -5 },
        evidence: '',
        strengths: '',
        improvements: '',
      };
    });
    expect(keys(bad)).toEqual([
      'range {"code":"1.1","value":140}',
      'dimensions {"code":"1.3","dimensions":"plan, do, check, act"}',
      'range {"code":"1.3","value":-5}',
    ]);
  });

  it('refuses a file whose fields have the wrong type, naming the field', () => {
    const bad = assessorFile((a) => Object.assign(a, { entries: { '1.1': { score: 'high' } } }));
    const outcome = readAssessmentFile(bad, methodology);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]).toMatchObject({ key: 'shape' });
    expect(outcome.problems[0]?.values['path']).toBe('entries["1.1"].score');
  });

  it('migrates a version 1 file: scores and notes joined, nothing lost', () => {
    const v1 = {
      format: 'metodika-self-assessment',
      version: 1,
      id: 'old',
      name: 'Jānis',
      created: '2026-01-10T08:00:00.000Z',
      scores: { '1.1': 45, '6.1': null },
      notes: { '1.1': { strengths: 'Labi' }, '2.1': { evidence: 'Plāns' } },
    };
    const outcome = readAssessmentFile(JSON.stringify(v1), methodology);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.migratedFrom).toBe(1);
    expect(outcome.assessment.version).toBe(2);
    expect(outcome.assessment.name).toBe('Jānis');
    expect(outcome.assessment.entries).toEqual({
      '1.1': { score: 45, evidence: '', strengths: 'Labi', improvements: '' },
      '6.1': { score: null, evidence: '', strengths: '', improvements: '' },
      '2.1': { evidence: 'Plāns', strengths: '', improvements: '' },
    });
  });
});
