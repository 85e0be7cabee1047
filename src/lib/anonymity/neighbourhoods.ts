/**
 * The third proof, by neighbourhoods: a small LP per pilot in which a few others move with it.
 */
import type { Band } from '../content/schemas/panel.ts';
import { rowsWithOthersFixed, type Knowledge } from './knowledge.ts';
import { attackerModel, type Highs, type Terms } from './lp.ts';
import { SCAN } from './pairs.ts';
import { protects, UPPER, type Quantity } from './proof.ts';

/**
 * The third proof, by neighbourhoods: a small LP in which the audited pilot and a few others
 * (the pilots that share most figures with it) move freely while every other unknown stays at its
 * true value (unknowns with no known value always move). Every point of it keeps every published
 * figure, so its interval lies inside the outsider's. Two such LPs are solved, with disjoint sets
 * of others: any insider is missing from one of them, where it sits at its true value as it knows
 * it, so that LP's interval lies inside the insider's too. A quantity is safe when both protect it.
 * Returns the quantities it could not prove safe.
 */
export function byNeighbourhood(
  quantities: readonly Quantity[],
  context: {
    highs: Highs;
    model: Knowledge;
    ownColumns: ReadonlyMap<string, number[]>;
    width: number;
    bandsOf: (target: string) => readonly Band[] | undefined;
    sizes: readonly number[];
    /** The pilots in the same groups of every table as this one (itself included). */
    groupOf: (owner: string) => readonly string[];
    count: (stats: { solves: number; seconds: number }) => void;
  },
): Quantity[] {
  const { model, ownColumns } = context;
  const { byColumn, truth, owners } = model;
  const bounds = { lo: model.lo, hi: model.hi };
  const unknown: number[] = [];
  for (let c = 0; c < truth.length; c += 1)
    if (Number.isNaN(truth[c] ?? Number.NaN)) unknown.push(c);
  // Owners as numbers, and the rows each owner enters, to rank the others by figures shared.
  const ownerIds = [...ownColumns.keys()];
  const ownerIndex = new Map(ownerIds.map((o, i) => [o, i]));
  let rowOwners: Array<Set<number>> | undefined;
  const shared = new Int32Array(ownerIds.length);
  const ranked = (owner: string, size: number): [string[], string[]] => {
    if (!rowOwners) {
      // The pilots with known values in each row.
      const current = (o: string) =>
        !Number.isNaN(truth[ownColumns.get(o)?.[0] ?? -1] ?? Number.NaN);
      rowOwners = Array.from(
        bounds.lo,
        (_, r) =>
          new Set(
            model
              .members(r)
              .filter(current)
              .map((o) => ownerIndex.get(o) ?? -1),
          ),
      );
    }
    shared.fill(0);
    const self = ownerIndex.get(owner) ?? -1;
    const rowsOf = new Set<number>();
    for (const c of ownColumns.get(owner) ?? []) byColumn.each(c, (r) => rowsOf.add(r));
    for (const r of rowsOf) for (const o of rowOwners[r] ?? []) shared[o] = (shared[o] ?? 0) + 1;
    const order: number[] = [];
    for (let o = 0; o < ownerIds.length; o += 1)
      if (o !== self && (shared[o] ?? 0) > 0) order.push(o);
    order.sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0) || a - b);
    const pick = order.slice(0, 2 * size).map((o) => ownerIds[o] ?? '');
    return [pick.filter((_, i) => i % 2 === 0), pick.filter((_, i) => i % 2 === 1)];
  };
  /** Pilots of the same groups first (they share most figures); ranked by figures shared if too few. */
  let byName: Map<string, string[]> | undefined;
  /** The pilots that have an unknown of this name. */
  const holders = (name: string): readonly string[] => {
    if (!byName) {
      byName = new Map();
      model.names.forEach((n, c) => {
        if (Number.isNaN(truth[c] ?? Number.NaN)) return;
        const list = byName?.get(n);
        if (list) list.push(owners[c] ?? '');
        else byName?.set(n, [owners[c] ?? '']);
      });
    }
    return byName.get(name) ?? [];
  };
  const neighbours = (
    owner: string,
    size: number,
    names: readonly string[],
  ): [string[], string[]] => {
    const group = context.groupOf(owner);
    if (group.length <= 2 * size) return ranked(owner, size);
    // Of the group, those that have most of the open quantities' unknowns, nearest first.
    const at = group.indexOf(owner);
    const scored: Array<[string, number]> = [];
    for (let step = 1; step < Math.min(group.length, 4 * SCAN); step += 1) {
      const q = group[(at + step) % group.length] ?? '';
      let matched = 0;
      for (const name of names) if (model.find(q, name) !== undefined) matched += 1;
      scored.push([q, matched]);
    }
    scored.sort((x, y) => y[1] - x[1]);
    const pick = scored.filter(([, m]) => m === names.length).map(([q]) => q);
    // Too few in the group with every unknown: pilots of other groups that have them come next.
    const inGroup = new Set(group);
    for (const q of holders(names[0] ?? '')) {
      if (pick.length >= 2 * size) break;
      if (!inGroup.has(q) && names.every((name) => model.find(q, name) !== undefined)) pick.push(q);
    }
    for (const [q, m] of scored) {
      if (pick.length >= 2 * size) break;
      if (m < names.length) pick.push(q);
    }
    return [pick.filter((_, i) => i % 2 === 0), pick.filter((_, i) => i % 2 === 1)];
  };

  /** The interval of each quantity of one subject in the LP where `others` move with it. */
  const solve = (subject: string, others: readonly string[], list: readonly Quantity[]) => {
    const free = new Map<number, number>();
    for (const owner of [subject, ...others])
      for (const c of ownColumns.get(owner) ?? [])
        if (!Number.isNaN(truth[c] ?? Number.NaN)) free.set(c, free.size);
    for (const c of unknown) free.set(c, free.size);
    const local = rowsWithOthersFixed(context.model, free);
    const model = attackerModel(context.highs, free.size, local, UPPER);
    try {
      return list.map((q) => {
        const objective: Terms = new Map();
        for (const [c, w] of q.expression) {
          const at = free.get(c);
          if (at !== undefined) objective.set(at, w);
        }
        return model.interval(objective);
      });
    } finally {
      context.count(model.stats());
      model.dispose();
    }
  };
  const bySubject = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const list = bySubject.get(q.subject.key);
    if (list) list.push(q);
    else bySubject.set(q.subject.key, [q]);
  }
  const left: Quantity[] = [];
  for (const [subject, list] of bySubject) {
    let open = list;
    for (const size of context.sizes) {
      if (open.length === 0) break;
      const names = [
        ...new Set(
          open.flatMap((q) =>
            [...q.expression.keys()].map((c) =>
              owners[c] === subject ? (model.names[c] ?? '') : '',
            ),
          ),
        ),
      ];
      const [one, two] = neighbours(subject, size, names);
      const first = solve(subject, one, open);
      const second = solve(subject, two, open);
      open = open.filter((q, i) => {
        const bands = context.bandsOf(q.target);
        const a = first[i];
        const b = second[i];
        return !(a && b && protects(a, context.width, bands) && protects(b, context.width, bands));
      });
    }
    left.push(...open);
  }
  return left;
}
