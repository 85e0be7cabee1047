/**
 * What the attacker knows, as the disclosure audit models it: every pilot's scores are unknowns
 * (columns, 0–100), and every published mean is a row — the sum of its members' values of one
 * target lies within the rounding of n × mean.
 *
 * The rows are kept implicit. A row is a target and a set of members; which columns it holds and
 * with what weight follows from each member's shape (a criterion's mean weighs each assessed
 * sub-criterion 1/count, a fine-tuned sub-criterion splits its share over its dimensions). With
 * 20,000 pilots a handful of rows hold millions of terms, so nothing is spelt out unless a linear
 * programme needs it (`explicitRows`).
 */
import { allocateColumns } from './knowledge-columns.ts';
import { meanRows, trueSums } from './knowledge-rows.ts';
import { numberTargets } from './knowledge-targets.ts';
import type { Mean, Subject } from './knowledge-types.ts';
import type { Row, Terms } from './lp.ts';

export { ancestorsOf } from './knowledge-targets.ts';
export type { Mean, Shape, Subject } from './knowledge-types.ts';

/** The rows each column enters, with its coefficient there. */
export interface ColumnRows {
  each(column: number, visit: (row: number, weight: number) => void): void;
}

export interface Knowledge {
  /** Column → its name (`1.1`, `1.1:plan`) and its owner's key. */
  readonly names: readonly string[];
  readonly owners: readonly string[];
  /** Column → true value; NaN for earlier versions of pilots. */
  readonly truth: Float64Array;
  /** Row bounds on the members' sum. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Row → the sum at the true values (NaN when a member's value is unknown). */
  readonly value: Float64Array;
  /** Row → the part of its sum that comes from known values. */
  readonly known: Float64Array;
  readonly byColumn: ColumnRows;
  /** The row of each mean in `current` and in `earlier` (−1: no member has the target). */
  readonly currentRow: Int32Array;
  readonly earlierRow: Int32Array;
  /** Row → its members' keys. */
  members(row: number): string[];
  /** Row → how many members it has. */
  size(row: number): number;
  /** The owner's columns, in order. */
  columnsOf(owner: string): number[];
  find(owner: string, name: string): number | undefined;
  /** A subject's value of a target as a linear expression over its columns, if it has one. */
  expression(owner: string, target: string): Terms | undefined;
  /**
   * The same as a weight per column of `columnsOf(owner)`, written into `into` (zero elsewhere);
   * false if the subject has no value of the target.
   */
  coefficients(owner: string, target: string, into: Float64Array): boolean;
  /** Every row spelt out, for a linear programme. */
  explicitRows(): Row[];
  /**
   * Targets by number: a code or kind below `aggregates` (a mean of the owner's leaves under it),
   * a dimension from `aggregates` on (one column). `targets` is how many numbers there are.
   */
  readonly aggregates: number;
  readonly targets: number;
  targetIndex(target: string): number | undefined;
  /** The targets of its owner a column's value enters, with its weight in each. */
  targetsOfColumn(column: number, visit: (target: number, weight: number) => void): void;
}

