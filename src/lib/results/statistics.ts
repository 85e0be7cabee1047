import { quantileSorted } from 'd3-array';

/**
 * Quartiles need at least five values: below that, the mean, median and quartiles together
 * let a reader solve for every single value, the group's minimum and maximum among them.
 */
export const MIN_FOR_QUARTILES = 5;

export interface Summary {
  mean: number;
  median?: number;
  q1?: number;
  q3?: number;
}

/** Rounds a published figure to one decimal, the precision every output shows. */
export const round = (value: number): number => Math.round(value * 10) / 10;

/** Mean, and where there are enough values median and quartiles; never minimum or maximum. */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = round(sorted.reduce((sum, v) => sum + v, 0) / sorted.length);
  if (sorted.length < MIN_FOR_QUARTILES) return { mean };
  return {
    mean,
    median: round(quantileSorted(sorted, 0.5) ?? mean),
    q1: round(quantileSorted(sorted, 0.25) ?? mean),
    q3: round(quantileSorted(sorted, 0.75) ?? mean),
  };
}
