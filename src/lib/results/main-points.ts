import type { Kind } from '../content/schemas/index.ts';
import type { PublishedResults } from './publish.ts';

/** What the results index says first: the strongest and weakest criterion and the kinds' means. */
export interface MainPoints {
  highest?: { code: string; mean: number };
  lowest?: { code: string; mean: number };
  kinds: Array<{ kind: Kind; mean: number }>;
}

/**
 * The main points of the published results, from published figures only (a hidden mean is
 * never a main point). Ties go to the earlier criterion, so the text is stable between builds.
 */
export function mainPoints(
  results: PublishedResults,
  criteria: readonly string[],
  kinds: readonly Kind[],
): MainPoints {
  const means = criteria.flatMap((code) => {
    const mean = results.criteria[code]?.mean;
    return mean === undefined || results.criteria[code]?.hidden ? [] : [{ code, mean }];
  });
  const highest = means.reduce<(typeof means)[number] | undefined>(
    (best, m) => (!best || m.mean > best.mean ? m : best),
    undefined,
  );
  const lowest = means.reduce<(typeof means)[number] | undefined>(
    (worst, m) => (!worst || m.mean < worst.mean ? m : worst),
    undefined,
  );
  return {
    ...(highest && means.length > 1 ? { highest } : {}),
    ...(lowest && means.length > 1 ? { lowest } : {}),
    kinds: kinds.flatMap((kind) => {
      const mean = results.kinds[kind]?.mean;
      return mean === undefined || results.kinds[kind]?.hidden ? [] : [{ kind, mean }];
    }),
  };
}
