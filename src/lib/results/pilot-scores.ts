import { parentCode } from '../content/codes.ts';
import type { Kind, Pilot } from '../content/schemas/index.ts';
import { meanOf, scoreOf } from './scores.ts';

/** The methodology as aggregation needs it: every code with the kind it has or inherits. */
export interface CodeInfo {
  code: string;
  kind: Kind;
}

/** One pilot's scores for every code: leaves as scored, parents and kinds as the mean of the leaves below. */
export interface PilotScores {
  pilot: Pilot;
  byCode: Map<string, number>;
  byKind: Map<Kind, number>;
}

/** Works out each pilot's scores at every level; a parent with no assessed leaf below is missing. */
export function pilotScores(
  pilot: Pilot,
  codes: readonly CodeInfo[],
  leaves: ReadonlySet<string>,
): PilotScores {
  return { pilot, ...scoresByLevel(pilot.scores, codes, leaves) };
}

/**
 * The rule behind every average: a parent or kind is the mean of the assessed leaves below it,
 * and "not assessed" is left out, never counted as 0. Shared by the pilots and the browser tool.
 */
export function scoresByLevel(
  scores: Pilot['scores'],
  codes: readonly CodeInfo[],
  leaves: ReadonlySet<string>,
): Omit<PilotScores, 'pilot'> {
  const below = new Map<string, number[]>();
  const byKind = new Map<Kind, number[]>();
  for (const { code, kind } of codes) {
    if (!leaves.has(code)) continue;
    const score = scoreOf(scores[code]);
    if (score === undefined) continue;
    for (let at: string | undefined = code; at; at = parentCode(at))
      below.set(at, [...(below.get(at) ?? []), score]);
    byKind.set(kind, [...(byKind.get(kind) ?? []), score]);
  }
  const means = <K>(map: Map<K, number[]>) =>
    new Map([...map].map(([key, values]) => [key, meanOf(values) ?? 0]));
  return { byCode: means(below), byKind: means(byKind) };
}
