import { compareCodes, isTopLevel, leafCodes, parentCode, rootCode } from '../content/codes.ts';
import { panelFor } from '../content/methodology.ts';
import { publishes } from '../content/editions.ts';

export { publishes };
import type { Kind, Localized, Panel, Pilot } from '../content/schemas/index.ts';
import { QUASI_IDENTIFIERS, type QuasiIdentifier } from '../content/schemas/taxonomies.ts';
import { isHomogeneous } from '../anonymity/diversity.ts';
import { generalise } from '../anonymity/generalise.ts';
import { complementarySuppression, type Cell } from '../anonymity/suppress.ts';
import { audit, type Statistic } from '../anonymity/audit.ts';
import { bandCountsProtect } from '../anonymity/band-counts.ts';
import { auditHiddenCells, type HiddenCell } from '../anonymity/hidden-cells.ts';
import { sameFate } from '../anonymity/same-fate.ts';
import { encodeFigureId, encodeTarget, parseFigureId, parseTarget } from '../anonymity/targets.ts';
import {
  fingerprint,
  recorded,
  shapeOf,
  subjectKey,
  valuesOf,
  type Release,
} from '../anonymity/release.ts';
import { assessedIn, scoreTable, type CodeInfo, type ScoreTable } from './pilot-scores.ts';
import { bandIndex, meanOf } from './scores.ts';
import { MIN_FOR_QUARTILES, round, summarize, type Summary } from './statistics.ts';

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

export const DEFAULT_PROTECTION_WIDTH = 10;

/** One line for the build output: what the audit checked, how long it took, what it hid. */
export function auditSummary(report: AuditReport): string {
  const hid = report.hidden.length === 0 ? 'hid nothing' : `hid ${report.hidden.join(', ')}`;
  return `[anonymity] disclosure audit: ${report.quantities} protected scores, ${report.solved} needed the whole-model LP, ${report.hiddenCells} hidden figures' intervals, ${report.hiddenCellsSolved} by the whole-model LP (${report.solves} HiGHS solves in all, ${report.solverSeconds.toFixed(2)} s), ${report.rounds} round${report.rounds === 1 ? '' : 's'}, ${report.seconds.toFixed(2)} s in all; ${hid}`;
}

const cellId = {
  code: (code: string) => encodeFigureId({ of: 'code', code }),
  kind: (kind: Kind) => encodeFigureId({ of: 'kind', kind }),
  group: (field: string, group: string, kind: Kind) =>
    encodeFigureId({ of: 'group', field, group, kind }),
  dimensions: (code: string) => encodeFigureId({ of: 'dimensions', code }),
};

/** Lower ranks are hidden first: the least informative figures. */
function informativeness(id: string, leaves: ReadonlySet<string>): number {
  const figure = parseFigureId(id);
  if (figure?.of === 'dimensions') return 0;
  if (figure?.of === 'kind') return 4;
  if (figure?.of === 'code') return leaves.has(figure.code) ? 2 : 3;
  return 1;
}

/** The figure whose pilot count stands for a figure: a leaf's for its dimension means. */
function countedAs(id: string): string {
  const figure = parseFigureId(id);
  return figure?.of === 'dimensions' ? cellId.code(figure.code) : id;
}

/**
 * Aggregates the pilots and applies every anonymity rule in one place: groups under k hidden,
 * rare quasi-identifier values merged into "other", groups without diversity hidden,
 * complementary suppression across every line of figures that sum up, and then the disclosure
 * audit, which hides more until no pilot's score can be narrowed below the protection width.
 */
