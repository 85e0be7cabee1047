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
      return { code, scores, spread, split, entries };
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
