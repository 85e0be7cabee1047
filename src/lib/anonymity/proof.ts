/**
 * What the disclosure audit's proofs share: the range of a score, what an interval must do to
 * protect, a published mean, and a protected quantity. Each proof (slack.ts, pairs.ts,
 * neighbourhoods.ts, trades.ts) exhibits points that keep every published figure and takes the
 * interval they span, an inner bound of the attacker's.
 */
import type { Band } from '../content/schemas/panel.ts';
import { bandIndex } from '../content/scores.ts';
import type { Subject } from './knowledge.ts';
import type { Interval, Terms } from './lp.ts';

/** The highest score: every unknown lies in 0–UPPER. */
export const UPPER = 100;

/** A published mean: of `target` (`code:1.1`, `kind:enabler`, `dim:1.1:plan`) over `members`. */
export interface Statistic {
  /** The figure it belongs to, so the audit can say which figure to hide. */
  figure: string;
  target: string;
  members: string[];
  mean: number;
}

export interface Failure {
  subject: string;
  target: string;
  attacker: 'outsider' | 'insider';
  interval: Interval;
  /** Figures of this release that involve the quantity, least informative first is up to the caller. */
  figures: string[];
}

/** A protected quantity: a subject's target, as a linear expression over the columns. */
export interface Quantity {
  subject: Subject;
  target: string;
  expression: Terms;
}

/** True when an interval is wide enough and reaches into two bands. */
export function protects(interval: Interval, width: number, bands: readonly Band[] | undefined) {
  if (!(interval.max - interval.min >= width - 1e-9)) return false;
  if (!bands || bands.length < 2) return true;
  return bandIndex(interval.min, bands) !== bandIndex(interval.max, bands);
}

/** A linear quantity's value at the true scores. */
export function valueAt(terms: Terms, truth: Float64Array): number {
  let sum = 0;
  for (const [c, w] of terms) sum += w * (truth[c] ?? 0);
  return sum;
}