export async function publishResults(input: ResultsInput): Promise<PublishedResults> {
  const { pilots, codes, panels, k } = input;
  const width = input.protectionWidth ?? DEFAULT_PROTECTION_WIDTH;
  const minForQuartiles = Math.max(MIN_FOR_QUARTILES, input.minForQuartiles ?? MIN_FOR_QUARTILES);
  const leaves = leafCodes(codes.map((c) => c.code));
  const kindOf = new Map(codes.map((c) => [c.code, c.kind]));
  const panelOf = (kind: Kind | undefined) => panelFor(panels, kind);
  const published = publishes(pilots.length, k);
  const empty = { strengths: {}, improvements: {} };
  if (!published) {
    return {
      k,
      pilotCount: pilots.length,
      published,
      criteria: {},
      kinds: {},
      breakdowns: [],
      notes: empty,
      statistics: [],
    };
  }

  const table = scoreTable(pilots, codes, leaves);
  const pilotIds = pilots.map((p) => p.id);
  const figures = new Map<string, Figure>();
  /** The pilots each figure's mean is over, and what it is the mean of. */
  const over = new Map<string, { members: string[]; target: string }>();
  const cells: Cell[] = [];
  const lines: string[][] = [];
  /** The figures a primary rule hid: their intervals are audited. */
  const primaryCells: HiddenCell[] = [];
  const add = (id: string, figure: Figure, members: string[], target: string, rank = 0) => {
    figures.set(id, figure);
    over.set(id, { members, target });
    cells.push({ id, n: figure.n ?? 0, rank });
    if (figure.hidden && members.length > 0) primaryCells.push({ figure: id, target, members });
  };
  const ids = (at: readonly number[]) => at.map((i) => pilotIds[i] ?? '');
  /** The pilots behind each published set of dimension means, by code. */
  const fineTuned = new Map<string, string[]>();

  const kinds = [...new Set(codes.map((c) => c.kind))];
  for (const { code, kind } of codes) {
    const { at, values } = assessedIn(table.byCode.get(code));
    const panel = panelOf(kind);
    const figure = describe(values, pilots.length, panel, k, minForQuartiles);
    if (figure.bands && panel && !bandCountsProtect(values, panel.bands, figure.mean ?? 0, width))
      delete figure.bands;
    const dimensions =
      leaves.has(code) && !figure.hidden ? dimensionMeans(table, code, k, panel) : undefined;
    if (dimensions) {
      figure.dimensions = dimensions.figure;
      fineTuned.set(code, dimensions.members);
    } else if (leaves.has(code)) primaryCells.push(...hiddenDimensions(table, code, pilotIds));
    // A sub-criterion is hidden before its criterion, so a suppression does not climb the tree.
    add(
      cellId.code(code),
      figure,
      ids(at),
      encodeTarget({ of: 'code', code }),
      leaves.has(code) ? 0 : 1,
    );
    const children = codes
      .filter((c) => parentCode(c.code) === code)
      .map((c) => cellId.code(c.code));
    if (children.length > 0) lines.push([cellId.code(code), ...children]);
  }
  for (const kind of kinds) {
    const { at, values } = assessedIn(table.byKind.get(kind));
    const figure = describe(values, pilots.length, panelOf(kind), k, minForQuartiles);
    delete figure.bands;
    add(cellId.kind(kind), figure, ids(at), encodeTarget({ of: 'kind', kind }), 2);
    lines.push([
      cellId.kind(kind),
      ...codes.filter((c) => isTopLevel(c.code) && c.kind === kind).map((c) => cellId.code(c.code)),
    ]);
  }
  const breakdowns = QUASI_IDENTIFIERS.map(({ field }) =>
    breakdown(field, table, ids, kinds, panelOf, k, add, lines),
  );

  // One suppression over every figure, so a value hidden in one table cannot be recovered from another.
  // Figures over the same pilots of the same target (two groupings that coincide) are one figure:
  // both shown or both hidden, or the one shown gives the other away.
  const twins =
    input.hiddenCells === false
      ? (hidden: Set<string>) => hidden
      : sameFate([...over].map(([id, { target, members }]) => ({ id, target, members })));
  const suppress = () => {
    let primary = [...figures].filter(([, f]) => f.hidden).map(([id]) => id);
    for (;;) {
      const hidden = twins(complementarySuppression(cells, lines, primary));
      if (hidden.size === primary.length) break;
      primary = [...hidden];
    }
    for (const id of primary) {
      const figure = figures.get(id);
      if (figure && !figure.hidden) figures.set(id, { hidden: true });
    }
  };
  suppress();

  const statistics = () =>
    [...figures].flatMap(([id, figure]): Statistic[] => {
      const about = over.get(id);
      if (figure.hidden || figure.mean === undefined || !about) return [];
      const own = { figure: id, target: about.target, members: about.members, mean: figure.mean };
      const of = parseFigureId(id);
      // Only a leaf's figure has dimension means.
      const code = of?.of === 'code' ? of.code : '';
      const dims = Object.entries(figure.dimensions?.means ?? {}).map(([dimension, mean]) => ({
        figure: cellId.dimensions(code),
        target: encodeTarget({ of: 'dimension', code, dimension }),
        members: fineTuned.get(code) ?? [],
        mean,
      }));
      return [own, ...dims];
    });

  let report: AuditReport | undefined;
  if (input.audit !== false) {
    report = await auditUntilSafe({
      input,
      width,
      leaves,
      kindOf,
      panelOf,
      figures,
      statistics,
      hideFigure: (id) => {
        const of = parseFigureId(id);
        if (of?.of === 'dimensions') {
          const figure = figures.get(cellId.code(of.code));
          if (figure) delete figure.dimensions;
        } else figures.set(id, { hidden: true });
      },
      suppress,
      primaryCells: input.hiddenCells === false ? [] : primaryCells,
    });
  }

  const criteria = Object.fromEntries(
    [...codes]
      .sort((a, b) => compareCodes(a.code, b.code))
      .map((c) => [c.code, figures.get(cellId.code(c.code)) ?? {}]),
  );
  return {
    k,
    pilotCount: pilots.length,
    published,
    criteria,
    kinds: Object.fromEntries(kinds.map((kind) => [kind, figures.get(cellId.kind(kind)) ?? {}])),
    breakdowns: breakdowns.map((b) => ({
      field: b.field,
      rows: b.rows.map((row) => ({
        ...row,
        values: Object.fromEntries(
          kinds.map((kind) => [kind, figures.get(cellId.group(b.field, row.id, kind)) ?? {}]),
        ),
      })),
    })),
    notes: {
      strengths: notesByCriterion(pilots, 'strengths', kindOf, input.defaultLocale),
      improvements: notesByCriterion(pilots, 'improvements', kindOf, input.defaultLocale),
    },
    statistics: statistics(),
    ...(report ? { audit: report } : {}),
  };
}

