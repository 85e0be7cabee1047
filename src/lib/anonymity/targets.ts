/**
 * The names of what is published about pilots, typed. A target is what a published mean is the
 * mean of (a criterion's score, a kind's, one fine-tuned dimension of a sub-criterion); a figure
 * id names a published figure (a criterion, a kind, a leaf's set of dimension means, a breakdown
 * cell), so the audit can say which figure to hide. A column is one unknown of the attacker's
 * model: a pilot's classical score of a leaf, or one of its dimensions.
 *
 * Each has one string spelling, written here and nowhere else: it is what statistics, releases.json
 * and the audit report record, so it never changes (`code:1.1`, `kind:enabler`, `dim:1.1:plan`;
 * figures `code:1.1`, `kind:enabler`, `dims:1.1`, `region:kurzeme:enabler`; columns `1.1`,
 * `1.1:plan`). Codes, kinds, dimension ids and breakdown fields hold no colon.
 */

/** What a published mean is the mean of. */
export type Target =
  | { of: 'code'; code: string }
  | { of: 'kind'; kind: string }
  | { of: 'dimension'; code: string; dimension: string };

/** A published figure. */
export type FigureId =
  | { of: 'code'; code: string }
  | { of: 'kind'; kind: string }
  /** The dimension means of a fine-tuned leaf, shown and hidden together. */
  | { of: 'dimensions'; code: string }
  /** A cell of a breakdown: one group of a quasi-identifier, one kind. */
  | { of: 'group'; field: string; group: string; kind: string };

/** One unknown of the attacker's model: a leaf's classical score, or one of its dimensions. */
export interface Column {
  code: string;
  dimension?: string | undefined;
}

/** Splits at the first colon; undefined when there is none. */
function head(name: string): [string, string] | undefined {
  const at = name.indexOf(':');
  return at < 0 ? undefined : [name.slice(0, at), name.slice(at + 1)];
}

/** The string a column is known by in a pilot's values and in the attacker's model. */
export function encodeColumn(column: Column): string {
  return column.dimension === undefined ? column.code : `${column.code}:${column.dimension}`;
}

export function parseColumn(name: string): Column {
  const parts = head(name);
  return parts ? { code: parts[0], dimension: parts[1] } : { code: name };
}

/** The string a target is recorded as. */
export function encodeTarget(target: Target): string {
  switch (target.of) {
    case 'code':
      return `code:${target.code}`;
    case 'kind':
      return `kind:${target.kind}`;
    case 'dimension':
      return `dim:${encodeColumn(target)}`;
  }
}

/** A recorded target read back; undefined for a string no target is spelt as. */
export function parseTarget(name: string): Target | undefined {
  const parts = head(name);
  if (!parts) return undefined;
  const [scope, rest] = parts;
  if (scope === 'code') return { of: 'code', code: rest };
  if (scope === 'kind') return { of: 'kind', kind: rest };
  if (scope !== 'dim') return undefined;
  const { code, dimension } = parseColumn(rest);
  return dimension === undefined ? undefined : { of: 'dimension', code, dimension };
}

/** The string a figure is known by in statistics and in the audit report. */
export function encodeFigureId(figure: FigureId): string {
  switch (figure.of) {
    case 'code':
      return `code:${figure.code}`;
    case 'kind':
      return `kind:${figure.kind}`;
    case 'dimensions':
      return `dims:${figure.code}`;
    case 'group':
      return `${figure.field}:${figure.group}:${figure.kind}`;
  }
}

/** A figure id read back; undefined for a string no figure is spelt as. */
export function parseFigureId(id: string): FigureId | undefined {
  const parts = head(id);
  if (!parts) return undefined;
  const [scope, rest] = parts;
  if (scope === 'code') return { of: 'code', code: rest };
  if (scope === 'kind') return { of: 'kind', kind: rest };
  if (scope === 'dims') return { of: 'dimensions', code: rest };
  // A breakdown cell: the group id between the field and the kind.
  const last = rest.lastIndexOf(':');
  if (last < 0) return undefined;
  return { of: 'group', field: scope, group: rest.slice(0, last), kind: rest.slice(last + 1) };
}
