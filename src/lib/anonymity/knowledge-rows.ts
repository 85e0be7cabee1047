/**
 * The rows of the attacker's knowledge: one per published mean that has a member with its target,
 * in the order of the means (current, then earlier), and each row's sum at the true values.
 */
import type { Columns } from './knowledge-columns.ts';
import type { TargetNumbers } from './knowledge-targets.ts';
import type { Mean } from './knowledge-types.ts';

export interface Rows {
  /** Row → its target's number, its members (subjects' numbers) and the bounds on their sum. */
  readonly rowTarget: readonly number[];
  readonly rowMembers: readonly Int32Array[];
  readonly lo: readonly number[];
  readonly hi: readonly number[];
  /** Target → its rows, in order. */
  readonly rowsOfTarget: ReadonlyMap<number, readonly number[]>;
  /** The row of each mean in `current` and in `earlier` (−1: no member has the target). */
  readonly currentRow: Int32Array;
  readonly earlierRow: Int32Array;
}

/** A row per mean, allocating the columns of the members it holds. */
export function meanRows(
  input: {
    current: readonly Mean[];
    earlier: readonly Mean[];
    /** Half the last published digit. */
    rounding: number;
    subjects: number;
    indexOf: ReadonlyMap<string, number>;
  },
  targets: TargetNumbers,
  columns: Columns,
): Rows {
  const { rounding, indexOf } = input;
  const { aggregates } = targets;
  const { counts, columnOf, allocate } = columns;
  const rowTarget: number[] = [];
  const rowMembers: Int32Array[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const rowsOfTarget = new Map<number, number[]>();
  // Members listed twice count once: `seen` holds the number of the mean a subject was last seen in.
  const seen = new Int32Array(input.subjects).fill(-1);
  let stamp = 0;
  const rowOf = (mean: Mean): number => {
    stamp += 1;
    const target = targets.id(mean.target);
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
          : columnOf(s, targets.dimensionName(target) ?? '') !== undefined;
      if (!yes) continue;
      allocate(s);
      list.push(s);
    }
    if (list.length === 0) return -1;
    rowTarget.push(target);
    rowMembers.push(Int32Array.from(list));
    lo.push(list.length * (mean.mean - rounding));
    hi.push(list.length * (mean.mean + rounding));
    const same = rowsOfTarget.get(target);
    if (same) same.push(row);
    else rowsOfTarget.set(target, [row]);
    return row;
  };
  const currentRow = Int32Array.from(input.current, rowOf);
  const earlierRow = Int32Array.from(input.earlier, rowOf);
  return { rowTarget, rowMembers, lo, hi, rowsOfTarget, currentRow, earlierRow };
}

/**
 * Each row's sum at the true values (`value`, NaN when a member's value is unknown) and the part
 * of it that comes from known values (`known`), worked out per subject and aggregate first.
 */
export function trueSums(
  rows: Rows,
  columns: Columns,
  targets: TargetNumbers,
  fixed: { truth: Float64Array; parts: Float64Array; leafColumns: Int32Array },
): { value: Float64Array; known: Float64Array } {
  const { rowTarget, rowMembers } = rows;
  const { base, width, counts, columnOf } = columns;
  const { aggregates, leafTargets } = targets;
  const { truth, parts, leafColumns } = fixed;
  const subjects = base.length;
  const value = new Float64Array(rowTarget.length);
  const known = new Float64Array(rowTarget.length);
  const sums = new Float64Array(aggregates);
  const knownSums = new Float64Array(aggregates);
  const subjectValue = new Float64Array(subjects * aggregates);
  const subjectKnown = new Float64Array(subjects * aggregates);
  for (let s = 0; s < subjects; s += 1) {
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
  for (let r = 0; r < rowTarget.length; r += 1) {
    const t = rowTarget[r] ?? 0;
    let all = 0;
    let part = 0;
    for (const s of rowMembers[r] ?? []) {
      if (t < aggregates) {
        all += subjectValue[s * aggregates + t] ?? 0;
        part += subjectKnown[s * aggregates + t] ?? 0;
      } else {
        const v = truth[columnOf(s, targets.dimensionName(t) ?? '') ?? -1] ?? Number.NaN;
        all += v;
        if (!Number.isNaN(v)) part += v;
      }
    }
    value[r] = all;
    known[r] = part;
  }
  return { value, known };
}
