import type { Band } from './schemas/panel.ts';
import type { ScoreValue } from './schemas/pilot.ts';

/** The score of a sub-criterion: a classical score as it is, a fine-tuned one as the mean of its dimensions; missing stays missing. */
export function scoreOf(value: ScoreValue | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const parts = Object.values(value);
  return parts.length === 0 ? undefined : parts.reduce((sum, part) => sum + part, 0) / parts.length;
}

/** The index of the band a score falls in; a fine-tuned mean such as 10.5 belongs to the band above 10. */
const orderedBands = new WeakMap<readonly Band[], Array<{ band: Band; index: number }>>();

export function bandIndex(score: number, bands: readonly Band[]): number {
  // A panel's bands are sorted once, not for every score.
  let ordered = orderedBands.get(bands);
  if (!ordered) {
    ordered = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
    orderedBands.set(bands, ordered);
  }
  for (const { band, index } of ordered) if (score <= band.max) return index;
  return ordered[ordered.length - 1]?.index ?? 0;
}

/** The mean of some numbers, or undefined for none. */
export function meanOf(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, v) => sum + v, 0) / values.length;
}
