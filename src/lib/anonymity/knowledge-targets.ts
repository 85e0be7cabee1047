/**
 * The targets of the attacker's knowledge, by number: first the aggregates (a code or a kind, a
 * mean of a subject's leaves under it), then the dimensions (one column each), numbered as they
 * are first met. Each leaf knows the aggregates it enters, and each subject its leaves.
 */
import { parentCode } from '../content/codes.ts';
import type { Shape } from './knowledge-types.ts';
import { encodeColumn, encodeTarget, parseTarget } from './targets.ts';

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

export interface TargetNumbers {
  /** How many aggregate targets there are; dimensions are numbered from here on. */
  readonly aggregates: number;
  /** Leaf (by number) → the aggregate targets it enters. */
  readonly leafTargets: readonly (readonly number[])[];
  /** Subject → its leaves' numbers, in the order of its shape. */
  readonly leavesOf: readonly (readonly number[])[];
  /** A target's number; a dimension not met yet gets the next one. */
  id(target: string): number | undefined;
  /** A target's number if it has one, numbering nothing. */
  index(target: string): number | undefined;
  /** A dimension target's column name (`1.1:plan`). */
  dimensionName(target: number): string | undefined;
  /** How many targets are numbered so far. */
  count(): number;
}

/** Numbers the aggregates of every leaf the kinds name, then of the subjects' other leaves. */
export function numberTargets(
  shapes: readonly Shape[],
  leafKinds: ReadonlyMap<string, string>,
): TargetNumbers {
  const targetIds = new Map<string, number>();
  const leafIds = new Map<string, number>();
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
  // Read once: shapes are many.
  const leavesOf = shapes.map((shape) => {
    const list: number[] = [];
    for (const leaf in shape) list.push(leafId(leaf));
    return list;
  });
  const aggregates = targetIds.size;
  const dimensionIds = new Map<string, number>();
  const dimensionName = new Map<number, string>();
  return {
    aggregates,
    leafTargets,
    leavesOf,
    id(target) {
      const known = targetIds.get(target) ?? dimensionIds.get(target);
      if (known !== undefined) return known;
      const parsed = parseTarget(target);
      if (parsed?.of !== 'dimension') return undefined;
      const id = aggregates + dimensionIds.size;
      dimensionIds.set(target, id);
      dimensionName.set(id, encodeColumn(parsed));
      return id;
    },
    index: (target) => targetIds.get(target) ?? dimensionIds.get(target),
    dimensionName: (target) => dimensionName.get(target),
    count: () => aggregates + dimensionIds.size,
  };
}
