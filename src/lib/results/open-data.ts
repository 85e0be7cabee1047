import type { Localized } from '../content/schemas/index.ts';
import type { Figure, PublishedResults } from './publish.ts';

/** One row of the open data: a published figure with locale-neutral ids and a label per locale. */
export interface OpenDataRow {
  /** The edition whose pilots the figure comes from; only in a tree that declares editions. */
  edition?: string;
  scope: string;
  id: string;
  kind: string;
  labels: Localized;
  n: number | null;
  missing: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Pilots per band, in the panel's order, where the page shows the distribution. */
  bands: number[] | null;
  /** Means of the fine-tuned dimensions and how many pilots scored fine-tuned, where shown. */
  dimensions: { n: number; means: Record<string, number> } | null;
  /** True when the figure is hidden; a hidden row carries no other value. */
  hidden: boolean;
}

export interface OpenDataLabels {
  criterion: (code: string) => Localized;
  kind: (kind: string) => Localized;
  group: (field: string, id: string) => Localized;
}

/** The columns of the CSV, in order; the data page describes each one. */
export const OPEN_DATA_COLUMNS = [
  'scope',
  'id',
  'kind',
  'label',
  'n',
  'missing',
  'mean',
  'median',
  'q1',
  'q3',
  'bands',
  'dimensions',
  'hidden',
] as const;

function row(
  scope: string,
  id: string,
  kind: string,
  labels: Localized,
  figure: Figure | undefined,
  breakdownRow = false,
): OpenDataRow {
  const value = (v: number | undefined) => (v === undefined ? null : v);
  const shown = figure && !figure.hidden;
  return {
    scope,
    id,
    kind,
    labels,
    // Breakdown rows show a mean per kind and nothing else; their group size is the `pilots` row.
    n: shown && !breakdownRow ? value(figure.n) : null,
    missing: shown && !breakdownRow ? value(figure.missing) : null,
    mean: shown ? value(figure.mean) : null,
    median: shown ? value(figure.median) : null,
    q1: shown ? value(figure.q1) : null,
    q3: shown ? value(figure.q3) : null,
    bands: shown ? (figure.bands ?? null) : null,
    dimensions: shown ? (figure.dimensions ?? null) : null,
    hidden: !shown,
  };
}

/**
 * The published results as open data rows: exactly what the pages show, never more. A group
 * merged into "other" keeps the id `_other`; the values merged into it are not named.
 */
export function openDataRows(
  results: PublishedResults,
  kinds: Record<string, string>,
  labels: OpenDataLabels,
): OpenDataRow[] {
  if (!results.published) return [];
  return [
    ...Object.entries(results.criteria).map(([code, figure]) =>
      row('criterion', code, kinds[code] ?? '', labels.criterion(code), figure),
    ),
    ...Object.entries(results.kinds).map(([kind, figure]) =>
      row('kind', kind, kind, labels.kind(kind), figure),
    ),
    ...results.breakdowns.flatMap((breakdown) =>
      breakdown.rows.flatMap((group) =>
        Object.entries(group.values).map(([kind, figure]) =>
          row(
            `by-${breakdown.field}`,
            group.id,
            kind,
            labels.group(breakdown.field, group.id),
            figure,
            true,
          ),
        ),
      ),
    ),
  ];
}

/** Band counts as `2;3;4`, dimension means as `plan=40;do=35`, hidden as `yes`. */
const csvValue = (value: OpenDataRow[keyof OpenDataRow]): string | number | null => {
  if (value === undefined) return null;
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'yes' : '';
  if (Array.isArray(value)) return value.join(';');
  if ('means' in value)
    return Object.entries(value.means)
      .map(([d, m]) => `${d}=${m}`)
      .join(';');
  return null;
};

/**
 * One CSV cell. Text that a spreadsheet would read as a formula (starting with = + - @, a tab or
 * a carriage return) gets a leading apostrophe, so it shows as the text it is and never runs.
 * Numbers are written as they are.
 */
export const csvCell = (value: string | number | null) => {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Byte order mark: tells spreadsheet software the file is UTF-8, so ā, č, ē … open right. */
export const CSV_BOM = '\uFEFF';

/** How the CSV is written, stated once: toCsv writes it so and the data page says so. */
export const CSV_FORMAT = { separator: ',', bom: true } as const;

/** The columns of the open data: first `edition` when the tree declares editions. */
export function openDataColumns(editions: boolean) {
  return editions ? (['edition', ...OPEN_DATA_COLUMNS] as const) : OPEN_DATA_COLUMNS;
}

/**
 * The rows as CSV (RFC 4180, UTF-8 with a byte order mark), one label column per locale
 * (`label_lv`, `label_en`, …), and first an `edition` column when the tree declares editions.
 */
export function toCsv(
  rows: readonly OpenDataRow[],
  locales: readonly string[],
  editions = false,
): string {
  const columns = openDataColumns(editions);
  const header = columns.flatMap((c) => (c === 'label' ? locales.map((l) => `label_${l}`) : [c]));
  const lines = rows.map((r) =>
    columns
      .flatMap((c) =>
        c === 'label'
          ? locales.map((l) => csvCell(r.labels[l] ?? ''))
          : [csvCell(c === 'edition' ? (r.edition ?? null) : csvValue(r[c]))],
      )
      .join(CSV_FORMAT.separator),
  );
  const bom = CSV_FORMAT.bom ? CSV_BOM : '';
  return `${bom}${[header.join(CSV_FORMAT.separator), ...lines].join('\r\n')}\r\n`;
}
