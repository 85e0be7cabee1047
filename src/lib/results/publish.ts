import { compareCodes, isTopLevel, leafCodes, parentCode, rootCode } from '../content/codes.ts';
import type { Kind, Localized, Panel, Pilot } from '../content/schemas/index.ts';
import { QUASI_IDENTIFIERS, type QuasiIdentifier } from '../content/schemas/taxonomies.ts';
import { isHomogeneous } from '../anonymity/diversity.ts';
import { generalise } from '../anonymity/generalise.ts';
import { complementarySuppression, type Cell } from '../anonymity/suppress.ts';
import { pilotScores, type CodeInfo, type PilotScores } from './pilot-scores.ts';
import { bandIndex, meanOf } from './scores.ts';
import { round, summarize, type Summary } from './statistics.ts';

/** Why a figure is not shown. */
export type HiddenReason = 'small-group' | 'no-diversity' | 'complementary';

/** One published figure: a criterion, a kind, or a group of a breakdown. */
export interface Figure extends Partial<Summary> {
  /** Pilots that assessed it; absent when fewer than k did (then `missing` is absent too). */
  n?: number;
  /** Pilots that did not assess it (null or absent, never counted as 0). */
  missing?: number;
  /** Pilots per band of the panel, in the panel's order. */
  bands?: number[];
  /** Means of the fine-tuned dimensions, over the pilots that scored them fine-tuned. */
  dimensions?: { n: number; means: Record<string, number> };
  hidden?: HiddenReason;
}

/** A table of one quasi-identifier: a row per (generalised) value, a column per kind, and the total. */
export interface Breakdown {
  field: QuasiIdentifier;
  rows: Array<{ id: string; n: number; values: Partial<Record<Kind, Figure>> }>;
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
}

export interface ResultsInput {
  pilots: readonly Pilot[];
  codes: readonly CodeInfo[];
  panels: readonly Panel[];
  k: number;
  defaultLocale: string;
}

const cellId = {
  code: (code: string) => `code:${code}`,
  kind: (kind: Kind) => `kind:${kind}`,
  group: (field: string, id: string, kind: Kind) => `${field}:${id}:${kind}`,
};

/**
 * Aggregates the pilots and applies every anonymity rule in one place: groups under k hidden,
 * rare quasi-identifier values merged into "other", groups without diversity hidden, and
 * complementary suppression across every line of figures that sum up.
 */
export function publishResults(input: ResultsInput): PublishedResults {
  const { pilots, codes, panels, k } = input;
  const leaves = leafCodes(codes.map((c) => c.code));
  const kindOf = new Map(codes.map((c) => [c.code, c.kind]));
  const panelOf = (kind: Kind | undefined) => panels.find((p) => p.appliesTo === kind);
  const scores = pilots.map((pilot) => pilotScores(pilot, codes, leaves));
  const published = pilots.length >= k;
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
    };
  }

  const figures = new Map<string, Figure>();
  const cells: Cell[] = [];
  const lines: string[][] = [];
  const add = (id: string, figure: Figure, rank = 0) => {
    figures.set(id, figure);
    cells.push({ id, n: figure.n ?? 0, rank });
  };

  const kinds = [...new Set(codes.map((c) => c.kind))];
  for (const { code, kind } of codes) {
    const values = scores.flatMap((s) => (s.byCode.has(code) ? [s.byCode.get(code) ?? 0] : []));
    const figure = describe(values, scores.length, panelOf(kind), k);
    const dimensions =
      leaves.has(code) && !figure.hidden ? dimensionMeans(pilots, code, k) : undefined;
    if (dimensions) figure.dimensions = dimensions;
    // A sub-criterion is hidden before its criterion, so a suppression does not climb the tree.
    add(cellId.code(code), figure, leaves.has(code) ? 0 : 1);
    const children = codes
      .filter((c) => parentCode(c.code) === code)
      .map((c) => cellId.code(c.code));
    if (children.length > 0) lines.push([cellId.code(code), ...children]);
  }
  for (const kind of kinds) {
    const values = scores.flatMap((s) => (s.byKind.has(kind) ? [s.byKind.get(kind) ?? 0] : []));
    add(cellId.kind(kind), describe(values, scores.length, panelOf(kind), k), 2);
    lines.push([
      cellId.kind(kind),
      ...codes.filter((c) => isTopLevel(c.code) && c.kind === kind).map((c) => cellId.code(c.code)),
    ]);
  }
  const breakdowns = QUASI_IDENTIFIERS.map(({ field }) =>
    breakdown(field, scores, kinds, panelOf, k, add, lines),
  );

  // One suppression over every figure, so a value hidden in one table cannot be recovered from another.
  const primary = [...figures].filter(([, f]) => f.hidden).map(([id]) => id);
  for (const id of complementarySuppression(cells, lines, primary)) {
    const figure = figures.get(id);
    if (figure && !figure.hidden) figures.set(id, hide(figure, 'complementary'));
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
  };
}