/** Builds the attacker's knowledge from the subjects and the published means, current and earlier. */
export function knowledge(input: {
  subjects: readonly Subject[];
  current: readonly Mean[];
  earlier: readonly Mean[];
  leafKinds: ReadonlyMap<string, string>;
  /** Half the last published digit. */
  rounding: number;
}): Knowledge {
  const { subjects } = input;
  const targets = numberTargets(
    subjects.map((subject) => subject.shape),
    input.leafKinds,
  );
  const { aggregates, leafTargets } = targets;
  const indexOf = new Map(subjects.map((s, i) => [s.key, i]));
  const columns = allocateColumns(subjects, targets);
  const rowList = meanRows({ ...input, subjects: subjects.length, indexOf }, targets, columns);
  columns.fix();
  const { names, owners, base, width, counts, columnOf } = columns;
  const { rowTarget, rowMembers, currentRow, earlierRow } = rowList;
  const rows = rowTarget.length;
  const truth = Float64Array.from(columns.truthList);
  // Membership, as one bit per subject and row.
  const member = rowMembers.map((list) => {
    const bits = new Uint8Array(subjects.length);
    for (const s of list) bits[s] = 1;
    return bits;
  });
  const leafColumns = Int32Array.from(columns.columnLeaf);
  const parts = Float64Array.from(columns.columnPart);
  const dimensions = Int32Array.from(columns.columnDimension);
  const ownerIndex = Int32Array.from(columns.ownerOf);
  const rowsByTarget: (readonly number[])[] = [];
  for (let t = 0; t < targets.count(); t += 1) rowsByTarget.push(rowList.rowsOfTarget.get(t) ?? []);

  /**
   * A column's weight in its owner's value of an aggregate target: its share of its leaf (1, or
   * 1 / dimensions) over the number of the owner's leaves the target averages.
   */
  const weightIn = (s: number, column: number, target: number) =>
    (parts[column] ?? 0) / (counts[s * aggregates + target] ?? 1);

  const byColumn: ColumnRows = {
    each(column, visit) {
      const s = ownerIndex[column] ?? 0;
      for (const t of leafTargets[leafColumns[column] ?? 0] ?? []) {
        const weight = weightIn(s, column, t);
        for (const r of rowsByTarget[t] ?? []) if (member[r]?.[s]) visit(r, weight);
      }
      const d = dimensions[column] ?? -1;
      if (d >= 0) for (const r of rowsByTarget[d] ?? []) if (member[r]?.[s]) visit(r, 1);
    },
  };

  const { value, known } = trueSums(rowList, columns, targets, { truth, parts, leafColumns });

  /**
   * The subject's weight on each of its columns in its value of a target: 1 / count for each
   * column of a leaf under the code (or of the kind), split over a fine-tuned leaf's dimensions;
   * 1 on a dimension's own column. False if the subject has no value of the target.
   */
  const eachWeight = (
    s: number,
    target: number,
    visit: (column: number, weight: number) => void,
  ): boolean => {
    const from = base[s] ?? -1;
    if (from < 0) return false;
    if (target >= aggregates) {
      const c = columnOf(s, targets.dimensionName(target) ?? '');
      if (c === undefined) return false;
      visit(c, 1);
      return true;
    }
    if ((counts[s * aggregates + target] ?? 0) === 0) return false;
    for (let c = from; c < from + (width[s] ?? 0); c += 1)
      if ((leafTargets[leafColumns[c] ?? 0] ?? []).includes(target))
        visit(c, weightIn(s, c, target));
    return true;
  };
  /** A target's number, as the public methods name it. */
  const targetIndex = (target: string) => targets.index(target);

  return {
    names,
    owners,
    truth,
    lo: Float64Array.from(rowList.lo),
    hi: Float64Array.from(rowList.hi),
    value,
    known,
    byColumn,
    currentRow,
    earlierRow,
    members: (row) => Array.from(rowMembers[row] ?? [], (s) => subjects[s]?.key ?? ''),
    size: (row) => rowMembers[row]?.length ?? 0,
    columnsOf(owner) {
      const s = indexOf.get(owner);
      if (s === undefined || (base[s] ?? -1) < 0) return [];
      return Array.from({ length: width[s] ?? 0 }, (_, i) => (base[s] ?? 0) + i);
    },
    find(owner, name) {
      const s = indexOf.get(owner);
      return s === undefined || (base[s] ?? -1) < 0 ? undefined : columnOf(s, name);
    },
    expression(owner, target) {
      const s = indexOf.get(owner);
      const t = targetIndex(target);
      if (s === undefined || t === undefined) return undefined;
      const terms: Terms = new Map();
      return eachWeight(s, t, (c, w) => terms.set(c, w)) ? terms : undefined;
    },
    coefficients(owner, target, into) {
      into.fill(0);
      const s = indexOf.get(owner);
      const t = targetIndex(target);
      if (s === undefined || t === undefined) return false;
      const from = base[s] ?? 0;
      return eachWeight(s, t, (c, w) => (into[c - from] = w));
    },
    aggregates,
    targets: targets.count(),
    targetIndex,
    targetsOfColumn(column, visit) {
      const s = ownerIndex[column] ?? 0;
      for (const t of leafTargets[leafColumns[column] ?? 0] ?? []) visit(t, weightIn(s, column, t));
      const d = dimensions[column] ?? -1;
      if (d >= 0) visit(d, 1);
    },
    explicitRows() {
      const { lo, hi } = rowList;
      return Array.from({ length: rows }, (_, r): Row => {
        const terms: Terms = new Map();
        for (const s of rowMembers[r] ?? [])
          eachWeight(s, rowTarget[r] ?? 0, (c, w) => terms.set(c, (terms.get(c) ?? 0) + w));
        return { terms, lo: lo[r] ?? 0, hi: hi[r] ?? 0 };
      });
    },
  };
}

/**
 * The rows a linear programme needs when only the `free` columns move (column → its index in the
 * programme) and every other column stays at its true value: each row the free columns enter,
 * over them alone, with what the fixed ones contribute taken off its bounds. Every point of it
 * keeps every published figure, so what it allows the attacker cannot rule out.
 */
export function rowsWithOthersFixed(model: Knowledge, free: ReadonlyMap<number, number>): Row[] {
  const { truth, byColumn, known } = model;
  const byRow = new Map<number, { terms: Terms; fixed: number }>();
  for (const [c, at] of free) {
    const t = truth[c] ?? Number.NaN;
    byColumn.each(c, (r, w) => {
      const row = byRow.get(r) ?? { terms: new Map(), fixed: known[r] ?? 0 };
      row.terms.set(at, w);
      if (!Number.isNaN(t)) row.fixed -= w * t;
      byRow.set(r, row);
    });
  }
  return [...byRow].map(([r, { terms, fixed }]): Row => ({
    terms,
    lo: (model.lo[r] ?? 0) - fixed,
    hi: (model.hi[r] ?? 0) - fixed,
  }));
}
