import { compareCodes, isTopLevel, leafCodes, parentCode } from '../content/codes.ts';
import { panelFor } from '../content/methodology.ts';
import { publishes } from '../content/editions.ts';

export { publishes };
import type { Kind } from '../content/schemas/index.ts';
import { QUASI_IDENTIFIERS } from '../content/schemas/taxonomies.ts';
import { complementarySuppression, type Cell } from '../anonymity/suppress.ts';
import type { Statistic } from '../anonymity/audit.ts';
import { bandCountsProtect } from '../anonymity/band-counts.ts';
import type { HiddenCell } from '../anonymity/hidden-cells.ts';
import { sameFate } from '../anonymity/same-fate.ts';
import { encodeTarget, parseFigureId } from '../anonymity/targets.ts';
import { auditUntilSafe } from './audit-rounds.ts';
import {
  breakdown,
  cellId,
  describe,
  dimensionMeans,
  hiddenDimensions,
  notesByCriterion,
} from './figures.ts';
import { scoreTable, assessedIn } from './pilot-scores.ts';
import type { AuditReport, Figure, PublishedResults, ResultsInput } from './published.ts';
import { MIN_FOR_QUARTILES } from './statistics.ts';

export type {
  AuditReport,
  Breakdown,
  Figure,
  PublishedResults,
  ResultsInput,
} from './published.ts';

export const DEFAULT_PROTECTION_WIDTH = 10;

/** One line for the build output: what the audit checked, how long it took, what it hid. */
export function auditSummary(report: AuditReport): string {
  const hid = report.hidden.length === 0 ? 'hid nothing' : `hid ${report.hidden.join(', ')}`;
  return `[anonymity] disclosure audit: ${report.quantities} protected scores, ${report.solved} needed the whole-model LP, ${report.hiddenCells} hidden figures' intervals, ${report.hiddenCellsSolved} by the whole-model LP (${report.solves} HiGHS solves in all, ${report.solverSeconds.toFixed(2)} s), ${report.rounds} round${report.rounds === 1 ? '' : 's'}, ${report.seconds.toFixed(2)} s in all; ${hid}`;
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
