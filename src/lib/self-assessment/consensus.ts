import { compareCodes } from '../content/codes.ts';
import { scoreOf } from '../results/scores.ts';
import type { Assessor, Entry } from './assessment.ts';

/** One sub-criterion at the consensus meeting: what each assessor gave it and how far apart they are. */
export interface ConsensusRow {
  code: string;
  /** Per assessor, in the order imported: the score (undefined when not assessed or not scored). */
  scores: Array<number | undefined>;
  /** Highest minus lowest score; 0 when fewer than two assessors scored it. */
  spread: number;
  /** How many assessors gave it a score: 0 is "nobody scored this yet", never full agreement. */
  scoredBy: number;
  /** Assessors who scored it against those who left it not assessed or open: also a disagreement. */
  split: boolean;
  entries: Array<Entry | undefined>;
}

/**
 * The sub-criteria ordered by disagreement, so the meeting spends its time where it matters:
 * the widest spread first, then those some assessed and others did not, then in code order.
 */
export function consensusRows(
  codes: readonly string[],
  assessors: readonly Assessor[],
): ConsensusRow[] {
  return codes
    .map((code) => {
      const entries = assessors.map((a) => a.entries[code]);
      const scores = entries.map((entry) => scoreOf(entry?.score));
      const given = scores.filter((s): s is number => s !== undefined);
      const spread = given.length < 2 ? 0 : Math.max(...given) - Math.min(...given);
      const split = given.length > 0 && given.length < assessors.length;
      return { code, scores, spread, split, scoredBy: given.length, entries };
    })
    .sort(
      (a, b) =>
        b.spread - a.spread || Number(b.split) - Number(a.split) || compareCodes(a.code, b.code),
    );
}

/** The assessors' notes on one point joined for the agreed entry: each line once, in order. */
export function mergeNotes(texts: ReadonlyArray<string | undefined>): string {
  const lines = texts.flatMap((text) =>
    (text ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return [...new Set(lines)].join('\n');
}

/** A sub-criterion the group has agreed on: a score, or "not assessed", entered at the meeting. */
export const isAgreed = (entry: Entry | undefined): boolean => entry?.score !== undefined;

/** How far the meeting has got: agreed sub-criteria of all. */
export function agreedCount(
  codes: readonly string[],
  entries: Readonly<Record<string, Entry>>,
): { agreed: number; total: number } {
  return { agreed: codes.filter((code) => isAgreed(entries[code])).length, total: codes.length };
}

/**
 * Adds an imported assessor, or replaces the earlier import of the same assessment (same id):
 * a member whose file is imported twice is counted once. Returns whether one was replaced.
 */
export function addAssessor(assessors: Assessor[], assessor: Assessor): 'added' | 'replaced' {
  const index = assessor.id === undefined ? -1 : assessors.findIndex((a) => a.id === assessor.id);
  if (index < 0) {
    assessors.push(assessor);
    return 'added';
  }
  assessors[index] = assessor;
  return 'replaced';
}

/**
 * How the meeting shows each assessor: who they are (member, else the assessment's name), and when
 * two show alike, also when their file was saved and, if that is alike too, the start of their id.
 */
export function assessorLabels(
  assessors: readonly Assessor[],
  time: (iso: string) => string,
): string[] {
  const who = assessors.map((a) => a.member?.trim() || a.name);
  const same = (i: number) => who.filter((w) => w === who[i]).length > 1;
  const withTime = who.map((w, i) =>
    same(i) && assessors[i]?.saved ? `${w} (${time(assessors[i]?.saved ?? '')})` : w,
  );
  return withTime.map((w, i) =>
    withTime.filter((x) => x === w).length > 1
      ? `${w} [${(assessors[i]?.id ?? String(i + 1)).slice(0, 8)}]`
      : w,
  );
}
