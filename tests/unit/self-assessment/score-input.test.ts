import { describe, expect, it } from 'vitest';
import {
  assessmentFileName,
  createAssessment,
  emptyEntry,
  type Entry,
} from '../../../src/lib/self-assessment/assessment.ts';
import { parseAssessment } from '../../../src/lib/self-assessment/read-file.ts';
import {
  chooseMode,
  fieldText,
  incompleteOf,
  modeOf,
  readScore,
  typeScore,
} from '../../../src/lib/self-assessment/score-input.ts';

const RANGE = { min: 0, max: 100 };
const DIMS = ['plan', 'do', 'check', 'act'];

describe('what an assessor types in a score field', () => {
  it('is a score only as a whole number within the scale, and says why otherwise', () => {
    expect(readScore('', RANGE)).toEqual({ kind: 'empty' });
    expect(readScore(' 42 ', RANGE)).toEqual({ kind: 'score', value: 42 });
    expect(readScore('150', RANGE)).toEqual({ kind: 'problem', problem: 'range' });
    expect(readScore('-1', RANGE)).toEqual({ kind: 'problem', problem: 'range' });
    expect(readScore('abc', RANGE)).toEqual({ kind: 'problem', problem: 'number' });
    expect(readScore('4O', RANGE)).toEqual({ kind: 'problem', problem: 'number' });
    expect(readScore('12,5', RANGE)).toEqual({ kind: 'problem', problem: 'whole' });
  });

  it('keeps an out-of-range value as typed, never as a score, and drops the draft once valid', () => {
    const entry: Entry = emptyEntry();
    typeScore(entry, 'classical', '', '150', [], RANGE);
    expect(entry.score).toBeUndefined();
    expect(fieldText(entry, '')).toBe('150');
    expect(incompleteOf(entry, [], RANGE)).toEqual({ filled: 0, total: 1 });
    typeScore(entry, 'classical', '', '50', [], RANGE);
    expect(entry.score).toBe(50);
    expect(entry.draft).toBeUndefined();
  });

  it('keeps a fine-tuned score with 2 of 4 parts as an incomplete draft, counted nowhere', () => {
    const entry: Entry = emptyEntry();
    chooseMode(entry, 'fine-tuned');
    typeScore(entry, 'fine-tuned', 'plan', '40', DIMS, RANGE);
    typeScore(entry, 'fine-tuned', 'do', '60', DIMS, RANGE);
    expect(entry.score).toBeUndefined();
    expect(modeOf(entry)).toBe('fine-tuned');
    expect(incompleteOf(entry, DIMS, RANGE)).toEqual({ filled: 2, total: 4 });
    // What the browser stores reads back the same: the draft survives a reload.
    const assessment = { ...createAssessment('x', 'X', new Date(0)), entries: { '1.1': entry } };
    const stored = parseAssessment(JSON.parse(JSON.stringify(assessment)));
    expect(stored.ok && stored.assessment.entries['1.1']).toEqual(entry);
    typeScore(entry, 'fine-tuned', 'check', '80', DIMS, RANGE);
    typeScore(entry, 'fine-tuned', 'act', '20', DIMS, RANGE);
    expect(entry.score).toEqual({ plan: 40, do: 60, check: 80, act: 20 });
    expect(entry.draft).toBeUndefined();
    expect(incompleteOf(entry, DIMS, RANGE)).toBeUndefined();
  });

  it('remembers a chosen way of scoring before anything is typed', () => {
    const entry: Entry = emptyEntry();
    chooseMode(entry, 'fine-tuned');
    expect(modeOf(entry)).toBe('fine-tuned');
    chooseMode(entry, 'not-assessed');
    expect(entry.score).toBeNull();
    expect(entry.draft).toBeUndefined();
    chooseMode(entry, 'classical');
    expect(entry.score).toBeUndefined();
    expect(modeOf(entry)).toBe('classical');
  });
});

describe('the file a member saves', () => {
  it('is named by the day and the member, never by the default name alone', () => {
    const assessment = createAssessment('id', 'Mans pašnovērtējums', new Date(0));
    const day = new Date(2012, 4, 14, 10);
    expect(assessmentFileName({ ...assessment, member: 'Ilze' }, day)).toBe(
      '2012-05-14-Ilze.self-assessment.json',
    );
    expect(assessmentFileName({ ...assessment, member: 'Rūta K. / vadītāja' }, day)).toBe(
      '2012-05-14-Rūta-K-vadītāja.self-assessment.json',
    );
  });
});
