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
import { parentCode } from '../content/codes.ts';
import type { Row, Terms } from './lp.ts';
import { encodeColumn, encodeTarget, parseColumn, parseTarget } from './targets.ts';

/** Which leaves a pilot assessed and how: a classical score, or the fine-tuned dimensions. */
export type Shape = Record<string, 'classical' | string[]>;

/** A pilot as the attacker models it: its shape, and (for current pilots) its true scores. */
export interface Subject {
  /** Pilot id and fingerprint: an earlier version of a changed pilot is another subject. */
  key: string;
  shape: Shape;
  /** True values by column name (`1.1`, `1.1:plan`); absent for earlier versions. */
  values?: ReadonlyMap<string, number>;
}

/** A published mean of `target` (`code:1.1`, `kind:enabler`, `dim:1.1:plan`) over `members`. */
export interface Mean {
  target: string;
  members: readonly string[];
  mean: number;
}

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

const ancestors = new Map<string, string[]>();

/** The leaf and every code above it (worked out once per leaf). */
export function ancestorsOf(leaf: string): string[] {
  let above = ancestors.get(leaf);
  if (!above) {
    above = [];
    for (let at: string | undefined = leaf; at; at = parentCode(at)) above.push(at);
    ancestors.set(leaf, above);
  }
  return above;
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
  const { subjects, leafKinds, rounding } = input;
  // Targets: a code or a kind (a mean of leaves, "aggregates"), then dimensions (one column each).
  const targetIds = new Map<string, number>();
  const leafIds = new Map<string, number>();
  /** Leaf → the aggregate targets it enters. */
  const leafTargets: number[][] = [];
  const aggregate = (target: string) => {
    let id = targetIds.get(target);
    if (id === undefined) {
      id = targetIds.size;
      targetIds.set(target, id);
    }
    return id;
  };
  const leafId = (leaf: string) => {
    let id = leafIds.get(leaf);
    if (id === undefined) {
      id = leafIds.size;
      leafIds.set(leaf, id);
      leafTargets.push([
        ...ancestorsOf(leaf).map((code) => aggregate(encodeTarget({ of: 'code', code }))),
        aggregate(encodeTarget({ of: 'kind', kind: leafKinds.get(leaf) ?? '' })),
      ]);
    }
    return id;
  };
  for (const leaf of leafKinds.keys()) leafId(leaf);
  // Each subject's leaves as ids, in the order of its shape (read once: shapes are many).
  const leavesOf = subjects.map((subject) => {
    const list: number[] = [];
    for (const leaf in subject.shape) list.push(leafId(leaf));
    return list;
  });
  const aggregates = targetIds.size;
  const dimensionIds = new Map<string, number>();
  /** A dimension target's column name (`1.1:plan`), by number. */
  const dimensionName = new Map<number, string>();
  const targetId = (target: string): number | undefined => {
    const known = targetIds.get(target) ?? dimensionIds.get(target);
    if (known !== undefined) return known;
    const parsed = parseTarget(target);
    if (parsed?.of !== 'dimension') return undefined;
    const id = aggregates + dimensionIds.size;
    dimensionIds.set(target, id);
    dimensionName.set(id, encodeColumn(parsed));
    return id;
  };

  // Subjects: their columns are allocated together, in the order of their shape, when first needed.
  const indexOf = new Map(subjects.map((s, i) => [s.key, i]));
  const base = new Int32Array(subjects.length).fill(-1);
  const width = new Int32Array(subjects.length);
  /** Subject × aggregate target → how many of the subject's leaves the target averages. */
  const counts = new Uint16Array(subjects.length * aggregates);
  leavesOf.forEach((list, s) => {
    for (const leaf of list)
      for (const t of leafTargets[leaf] ?? [])
        counts[s * aggregates + t] = (counts[s * aggregates + t] ?? 0) + 1;
  });
  /** Column names of fine-tuned leaves, spelt once: `1.1` + `plan` → `1.1:plan`. */
  const dimensionNames = new Map<string, string>();
  const nameOf = (leaf: string, d: string) => {
    const key = `${leaf}\u0000${d}`;
    let name = dimensionNames.get(key);
    if (name === undefined) {
      name = encodeColumn({ code: leaf, dimension: d });
      dimensionNames.set(key, name);
      targetId(encodeTarget({ of: 'dimension', code: leaf, dimension: d }));
    }
    return name;
  };
  const names: string[] = [];
  const owners: string[] = [];
  const ownerOf: number[] = [];
  const columnLeaf: number[] = [];
  /** The column's share of its leaf: 1, or 1 / dimensions. */
  const columnPart: number[] = [];
  /** The dimension target of a fine-tuned column, −1 for a classical score. */
  const columnDimension: number[] = [];
  const truthList: number[] = [];
  /** Set once the rows are built: from then on the columns are fixed. */
  let built = false;
  const allocate = (s: number) => {
    if ((base[s] ?? -1) >= 0 || built) return;
    const subject = subjects[s];
    if (!subject) return;
    base[s] = names.length;
    const values = subject.values;
    let i = 0;
    for (const leaf in subject.shape) {
      const how = subject.shape[leaf];
      const id = leavesOf[s]?.[i] ?? 0;
      i += 1;
      if (how === 'classical') {
        names.push(leaf);
        owners.push(subject.key);
        ownerOf.push(s);
        columnLeaf.push(id);
        columnPart.push(1);
        columnDimension.push(-1);
        truthList.push(values?.get(leaf) ?? Number.NaN);
      } else
        for (const d of how ?? []) {
          const name = nameOf(leaf, d);
          names.push(name);
          owners.push(subject.key);
          ownerOf.push(s);
          columnLeaf.push(id);
          columnPart.push(1 / (how?.length ?? 1));
          columnDimension.push(
            targetId(encodeTarget({ of: 'dimension', code: leaf, dimension: d })) ?? -1,
          );
          truthList.push(values?.get(name) ?? Number.NaN);
        }
    }
    width[s] = names.length - (base[s] ?? 0);
  };
  // The protected pilots' columns first.
  subjects.forEach((subject, s) => {
    if (subject.values) allocate(s);
  });

  /** The subject's column of a name, if it has one. */
  const columnOf = (s: number, name: string): number | undefined => {
    const from = base[s] ?? -1;
    if (from < 0) {
      // Not allocated yet: the subject has the column if its shape does.
      const subject = subjects[s];
      if (!subject || built) return undefined;
      const { code: leaf, dimension: d } = parseColumn(name);
      const how = subject.shape[leaf];
      if (how === undefined || (d === undefined ? how !== 'classical' : !Array.isArray(how)))
        return undefined;
      if (d !== undefined && !how.includes(d)) return undefined;
      allocate(s);
      return columnOf(s, name);
    }
    for (let c = from; c < from + (width[s] ?? 0); c += 1) if (names[c] === name) return c;
    return undefined;
  };

  // Rows.
  const rowTarget: number[] = [];
  const rowMembers: Int32Array[] = [];
  const loList: number[] = [];
  const hiList: number[] = [];
  const rowsOfTarget = new Map<number, number[]>();
  // Members listed twice count once: `seen` holds the number of the mean a subject was last seen in.
  const seen = new Int32Array(subjects.length).fill(-1);
  let stamp = 0;
  const rowOf = (mean: Mean): number => {
    stamp += 1;
    const target = targetId(mean.target);
    if (target === undefined) return -1;
    const row = rowTarget.length;
    const list: number[] = [];
    for (const member of mean.members) {
      const s = indexOf.get(member);
      if (s === undefined || seen[s] === stamp) continue;
      seen[s] = stamp;
      const yes =
        target < aggregates
          ? (counts[s * aggregates + target] ?? 0) > 0
          : columnOf(s, dimensionName.get(target) ?? '') !== undefined;
      if (!yes) continue;
      allocate(s);
      list.push(s);
    }
    if (list.length === 0) return -1;
    rowTarget.push(target);
    rowMembers.push(Int32Array.from(list));
    loList.push(list.length * (mean.mean - rounding));
    hiList.push(list.length * (mean.mean + rounding));
    const same = rowsOfTarget.get(target);
    if (same) same.push(row);
    else rowsOfTarget.set(target, [row]);
    return row;
  };
  const currentRow = Int32Array.from(input.current, rowOf);
  const earlierRow = Int32Array.from(input.earlier, rowOf);
  built = true;
  const rows = rowTarget.length;
  const truth = Float64Array.from(truthList);
  // Membership, as one bit per subject and row.
  const member = rowMembers.map((list) => {
    const bits = new Uint8Array(subjects.length);
    for (const s of list) bits[s] = 1;
    return bits;
  });
  const leafColumns = Int32Array.from(columnLeaf);
  const parts = Float64Array.from(columnPart);
  const dimensions = Int32Array.from(columnDimension);
  const ownerIndex = Int32Array.from(ownerOf);
  const rowsByTarget: number[][] = [];
  for (let t = 0; t < aggregates + dimensionIds.size; t += 1)
    rowsByTarget.push(rowsOfTarget.get(t) ?? []);

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

  // True sums: per subject and aggregate, its value (NaN if unknown) and its known part.
  const value = new Float64Array(rows);
  const known = new Float64Array(rows);
  const sums = new Float64Array(aggregates);
  const knownSums = new Float64Array(aggregates);
  const subjectValue = new Float64Array(subjects.length * aggregates);
  const subjectKnown = new Float64Array(subjects.length * aggregates);
  for (let s = 0; s < subjects.length; s += 1) {
    const from = base[s] ?? -1;
    if (from < 0) continue;
    sums.fill(0);
    knownSums.fill(0);
    for (let c = from; c < from + (width[s] ?? 0); c += 1) {
      const t = truth[c] ?? Number.NaN;
      for (const a of leafTargets[leafColumns[c] ?? 0] ?? []) {
        sums[a] = (sums[a] ?? 0) + (parts[c] ?? 0) * t;
        if (!Number.isNaN(t)) knownSums[a] = (knownSums[a] ?? 0) + (parts[c] ?? 0) * t;
      }
    }
    for (let a = 0; a < aggregates; a += 1) {
      const n = counts[s * aggregates + a] ?? 0;
      if (n === 0) continue;
      subjectValue[s * aggregates + a] = (sums[a] ?? 0) / n;
      subjectKnown[s * aggregates + a] = (knownSums[a] ?? 0) / n;
    }
  }
  for (let r = 0; r < rows; r += 1) {
    const t = rowTarget[r] ?? 0;
    let all = 0;
    let part = 0;
    for (const s of rowMembers[r] ?? []) {
      if (t < aggregates) {
        all += subjectValue[s * aggregates + t] ?? 0;
        part += subjectKnown[s * aggregates + t] ?? 0;
      } else {
        const v = truth[columnOf(s, dimensionName.get(t) ?? '') ?? -1] ?? Number.NaN;
        all += v;
        if (!Number.isNaN(v)) part += v;
      }
    }
    value[r] = all;
    known[r] = part;
  }

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
      const c = columnOf(s, dimensionName.get(target) ?? '');
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
  const targetIndex = (target: string) => targetIds.get(target) ?? dimensionIds.get(target);

  return {
    names,
    owners,
    truth,
    lo: Float64Array.from(loList),
    hi: Float64Array.from(hiList),
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
    targets: aggregates + dimensionIds.size,
    targetIndex,
    targetsOfColumn(column, visit) {
      const s = ownerIndex[column] ?? 0;
      for (const t of leafTargets[leafColumns[column] ?? 0] ?? []) visit(t, weightIn(s, column, t));
      const d = dimensions[column] ?? -1;
      if (d >= 0) visit(d, 1);
    },
    explicitRows() {
      return Array.from({ length: rows }, (_, r): Row => {
        const terms: Terms = new Map();
        for (const s of rowMembers[r] ?? [])
          eachWeight(s, rowTarget[r] ?? 0, (c, w) => terms.set(c, (terms.get(c) ?? 0) + w));
        return { terms, lo: loList[r] ?? 0, hi: hiList[r] ?? 0 };
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
