/**
 * How the figures are protected, as a statistical office publishes it beside its tables: the
 * rules in numbers (k, the protection width, the bands, the releases the audit remembers) and
 * how many figures of this release are hidden. Never which figure is hidden for which reason:
 * hidden figures look alike on purpose.
 */
import type { PublishedResults } from './publish.ts';

export interface Protection {
  /** No figure rests on fewer than this many pilots, nor on a group whose pilots all fall in one band. */
  minGroupSize: number;
  /** No pilot's score and no hidden figure can be narrowed below this many points, or to one band. */
  protectionWidth: number;
  /** The audit solves what a reader can work out from every published figure and recorded release. */
  audited: boolean;
  /** Hidden figures carry no value, count or reason, so that they all look alike. */
  hiddenFiguresLookAlike: true;
  /** Figures of this release that are hidden (criteria, kinds and the groups of every table). */
  hiddenFigures: number;
  /** Recorded earlier releases the audit takes as known to every reader. */
  recordedReleases: number;
}

/** The protection facts of published results: one edition's, or every edition's together. */
export function protectionOf(
  all: readonly PublishedResults[],
  protectionWidth: number,
): Protection {
  const figures = all.flatMap((r) => [
    ...Object.values(r.criteria),
    ...Object.values(r.kinds),
    ...r.breakdowns.flatMap((b) => b.rows.flatMap((row) => Object.values(row.values))),
  ]);
  return {
    minGroupSize: all[0]?.k ?? 0,
    protectionWidth,
    audited: all.some((r) => r.audit !== undefined),
    hiddenFiguresLookAlike: true,
    hiddenFigures: figures.filter((f) => f?.hidden).length,
    recordedReleases: all.reduce((sum, r) => sum + (r.audit?.releases ?? 0), 0),
  };
}
