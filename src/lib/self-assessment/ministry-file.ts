import { compareCodes, isTopLevel } from '../content/codes.ts';
import { parseWith } from '../content/parse.ts';
import { ProblemList, formatPath, type PathSegment, type Problem } from '../content/problem.ts';
import { checkPilots } from '../content/rules/pilots.ts';
import {
  localizedSchema,
  pilotSchema,
  type Kind,
  type Localized,
  type Pilot,
} from '../content/schemas/index.ts';
import { findPersonalData, type PersonalDataKind } from '../pii/detectors.ts';
import type { Assessment } from './assessment.ts';
import { subcriteriaOf, type ToolMethodology } from './methodology.ts';

/** A piece of personal data found in a text the file would carry, masked, and where it is. */
export interface MinistryFinding {
  path: string;
  kind: PersonalDataKind;
  masked: string;
}

export interface MinistryFile {
  /** The file name the ministry saves it under: `pilots/<id>.json`. */
  fileName: string;
  pilot: Pilot;
  /** Personal data found in the texts: the file may not be exported while there is any. */
  findings: MinistryFinding[];
  /** What else `npm run check` would refuse in the file, as `field — rule` (findings not repeated). */
  problems: Problem[];
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
  const notes = (field: 'strengths' | 'improvements') =>
    codes.flatMap((code) =>
      lines(assessment.entries[code]?.[field] ?? '').map((text) => ({
        criterion: code,
        text: localized(text),
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
export function ministryFile(assessment: Assessment, methodology: ToolMethodology): MinistryFile {
  const pilot = toPilot(assessment, methodology);
  const fileName = `pilots/${pilot.id || 'P'}.json`;
  const findings = [...texts(pilot)].flatMap(([path, text]) =>
    findPersonalData(text).map((f) => ({ path: formatPath(path), kind: f.kind, masked: f.masked })),
  );
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
  // The rules report personal data too; the findings already show it, in the reader's language.
  const found = new Set(findings.map((f) => f.path));
  return {
    fileName,
    pilot,
    findings,
    problems: problems.items.filter((p) => !found.has(p.path)),
  };
}
