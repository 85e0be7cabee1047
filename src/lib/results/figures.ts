/**
 * The figures of the published results, one at a time: a criterion's or a kind's summary, a
 * leaf's dimension means, a breakdown's cells, the notes. Each rule that hides a figure by itself
 * (fewer than k pilots, one band) lives here; what hides figures for others is publish.ts.
 */
import { compareCodes, rootCode } from '../content/codes.ts';
import type { Kind, Localized, Panel, Pilot } from '../content/schemas/index.ts';
import type { QuasiIdentifier } from '../content/schemas/taxonomies.ts';
import { isHomogeneous } from '../anonymity/diversity.ts';
import { generalise } from '../anonymity/generalise.ts';
import type { HiddenCell } from '../anonymity/hidden-cells.ts';
import { encodeFigureId, encodeTarget } from '../anonymity/targets.ts';
import { assessedIn, type ScoreTable } from './pilot-scores.ts';
import type { Figure } from './published.ts';
import { bandIndex, meanOf } from './scores.ts';
import { round, summarize } from './statistics.ts';

/** The id of each kind of figure, as statistics and the audit report name it. */
export const cellId = {
  code: (code: string) => encodeFigureId({ of: 'code', code }),
  kind: (kind: Kind) => encodeFigureId({ of: 'kind', kind }),
  group: (field: string, group: string, kind: Kind) =>
    encodeFigureId({ of: 'group', field, group, kind }),
  dimensions: (code: string) => encodeFigureId({ of: 'dimensions', code }),
};

/** The figure for a set of pilot scores out of `total` pilots, hidden where the rules say so. */
export function describe(
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
export function dimensionMeans(
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
export function hiddenDimensions(
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

/** The cells of one quasi-identifier's table, added to the figures and their summing lines. */
export function breakdown(
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
export function notesByCriterion(
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
