/**
 * The self-assessment file: what the browser stores and what assessors pass to each other.
 * Versioned: `version` says which shape a file has; older shapes are migrated on reading
 * (see `./read-file.ts`). docs/authoring.md documents the current shape. The zod schemas are in
 * `./assessment-schema.ts`, so what only makes or edits an assessment (the tool's first view)
 * loads no zod.
 */
import type { Assessment, AssessmentV1, Entry } from './assessment-schema.ts';

export type {
  ScoreChoice,
  Entry,
  Draft,
  Assessor,
  Action,
  Assessment,
  AssessmentV1,
} from './assessment-schema.ts';

import { CURRENT_VERSION, FORMAT } from './file-format.ts';

export { CURRENT_VERSION, FORMAT, MODES, PRIORITIES, type Mode } from './file-format.ts';

/** A new, empty assessment. */
export function createAssessment(id: string, name: string, now: Date): Assessment {
  const stamp = now.toISOString();
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    id,
    name,
    created: stamp,
    updated: stamp,
    entries: {},
    assessors: [],
    actions: [],
    ministry: {},
  };
}

/** Version 1 → 2: scores and notes joined per sub-criterion; nothing is dropped. */
export function migrateV1(old: AssessmentV1): Assessment {
  const codes = new Set([...Object.keys(old.scores), ...Object.keys(old.notes)]);
  const entries: Record<string, Entry> = {};
  for (const code of codes) {
    const notes = old.notes[code] ?? {};
    entries[code] = {
      ...(code in old.scores ? { score: old.scores[code] ?? null } : {}),
      evidence: notes.evidence ?? '',
      strengths: notes.strengths ?? '',
      improvements: notes.improvements ?? '',
    };
  }
  return {
    ...createAssessment(old.id, old.name, new Date(0)),
    created: old.created,
    updated: old.created,
    entries,
  };
}

/** An empty entry, for a sub-criterion not touched yet. */
export const emptyEntry = (): Entry => ({ evidence: '', strengths: '', improvements: '' });

/** A name as a file name's part: letters (any alphabet) and digits, the rest one hyphen. */
const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * The file a member saves their assessment to: the day and who they are,
 * `2012-05-14-Ilze.self-assessment.json`, so two members' files never share a name by default.
 */
export function assessmentFileName(assessment: Assessment, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  const who = fileSafe(assessment.member ?? '') || fileSafe(assessment.name) || 'assessment';
  return `${day}-${who}.self-assessment.json`;
}
