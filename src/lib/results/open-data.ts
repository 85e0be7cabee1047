import type { Localized } from '../content/schemas/index.ts';
import type { Figure, PublishedResults } from './publish.ts';

/** One row of the open data: a published figure with locale-neutral ids and a label per locale. */
export interface OpenDataRow {
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
  hidden: string | null;
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
  'hidden',
] as const;

function row(
  scope: string,
  id: string,
  kind: string,
  labels: Localized,
  figure: Figure | undefined,
): OpenDataRow {
  const value = (v: number | undefined) => (v === undefined ? null : v);
  return {
    scope,
    id,
    kind,
    labels,
    n: value(figure?.n),
    missing: value(figure?.missing),
    mean: value(figure?.mean),
    median: value(figure?.median),
    q1: value(figure?.q1),
    q3: value(figure?.q3),
    hidden: figure?.hidden ?? null,
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
          ),
        ),
      ),
    ),
  ];
}

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

/**
 * The rows as CSV (RFC 4180, UTF-8 with a byte order mark), one label column per locale
 * (`label_lv`, `label_en`, …).
 */
export function toCsv(rows: readonly OpenDataRow[], locales: readonly string[]): string {
  const header = OPEN_DATA_COLUMNS.flatMap((c) =>
    c === 'label' ? locales.map((l) => `label_${l}`) : [c],
  );
  const lines = rows.map((r) =>
    OPEN_DATA_COLUMNS.flatMap((c) =>
      c === 'label' ? locales.map((l) => csvCell(r.labels[l] ?? '')) : [csvCell(r[c])],
    ).join(','),
  );
  return `${CSV_BOM}${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
