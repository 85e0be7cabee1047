import type { Panel } from '../content/schemas/index.ts';
import type { Draft, Entry, Mode } from './assessment.ts';

/** The scores a panel's bands cover, from its lowest band's start to its highest band's end. */
export interface ScoreRange {
  min: number;
  max: number;
}

export function rangeOf(panel: Panel | undefined): ScoreRange {
  if (!panel || panel.bands.length === 0) return { min: 0, max: 100 };
  return {
    min: Math.min(...panel.bands.map((b) => b.min)),
    max: Math.max(...panel.bands.map((b) => b.max)),
  };
}

/** What a score field's text amounts to: nothing yet, a score, or why it is none (`tool.input.<problem>`). */
export type ReadScore =
  | { kind: 'empty' }
  | { kind: 'score'; value: number }
  | { kind: 'problem'; problem: 'number' | 'whole' | 'range' };

/**
 * Reads what an assessor typed in a score field: a whole number within the panel's range. A
 * decimal comma is read as a point, so "12,5" is a number (and refused as not whole), not text.
 */
export function readScore(text: string, range: ScoreRange): ReadScore {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(trimmed))
    return { kind: 'problem', problem: 'number' };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { kind: 'problem', problem: 'number' };
  if (value < range.min || value > range.max) return { kind: 'problem', problem: 'range' };
  if (!Number.isInteger(value)) return { kind: 'problem', problem: 'whole' };
  return { kind: 'score', value };
}

/** The way an entry is being scored: as chosen, or as its score shows. */
export function modeOf(entry: Entry | undefined): Mode {
  if (entry?.draft?.mode) return entry.draft.mode;
  const score = entry?.score;
  if (score === null) return 'not-assessed';
  return score !== undefined && typeof score === 'object' ? 'fine-tuned' : 'classical';
}

/** The text a field shows: what was typed (kept in the draft), else the score's value. */
export function fieldText(entry: Entry | undefined, field: string): string {
  const typed = entry?.draft?.values[field];
  if (typed !== undefined) return typed;
  const score = entry?.score;
  if (field === '' && typeof score === 'number') return String(score);
  if (field !== '' && score && typeof score === 'object' && score[field] !== undefined)
    return String(score[field]);
  return '';
}

/**
 * Applies what was typed in one field (`""` classical, else a dimension) to an entry: the score is
 * set only from a complete, valid input, and removed otherwise; the text itself is kept in the draft
 * until it is a score, so nothing typed is lost on a reload and nothing unfinished is counted.
 */
export function typeScore(
  entry: Entry,
  mode: Exclude<Mode, 'not-assessed'>,
  field: string,
  text: string,
  dimensions: readonly string[],
  range: ScoreRange,
): void {
  const draft: Draft = entry.draft ?? { values: {} };
  if (mode === 'classical') {
    const read = readScore(text, range);
    if (read.kind === 'score') entry.score = read.value;
    else delete entry.score;
    draft.values = read.kind === 'problem' ? { '': text } : {};
  } else {
    const values: Record<string, string> = {};
    for (const id of dimensions) values[id] = id === field ? text : fieldText(entry, id);
    const read = dimensions.map((id) => [id, readScore(values[id] ?? '', range)] as const);
    if (read.every(([, r]) => r.kind === 'score'))
      entry.score = Object.fromEntries(
        read.map(([id, r]) => [id, r.kind === 'score' ? r.value : 0]),
      );
    else delete entry.score;
    draft.values =
      entry.score === undefined
        ? Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''))
        : {};
  }
  draft.mode = mode;
  keepDraft(entry, draft);
}

/** Switches an entry's way of scoring, keeping what can be kept (a classical score from a fine-tuned mean). */
export function chooseMode(entry: Entry, mode: Mode): void {
  const before = entry.score;
  const draft: Draft = { mode, values: {} };
  if (mode === 'not-assessed') entry.score = null;
  else if (mode === 'classical') {
    if (before && typeof before === 'object') {
      const parts = Object.values(before);
      entry.score = Math.round(parts.reduce((s, p) => s + p, 0) / parts.length);
    } else if (typeof before !== 'number') delete entry.score;
  } else if (!(before && typeof before === 'object')) delete entry.score;
  keepDraft(entry, draft);
}

/** Stores the draft only while it says something the score does not. */
function keepDraft(entry: Entry, draft: Draft): void {
  const implied = modeOf({ ...entry, draft: undefined });
  const needed = Object.keys(draft.values).length > 0 || (draft.mode && draft.mode !== implied);
  if (needed) entry.draft = draft;
  else delete entry.draft;
}

/** A fine-tuned score being typed: how many of the panel's dimensions have a valid value. */
export function incompleteOf(
  entry: Entry | undefined,
  dimensions: readonly string[],
  range: ScoreRange,
): { filled: number; total: number } | undefined {
  if (!entry?.draft || entry.score !== undefined) return undefined;
  const mode = modeOf(entry);
  if (mode === 'not-assessed') return undefined;
  const fields = mode === 'classical' ? [''] : dimensions;
  const typed = fields.filter((f) => (entry.draft?.values[f] ?? '').trim() !== '');
  if (typed.length === 0) return undefined;
  const filled = fields.filter((f) => readScore(fieldText(entry, f), range).kind === 'score');
  return { filled: filled.length, total: fields.length };
}
