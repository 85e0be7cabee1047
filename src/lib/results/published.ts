/**
 * What publishing the pilots' results takes and gives: the shapes pages, charts, downloads and
 * `npm run release` read. The computation is publish.ts.
 */
import type { Kind, Localized, Panel, Pilot } from '../content/schemas/index.ts';
import type { QuasiIdentifier } from '../content/schemas/taxonomies.ts';
import type { Statistic } from '../anonymity/audit.ts';
import type { Release } from '../anonymity/release.ts';
import type { CodeInfo } from './pilot-scores.ts';
import type { Summary } from './statistics.ts';

/** One published figure: a criterion, a kind, or a group of a breakdown. */
export interface Figure extends Partial<Summary> {
  /** Pilots that assessed it; absent when the figure is hidden. */
  n?: number;
  /** Pilots that did not assess it (null or absent, never counted as 0); absent when hidden. */
  missing?: number;
  /** Pilots per band of the panel, in the panel's order (criteria only, where safe). */
  bands?: number[];
  /** Means of the fine-tuned dimensions, over the pilots that scored them fine-tuned. */
  dimensions?: { n: number; means: Record<string, number> };
  /**
   * Set when the figure is not shown. A hidden figure carries nothing else — no count, no reason —
   * so hidden figures all look alike and none says anything about its pilots.
   */
  hidden?: true;
}

/** A table of one quasi-identifier: a row per (generalised) value, a column per kind, and the total. */
export interface Breakdown {
  field: QuasiIdentifier;
  rows: Array<{ id: string; n: number; values: Partial<Record<Kind, Figure>> }>;
}

/** What the disclosure audit did in this build. */
export interface AuditReport {
  /** Wall-clock seconds of the whole audit, and of the LP solves in it. */
  seconds: number;
  solverSeconds: number;
  solves: number;
  /** Protected quantities (pilot × score) audited, and how many no cheaper proof covered. */
  quantities: number;
  solved: number;
  rounds: number;
  /** Figures the audit hid (ids such as `code:2`, `region:_other:enabler`, `dims:1.1`). */
  hidden: string[];
  /** Figures hidden by a primary rule whose feasibility interval was audited, and how many needed the whole-model LP. */
  hiddenCells: number;
  hiddenCellsSolved: number;
  /** Quantities (and hidden figures) that earlier releases alone narrow: nothing in this release can fix them. */
  exposedByEarlier: number;
  /** Recorded earlier releases the audit counted as known. */
  releases: number;
}

/** Everything about the pilots that may be published: the only input of pages, charts and downloads. */
export interface PublishedResults {
  k: number;
  /** Pilots in the tree; results are published only when there are at least k. */
  pilotCount: number;
  published: boolean;
  criteria: Record<string, Figure>;
  kinds: Partial<Record<Kind, Figure>>;
  breakdowns: Breakdown[];
  /** Strengths and areas for improvement per top-level criterion, as bare texts in a fixed order. */
  notes: Record<'strengths' | 'improvements', Record<string, Localized[]>>;
  /** Every published mean with the pilots it is over: what `npm run release` records. */
  statistics: Statistic[];
  audit?: AuditReport;
}

export interface ResultsInput {
  pilots: readonly Pilot[];
  codes: readonly CodeInfo[];
  panels: readonly Panel[];
  k: number;
  defaultLocale: string;
  /** The narrowest interval an attacker may pin a pilot's score to (site.json). */
  protectionWidth?: number;
  /** Quartiles and medians need at least this many values (site.json). */
  minForQuartiles?: number;
  /** Releases recorded in the tree, known to every attacker. */
  releases?: readonly Release[];
  /** Off only where a test shows what the audit prevents. */
  audit?: boolean;
  /**
   * The protection of hidden figures (#24): figures over the same pilots share one fate, and the
   * audit checks every figure a rule hid. Off only where a test shows what it prevents.
   */
  hiddenCells?: boolean;
}