/** Audits, hides the least informative figure behind every failure, and audits again until none fails. */
async function auditUntilSafe(context: {
  input: ResultsInput;
  width: number;
  leaves: ReadonlySet<string>;
  kindOf: ReadonlyMap<string, Kind>;
  panelOf: (kind: Kind | undefined) => Panel | undefined;
  figures: ReadonlyMap<string, Figure>;
  statistics: () => Statistic[];
  hideFigure: (id: string) => void;
  suppress: () => void;
  /** Figures hidden by a primary rule, members by pilot id. */
  primaryCells: readonly HiddenCell[];
}): Promise<AuditReport> {
  const { input, leaves, kindOf, panelOf } = context;
  const started = performance.now();
  const earlier = recorded(input.releases ?? []);
  // A pilot is told from its versions in recorded releases by a fingerprint of what it publishes;
  // a pilot no release recorded has no other version, and its id is its key.
  const recordedIds = new Set(earlier.subjects.map((s) => s.key.split('#')[0]));
  const current = input.pilots.map((pilot) => ({
    key: recordedIds.has(pilot.id) ? subjectKey(pilot.id, fingerprint(pilot)) : pilot.id,
    shape: shapeOf(pilot, leaves),
    values: valuesOf(pilot, leaves),
  }));
  const keyOf = new Map(input.pilots.map((p, i) => [p.id, current[i]?.key ?? p.id]));
  const renamed = [...keyOf].some(([id, key]) => id !== key);
  const currentKeys = new Set(current.map((c) => c.key));
  const subjects = [...current, ...earlier.subjects.filter((s) => !currentKeys.has(s.key))];
  const leafKinds = new Map([...leaves].map((leaf) => [leaf, kindOf.get(leaf) ?? '']));
  const bandsOf = (target: string) => {
    const of = parseTarget(target);
    const kind = of?.of === 'kind' ? of.kind : kindOf.get(of?.code ?? '');
    return panelOf(kind as Kind)?.bands;
  };
  const hidden: string[] = [];
  let rounds = 0;
  let solves = 0;
  let solverSeconds = 0;
  let quantities = 0;
  let solved = 0;
  let exposedByEarlier = 0;
  let hiddenCells = 0;
  let hiddenCellsSolved = 0;
  let only: Set<string> | undefined;
  for (;;) {
    rounds += 1;
    const statistics = renamed
      ? context
          .statistics()
          .map((s) => ({ ...s, members: s.members.map((m) => keyOf.get(m) ?? m) }))
      : context.statistics();
    const outcome = await audit({
      subjects,
      statistics,
      earlier: earlier.statistics,
      leafKinds,
      bandsOf,
      width: context.width,
      ...(only ? { only } : {}),
    });
    only = new Set(outcome.failures.map((f) => `${f.subject} ${f.target}`));
    solves += outcome.solves;
    solverSeconds += outcome.seconds;
    if (rounds === 1) {
      quantities = outcome.quantities;
      solved = outcome.solved;
    }
    const rank = (id: string) => informativeness(id, leaves);
    const n = (id: string) => context.figures.get(countedAs(id))?.n ?? 0;
    const toHide = new Set<string>();
    exposedByEarlier = 0;
    for (const failure of outcome.failures) {
      const candidate = [...failure.figures].sort(
        (a, b) => rank(a) - rank(b) || n(a) - n(b) || a.localeCompare(b),
      )[0];
      if (candidate) toHide.add(candidate);
      else exposedByEarlier += 1;
    }
    if (toHide.size === 0) {
      // No pilot's score is narrowed: now no hidden figure may be recomputed either.
      const cells = await auditHiddenCells({
        subjects,
        statistics,
        earlier: earlier.statistics,
        cells: context.primaryCells.map((c) => ({
          ...c,
          members: c.members.map((m) => keyOf.get(m) ?? m),
        })),
        leafKinds,
        bandsOf,
        width: context.width,
      });
      solves += cells.solves;
      solverSeconds += cells.seconds;
      if (hiddenCells === 0) {
        hiddenCells = cells.cells;
        hiddenCellsSolved = cells.solved;
      }
      const targets = new Map(statistics.map((s) => [s.figure, s.target]));
      for (const exposed of cells.exposed) {
        // Least informative first, among the figures of the same target before the others.
        const related = (id: string) => (targets.get(id) === exposed.target ? 0 : 1);
        const candidate = [...new Set(exposed.figures)].sort(
          (a, b) =>
            related(a) - related(b) || rank(a) - rank(b) || n(a) - n(b) || a.localeCompare(b),
        )[0];
        if (candidate) toHide.add(candidate);
        else exposedByEarlier += 1;
      }
      if (toHide.size === 0) break;
    }
    for (const id of toHide) {
      context.hideFigure(id);
      hidden.push(id);
    }
    context.suppress();
  }
  return {
    seconds: (performance.now() - started) / 1000,
    solverSeconds,
    solves,
    quantities,
    solved,
    rounds,
    hidden: hidden.sort(),
    exposedByEarlier,
    hiddenCells,
    hiddenCellsSolved,
    releases: input.releases?.length ?? 0,
  };
}

