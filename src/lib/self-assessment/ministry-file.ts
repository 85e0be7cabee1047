import { compareCodes, isTopLevel } from '../content/codes.ts';
import { parseWith } from '../content/parse.ts';
import { ProblemList, formatPath, type PathSegment, type Problem } from '../content/problem.ts';
import { checkPilots } from '../content/rules/pilots.ts';
import { PILOT_ID_PATTERN } from '../content/schemas/primitives.ts';
import { QUASI_IDENTIFIERS } from '../content/schemas/taxonomies.ts';
import {
  localizedSchema,
  pilotSchema,
  type Kind,
  type Localized,
  type Pilot,
  type Taxonomies,
} from '../content/schemas/index.ts';
import { findPersonalData, type PersonalDataKind } from '../pii/detectors.ts';
import type { Assessment } from './assessment.ts';
import { subcriteriaOf, type ToolMethodology } from './methodology.ts';

/** Where a text of the ministry's file comes from, as the group knows it. */
export interface TextPlace {
  /** The note's list, the plan, or the group's feedback. */
  field: 'strengths' | 'improvements' | 'actions' | 'feedback';
  /** The sub-criterion of a note or action. */
  criterion?: string | undefined;
  /** A note: its line among that sub-criterion's notes of the field; an action: its number in the plan (both from 1). */
  number: number;
  /**
   * The tool's address that opens the text for editing: `score/1.1/sa-strengths`,
   * `result//sa-action-0-text`, `ministry//sa-feedback`.
   */
  target: string;
}

/** A piece of personal data found in a text the file would carry, masked, and where it is. */
export interface MinistryFinding {
  /** The field path in the file (`strengths[1].text.lv`). */
  path: string;
  place: TextPlace | undefined;
  kind: PersonalDataKind;
  masked: string;
}

/** A ministry field the group has not filled in as the file needs (`tool.ministry.field.<problem>`). */
export interface FieldProblem {
  field: 'id' | 'region' | 'serviceType' | 'staffBand' | 'assessed';
  problem: 'missing' | 'unknown' | 'idPattern' | 'monthFormat' | 'monthFuture';
}

