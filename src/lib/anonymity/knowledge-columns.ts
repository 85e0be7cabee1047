/**
 * The columns of the attacker's knowledge: one per unknown score of a subject. A subject's
 * columns are allocated together, in the order of its shape, when first needed (the protected
 * pilots' first); once the rows are built (`fix`), the columns are fixed.
 */
import type { TargetNumbers } from './knowledge-targets.ts';
import type { Subject } from './knowledge-types.ts';
import { encodeColumn, encodeTarget, parseColumn } from './targets.ts';

export interface Columns {
  /** Column → its name (`1.1`, `1.1:plan`), its owner's key and number, and its leaf. */
  readonly names: readonly string[];
  readonly owners: readonly string[];
  readonly ownerOf: readonly number[];
  readonly columnLeaf: readonly number[];
  /** The column's share of its leaf: 1, or 1 / dimensions. */
  readonly columnPart: readonly number[];
  /** The dimension target of a fine-tuned column, −1 for a classical score. */
  readonly columnDimension: readonly number[];
  /** Column → true value; NaN for earlier versions of pilots. */
  readonly truthList: readonly number[];
  /** Subject → its first column (−1: none allocated) and how many it has. */
  readonly base: Int32Array;
  readonly width: Int32Array;
  /** Subject × aggregate target → how many of the subject's leaves the target averages. */
  readonly counts: Uint16Array;
  /** Allocates the subject's columns, unless it has them or the columns are fixed. */
  allocate(s: number): void;
  /** The subject's column of a name, if it has one (allocating its columns if need be). */
  columnOf(s: number, name: string): number | undefined;
  /** From now on no column is added. */
  fix(): void;
}

/** The subjects' columns, the protected pilots' (those with values) allocated already. */
export function allocateColumns(subjects: readonly Subject[], targets: TargetNumbers): Columns {
  const { aggregates, leafTargets, leavesOf } = targets;
  const base = new Int32Array(subjects.length).fill(-1);
  const width = new Int32Array(subjects.length);
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
      targets.id(encodeTarget({ of: 'dimension', code: leaf, dimension: d }));
    }
    return name;
  };
  const names: string[] = [];
  const owners: string[] = [];
  const ownerOf: number[] = [];
  const columnLeaf: number[] = [];
  const columnPart: number[] = [];
  const columnDimension: number[] = [];
  const truthList: number[] = [];
  let fixed = false;
  const allocate = (s: number) => {
    if ((base[s] ?? -1) >= 0 || fixed) return;
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
            targets.id(encodeTarget({ of: 'dimension', code: leaf, dimension: d })) ?? -1,
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

  const columnOf = (s: number, name: string): number | undefined => {
    const from = base[s] ?? -1;
    if (from < 0) {
      // Not allocated yet: the subject has the column if its shape does.
      const subject = subjects[s];
      if (!subject || fixed) return undefined;
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

  return {
    names,
    owners,
    ownerOf,
    columnLeaf,
    columnPart,
    columnDimension,
    truthList,
    base,
    width,
    counts,
    allocate,
    columnOf,
    fix() {
      fixed = true;
    },
  };
}