/** The figure for a set of pilot scores out of `total` pilots, hidden where the rules say so. */
function describe(
  values: number[],
  total: number,
  panel: Panel | undefined,
  k: number,
  minForQuartiles: number,
  quartiles = true,
): Figure {
  if (values.length < k) return { hidden: true };
  // Each value's band, looked up once for the diversity rule and the counts.
  const inBand = panel ? values.map((value) => bandIndex(value, panel.bands)) : undefined;
  if (inBand && isHomogeneous(inBand, (band) => band)) return { hidden: true };
  let bands: number[] | undefined;
  if (panel && inBand) {
    const counts = panel.bands.map(() => 0);
    for (const band of inBand) counts[band] = (counts[band] ?? 0) + 1;
    bands = counts;
  }
  return {
    n: values.length,
    missing: total - values.length,
    ...summarize(values, quartiles ? minForQuartiles : Number.POSITIVE_INFINITY),
    ...(bands ? { bands } : {}),
  };
}

/**
 * Dimension means of a leaf over the pilots that scored it fine-tuned (`members`): only when at
 * least k did and the pilots scored classically are none or at least k (else the sub-criterion
 * mean less the dimension means gives the few classical scores away), and never when every
 * fine-tuned pilot falls in one band on a dimension.
 */
function dimensionMeans(
  table: ScoreTable,
  code: string,
  k: number,
  panel: Panel | undefined,
): { figure: NonNullable<Figure['dimensions']>; members: string[] } | undefined {
  const { at, parts } = table.fineTuned.get(code) ?? { at: [], parts: [] };
  const classical = table.classical.get(code) ?? 0;
  if (parts.length < k || (classical > 0 && classical < k)) return undefined;
  const ids = Object.keys(parts[0] ?? {});
  const columns = ids.map((id) => parts.map((p) => p[id] ?? 0));
  const bandOf = (value: number) => (panel ? bandIndex(value, panel.bands) : 0);
  if (panel && columns.some((column) => isHomogeneous(column, bandOf))) return undefined;
  return {
    figure: {
      n: parts.length,
      means: Object.fromEntries(ids.map((id, i) => [id, round(meanOf(columns[i] ?? []) ?? 0)])),
    },
    members: at.map((i) => table.pilots[i]?.id ?? ''),
  };
}