/** The figure for a set of pilot scores out of `total` pilots, hidden where the rules say so. */
function describe(values: number[], total: number, panel: Panel | undefined, k: number): Figure {
  if (values.length < k) return { hidden: 'small-group' };
  const bandOf = (value: number) => (panel ? bandIndex(value, panel.bands) : 0);
  const base = { n: values.length, missing: total - values.length };
  if (panel && isHomogeneous(values, bandOf)) return { ...base, hidden: 'no-diversity' };
  const bands = panel
    ? panel.bands.map((_, index) => values.filter((v) => bandOf(v) === index).length)
    : undefined;
  return { ...base, ...summarize(values), ...(bands ? { bands } : {}) };
}

function hide(figure: Figure, reason: HiddenReason): Figure {
  return {
    ...(figure.n !== undefined ? { n: figure.n, missing: figure.missing ?? 0 } : {}),
    hidden: reason,
  };
}

/** Dimension means of a leaf over the pilots that scored it fine-tuned, when at least k did. */
function dimensionMeans(pilots: readonly Pilot[], code: string, k: number): Figure['dimensions'] {
  const parts = pilots.flatMap((p) => {
    const value = p.scores[code];
    return value !== null && typeof value === 'object' ? [value] : [];
  });
  if (parts.length < k) return undefined;
  const ids = Object.keys(parts[0] ?? {});
  return {
    n: parts.length,
    means: Object.fromEntries(
      ids.map((id) => [id, round(meanOf(parts.map((p) => p[id] ?? 0)) ?? 0)]),
    ),
  };
}

function breakdown(
  field: QuasiIdentifier,
  scores: readonly PilotScores[],
  kinds: readonly Kind[],
  panelOf: (kind: Kind) => Panel | undefined,
  k: number,
  add: (id: string, figure: Figure, rank?: number) => void,
  lines: string[][],
): { field: QuasiIdentifier; rows: Array<{ id: string; n: number }> } {
  const groups = generalise(scores, (s) => s.pilot[field], k);
  for (const kind of kinds) {
    for (const group of groups) {
      const values = group.members.flatMap((s) =>
        s.byKind.has(kind) ? [s.byKind.get(kind) ?? 0] : [],
      );
      add(
        cellId.group(field, group.id, kind),
        describe(values, group.members.length, panelOf(kind), k),
      );
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
  for (const pilot of pilots) {
    for (const note of pilot[list]) {
      if (!kindOf.has(note.criterion)) continue;
      const root = rootCode(note.criterion);
      const texts = byRoot.get(root) ?? new Map<string, Localized>();
      texts.set(note.text[defaultLocale] ?? JSON.stringify(note.text), note.text);
      byRoot.set(root, texts);
    }
  }
  return Object.fromEntries(
    [...byRoot]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([root, texts]) => [
        root,
        [...texts].sort(([a], [b]) => a.localeCompare(b, defaultLocale)).map(([, t]) => t),
      ]),
  );
}
