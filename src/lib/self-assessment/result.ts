import { isTopLevel, leafCodes } from '../content/codes.ts';
import type { Band, Kind, Pilot } from '../content/schemas/index.ts';
import { scoresByLevel } from '../results/pilot-scores.ts';
import { bandIndex, scoreOf } from '../results/scores.ts';
import type { Entry } from './assessment.ts';
import { codeInfos, panelOf, subcriteriaOf, type ToolMethodology } from './methodology.ts';

/** How far an assessment has got: sub-criteria scored, marked not assessed, and still open. */
export interface Progress {
  total: number;
  scored: number;
  notAssessed: number;
}

/** Counts the sub-criteria with a score, those marked "not assessed", out of all of them. */
export function progressOf(
  entries: Readonly<Record<string, Entry>>,
  methodology: Pick<ToolMethodology, 'criteria'>,
): Progress {
  const codes = subcriteriaOf(methodology).map((c) => c.code);
  const chosen = codes.map((code) => entries[code]?.score);
  return {
    total: codes.length,
    scored: chosen.filter((s) => s !== undefined && s !== null).length,
    notAssessed: chosen.filter((s) => s === null).length,
  };
}

/** The score a choice amounts to: classical as it is, fine-tuned as the mean of its dimensions. */
export function entryScore(entry: Entry | undefined): number | undefined {
  return scoreOf(entry?.score);
}

/** The band a score falls in on the panel for `code`, through the same rule as the results pages. */
export function bandFor(
  methodology: Pick<ToolMethodology, 'criteria' | 'panels'>,
  code: string,
  score: number,
): Band | undefined {
  const panel = panelOf(methodology, code);
  return panel?.bands[bandIndex(score, panel.bands)];
}

/** An assessment's result: every criterion's and every kind's average, as the pilots' are computed. */
export interface AssessmentResult {
  /** Code → average of the assessed sub-criteria below (or its own score for a sub-criterion). */
  byCode: Map<string, number>;
  byKind: Map<Kind, number>;
  /** The top-level criteria in order, with their average (undefined: nothing below assessed). */
  criteria: Array<{ code: string; kind: Kind; score: number | undefined }>;
}

/**
 * Averages per criterion, enablers and results with `scoresByLevel`, the rule the published
 * pilot results use: "not assessed" is left out, never counted as 0.
 */
export function assessmentResult(
  entries: Readonly<Record<string, Entry>>,
  methodology: Pick<ToolMethodology, 'criteria'>,
): AssessmentResult {
  const codes = codeInfos(methodology);
  const leaves = leafCodes(codes.map((c) => c.code));
  const scores: Pilot['scores'] = {};
  for (const [code, entry] of Object.entries(entries))
    if (entry.score !== undefined) scores[code] = entry.score;
  const { byCode, byKind } = scoresByLevel(scores, codes, leaves);
  return {
    byCode,
    byKind,
    criteria: codes
      .filter((c) => isTopLevel(c.code))
      .map(({ code, kind }) => ({ code, kind, score: byCode.get(code) })),
  };
}
