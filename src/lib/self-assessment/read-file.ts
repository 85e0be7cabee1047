import { describeIssues } from '../content/error-map.ts';
import { formatPath } from '../content/problem.ts';
import { CURRENT_VERSION, FORMAT, migrateV1, type Assessment, type Entry } from './assessment.ts';
import { assessmentSchema, assessmentV1Schema } from './assessment-schema.ts';
import { panelOf, subcriteriaOf, type ToolMethodology } from './methodology.ts';

/** Why a file is refused, as a UI-string key (`tool.import.<key>`) and the values it names. */
export interface ImportProblem {
  key: 'notJson' | 'notAssessment' | 'version' | 'shape' | 'unknownCode' | 'dimensions' | 'range';
  values: Record<string, string | number>;
}

export type ReadOutcome =
  | { ok: true; assessment: Assessment; migratedFrom?: number }
  | { ok: false; problems: ImportProblem[] };

const refuse = (...problems: ImportProblem[]): ReadOutcome => ({ ok: false, problems });

/**
 * Reads an assessor's file: valid JSON, this tool's format, a version it knows (older ones are
 * migrated), and only the sub-criteria, dimensions and score ranges of this methodology.
 * Every problem is listed at once; nothing is half-read.
 */
export function readAssessmentFile(text: string, methodology: ToolMethodology): ReadOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ key: 'notJson', values: {} });
  }
  const outcome = parseAssessment(data);
  if (!outcome.ok) return outcome;
  const problems = checkAgainst(outcome.assessment, methodology);
  return problems.length > 0 ? refuse(...problems) : outcome;
}

/** The shape alone (for what the browser stored): format, a known version migrated, the schema. */
export function parseAssessment(data: unknown): ReadOutcome {
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== FORMAT)
    return refuse({ key: 'notAssessment', values: {} });
  const version = (data as { version?: unknown }).version;
  const schema =
    version === CURRENT_VERSION ? assessmentSchema : version === 1 ? assessmentV1Schema : undefined;
  if (!schema)
    return refuse({
      key: 'version',
      values: { version: String(version), supported: `1–${CURRENT_VERSION}` },
    });
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return refuse(
      ...describeIssues(parsed.error.issues).map(({ path, rule }) => ({
        key: 'shape' as const,
        values: { path: formatPath(path), rule },
      })),
    );
  return parsed.data.version === 1
    ? { ok: true, assessment: migrateV1(parsed.data), migratedFrom: 1 }
    : { ok: true, assessment: parsed.data };
}

/** The scores must belong to this methodology: its sub-criteria, its panels' dimensions, 0–100. */
export function checkAgainst(
  assessment: Assessment,
  methodology: ToolMethodology,
): ImportProblem[] {
  const leaves = new Set(subcriteriaOf(methodology).map((c) => c.code));
  const known = new Set(methodology.criteria.map((c) => c.code));
  const problems: ImportProblem[] = [];
  const checkEntries = (entries: Record<string, Entry>) => {
    for (const [code, entry] of Object.entries(entries)) {
      if (!leaves.has(code)) {
        problems.push({ key: 'unknownCode', values: { code } });
        continue;
      }
      const score = entry.score;
      if (score === undefined || score === null) continue;
      const parts = typeof score === 'number' ? { '': score } : score;
      if (typeof score !== 'number') {
        const expected = panelOf(methodology, code)?.dimensions.map((d) => d.id) ?? [];
        const given = Object.keys(score);
        if (given.length !== expected.length || given.some((id) => !expected.includes(id)))
          problems.push({ key: 'dimensions', values: { code, dimensions: expected.join(', ') } });
      }
      for (const value of Object.values(parts))
        if (value < 0 || value > 100) problems.push({ key: 'range', values: { code, value } });
    }
  };
  checkEntries(assessment.entries);
  assessment.assessors.forEach((assessor) => checkEntries(assessor.entries));
  for (const action of assessment.actions)
    if (!known.has(action.criterion))
      problems.push({ key: 'unknownCode', values: { code: action.criterion } });
  return problems;
}
