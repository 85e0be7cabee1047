import { quantileSorted } from 'd3-array';

/**
 * Quartiles and the median need at least ten values (site.json may ask for more): from five,
 * they are the 2nd, 3rd and 4th values themselves, and with the mean they give the minimum and
 * the maximum away.
 */
export const MIN_FOR_QUARTILES = 10;

export interface Summary {
  mean: number;
  median?: number;
  q1?: number;
  q3?: number;
}

/** Rounds a published figure to one decimal, the precision every output shows. */
export const round = (value: number): number => Math.round(value * 10) / 10;

/** Mean, and where there are enough values median and quartiles; never minimum or maximum. */
export function summarize(values: readonly number[], minForQuartiles = MIN_FOR_QUARTILES): Summary {
  // A typed array sorts numbers in ascending order natively, without a comparison callback.
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const mean = round(sum / sorted.length);
  if (sorted.length < minForQuartiles) return { mean };
  const list = Array.from(sorted);
  return {
    mean,
    median: round(quantileSorted(list, 0.5) ?? mean),
    q1: round(quantileSorted(list, 0.25) ?? mean),
    q3: round(quantileSorted(list, 0.75) ?? mean),
  };
}