/** The dimension means of a leaf that a rule withheld, one hidden cell per dimension. */
function hiddenDimensions(
  table: ScoreTable,
  code: string,
  pilotIds: readonly string[],
): HiddenCell[] {
  const { at, parts } = table.fineTuned.get(code) ?? { at: [], parts: [] };
  const members = at.map((i) => pilotIds[i] ?? '');
  const dimensions = [...new Set(parts.flatMap((p) => Object.keys(p)))];
  return members.length === 0
    ? []
    : dimensions.map((dimension) => ({
        figure: cellId.dimensions(code),
        target: encodeTarget({ of: 'dimension', code, dimension }),
        members,
      }));
}

function breakdown(
  field: QuasiIdentifier,
  table: ScoreTable,
  ids: (at: readonly number[]) => string[],
  kinds: readonly Kind[],
  panelOf: (kind: Kind) => Panel | undefined,
  k: number,
  add: (id: string, figure: Figure, members: string[], target: string, rank?: number) => void,
  lines: string[][],
): { field: QuasiIdentifier; rows: Array<{ id: string; n: number }> } {
  const { pilots } = table;
  const groups = generalise(
    pilots.map((_, i) => i),
    (i) => pilots[i]?.[field] ?? '',
    k,
  );
  for (const kind of kinds) {
    const column = table.byKind.get(kind);
    for (const group of groups) {
      const { at, values } = assessedIn(column, group.members);
      // Breakdown rows show means only: no quartiles, no band counts.
      const figure = describe(values, group.members.length, panelOf(kind), k, 0, false);
      delete figure.bands;
      add(cellId.group(field, group.id, kind), figure, ids(at), encodeTarget({ of: 'kind', kind }));
    }
    // The column sums up to the kind's overall figure, which every reader also sees.
    lines.push([cellId.kind(kind), ...groups.map((g) => cellId.group(field, g.id, kind))]);
  }
  return { field, rows: groups.map((g) => ({ id: g.id, n: g.members.length })) };
}

/** Texts of one kind of note per top-level criterion, deduplicated and sorted: nothing ties a text to a pilot. */
function notesByCriterion(
  pilots: readonly Pilot[],
  list: 'strengths' | 'improvements',
  kindOf: ReadonlyMap<string, Kind>,
  defaultLocale: string,
): Record<string, Localized[]> {
  const byRoot = new Map<string, Map<string, Localized>>();
  const rootOf = new Map<string, string>();
  for (const pilot of pilots) {
    for (const note of pilot[list]) {
      if (!kindOf.has(note.criterion)) continue;
      let root = rootOf.get(note.criterion);
      if (root === undefined) rootOf.set(note.criterion, (root = rootCode(note.criterion)));
      let texts = byRoot.get(root);
      if (!texts) byRoot.set(root, (texts = new Map<string, Localized>()));
      // The same text from a later pilot replaces the earlier one's translations.
      texts.set(note.text[defaultLocale] ?? JSON.stringify(note.text), note.text);
    }
  }
  const collator = new Intl.Collator(defaultLocale);
  return Object.fromEntries(
    [...byRoot]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([root, texts]) => [
        root,
        [...texts].sort(([a], [b]) => collator.compare(a, b)).map(([, t]) => t),
      ]),
  );
}