export interface MinistryFile {
  /** The file name the ministry saves it under: `pilots/<id>.json`. */
  fileName: string;
  pilot: Pilot;
  /** Personal data found in the texts: the file may not be exported while there is any. */
  findings: MinistryFinding[];
  /** What else `npm run check` would refuse in the file, as `field — rule` (findings not repeated). */
  problems: Problem[];
  /** The group's own fields, checked here so the tool can say what is wrong in the reader's words. */
  fields: FieldProblem[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month `now` is in, `YYYY-MM`: an assessment cannot have been made after it. */
export function monthOf(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The ministry fields the group fills in, checked as the contract checks them, and no month in the future. */
export function ministryFieldProblems(
  ministry: Assessment['ministry'],
  taxonomies: Taxonomies,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['id', 'region', 'serviceType', 'staffBand', 'assessed'] as const)
    if (!ministry[field]?.trim()) problems.push({ field, problem: 'missing' });
  // A choice saved from another tree's taxonomies (an opened file) is no choice of this one.
  for (const { field, taxonomy } of QUASI_IDENTIFIERS) {
    const chosen = ministry[field];
    if (chosen && !Object.hasOwn(taxonomies[taxonomy], chosen))
      problems.push({ field, problem: 'unknown' });
  }
  if (ministry.id && !PILOT_ID_PATTERN.test(ministry.id))
    problems.push({ field: 'id', problem: 'idPattern' });
  if (ministry.assessed && !MONTH.test(ministry.assessed))
    problems.push({ field: 'assessed', problem: 'monthFormat' });
  else if (ministry.assessed && ministry.assessed > monthOf(now))
    problems.push({ field: 'assessed', problem: 'monthFuture' });
  return problems;
}

/** Where the text at a path of the file (`strengths`, 1, `text`, `lv`) comes from. */
export function placeOf(
  pilot: Pilot,
  path: readonly PathSegment[],
  assessment: Assessment,
): TextPlace | undefined {
  const [list, index] = path;
  if (list === 'feedback') return { field: 'feedback', number: 1, target: 'ministry//sa-feedback' };
  if (typeof index !== 'number') return undefined;
  if (list === 'strengths' || list === 'improvements') {
    const criterion = pilot[list][index]?.criterion;
    const number = pilot[list].slice(0, index + 1).filter((n) => n.criterion === criterion).length;
    return { field: list, criterion, number, target: `score/${criterion}/sa-${list}` };
  }
  if (list === 'actions') {
    // The file leaves out actions without text: find the plan's own index of this one.
    const kept = assessment.actions.flatMap((a, i) => (a.text.trim() ? [i] : []));
    const own = kept[index] ?? index;
    return {
      field: 'actions',
      criterion: pilot.actions[index]?.criterion,
      number: own + 1,
      target: `result//sa-action-${own}-text`,
    };
  }
  return undefined;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The agreed result as a pilot file of the content contract. Only scores, notes, the plan and
 * the chosen quasi-identifiers go in: no assessment name, no assessor, no evidence. Texts are
 * written in the tool's language and, as the contract needs one, also under the default locale.
 */
export function toPilot(assessment: Assessment, methodology: ToolMethodology): Pilot {
  const { locale, defaultLocale } = methodology;
  const localized = (text: string): Localized =>
    locale === defaultLocale ? { [locale]: text } : { [defaultLocale]: text, [locale]: text };
  const codes = subcriteriaOf(methodology)
    .map((c) => c.code)
    .sort(compareCodes);
  const scores: Pilot['scores'] = {};
  const reviewed = new Set(assessment.ministry.reviewed ?? []);
  const notes = (field: 'strengths' | 'improvements') =>
    codes.flatMap((code) =>
      lines(assessment.entries[code]?.[field] ?? '').map((text) => ({
        criterion: code,
        text: localized(text),
        ...(reviewed.has(text) ? { reviewed: true } : {}),
      })),
    );
  for (const code of codes) {
    const score = assessment.entries[code]?.score;
    if (score !== undefined) scores[code] = score;
  }
  const { ministry } = assessment;
  return {
    id: ministry.id ?? '',
    region: ministry.region ?? '',
    serviceType: ministry.serviceType ?? '',
    staffBand: ministry.staffBand ?? '',
    assessed: ministry.assessed ?? '',
    scores,
    strengths: notes('strengths'),
    improvements: notes('improvements'),
    actions: assessment.actions
      .filter((action) => action.text.trim())
      .map((action) => ({
        criterion: action.criterion,
        text: localized(action.text.trim()),
        ...(reviewed.has(action.text.trim()) ? { reviewed: true } : {}),
        priority: action.priority,
        ...(action.due ? { due: action.due } : {}),
      })),
    ...(ministry.feedback?.trim() ? { feedback: localized(ministry.feedback.trim()) } : {}),
  };
}

/** Every text of a value with its field path, for the personal-data detectors. */
function* texts(value: unknown, path: PathSegment[] = []): Generator<[PathSegment[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* texts(item, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
}

/**
 * Builds the ministry's file and runs on it what the build runs on every pilot: the same zod
 * schema, the same cross-file rules and the same personal-data detectors (without the secret
 * deny-list, which only the ministry holds).
 */
export function ministryFile(
  assessment: Assessment,
  methodology: ToolMethodology,
  now: Date = new Date(),
): MinistryFile {
  const pilot = toPilot(assessment, methodology);
  const fileName = `pilots/${pilot.id || 'P'}.json`;
  const reviewed = new Set(assessment.ministry.reviewed ?? []);
  // A text written under two locales is one text to the group: found once, under the first.
  const seen = new Set<string>();
  const findings = [...texts(pilot)].flatMap(([path, text]) => {
    // A text the group marked reviewed is not searched for names, as `npm run check` does.
    const found = findPersonalData(text, [], { people: !reviewed.has(text) });
    const key = `${path.slice(0, 2).join('.')}\u0000${text}`;
    if (found.length === 0 || seen.has(key)) return [];
    seen.add(key);
    const place = placeOf(pilot, path, assessment);
    return found.map((f) => ({
      path: formatPath(path),
      place,
      kind: f.kind,
      masked: f.masked,
    }));
  });
  const problems = new ProblemList();
  const { locales, defaultLocale } = methodology;
  const parsed = parseWith(
    pilotSchema(localizedSchema({ locales, defaultLocale })),
    pilot,
    fileName,
    problems,
  );
  if (parsed) {
    const kinds = new Map<string, Kind>(
      methodology.criteria.filter((c) => isTopLevel(c.code)).map((c) => [c.code, c.kind]),
    );
    checkPilots(
      [{ file: fileName, data: parsed }],
      {
        // The tool assesses the current edition only: its file is checked against that one.
        editions: new Map([
          [
            '',
            {
              kinds,
              codes: new Set(methodology.criteria.map((c) => c.code)),
              panels: methodology.panels,
            },
          ],
        ]),
        current: '',
        taxonomies: methodology.taxonomies,
        denylist: [],
      },
      problems,
    );
  }
  // The rules report personal data too; the findings already show it, in the reader's language,
  // and the group's own fields are checked above in the reader's words.
  const found = new Set(findings.map((f) => f.path));
  const own = new Set(['id', 'region', 'serviceType', 'staffBand', 'assessed']);
  return {
    fileName,
    pilot,
    findings,
    problems: problems.items.filter(
      (p) => !found.has(p.path) && !own.has(p.path.split(/[.[]/)[0] ?? ''),
    ),
    fields: ministryFieldProblems(assessment.ministry, methodology.taxonomies, now),
  };
}

/**
 * Marks the text a finding is in as checked by the group: it names no person (a café, a
 * programme). The file then carries it `reviewed: true`, as an editor marks a note.
 */
export function markReviewed(assessment: Assessment, pilot: Pilot, finding: MinistryFinding): void {
  const match = /^(strengths|improvements|actions)\[(\d+)\]\.text\.([\w-]+)$/.exec(finding.path);
  if (!match) return;
  const [, list, index, locale] = match as unknown as [string, 'strengths', string, string];
  const text = pilot[list][Number(index)]?.text[locale];
  if (text === undefined) return;
  assessment.ministry.reviewed = [...new Set([...(assessment.ministry.reviewed ?? []), text])];
}
