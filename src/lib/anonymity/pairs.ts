/**
 * The second proof, by pairs: the pilot's unknowns move as in the slack proof while a partner's
 * unknowns of the same names move the other way, so that the figures both are in keep their sums
 * and only what differs between them needs slack. Partners are pilots in the same groups of every
 * table (same region, type, staff band). Each pair move is a feasible alternative for every
 * attacker but the two pilots, so a quantity is safe when two different partners each prove it:
 * an insider is at most one of them.
 */
import type { Band } from '../content/schemas/panel.ts';
import type { ColumnRows, Knowledge, Subject } from './knowledge.ts';
import type { Interval, Terms } from './lp.ts';
import { protects, UPPER, valueAt, type Quantity, type Statistic } from './proof.ts';
import { slackInterval } from './slack.ts';
import { parseTarget } from './targets.ts';

/** Partners tried per pilot in the proof by pairs. */
const PARTNERS = 4;
/** Pilots of a group looked at for partners. */
export const SCAN = 64;

/**
 * The pilots in the same groups of every table as a pilot (itself included): the pilots with
 * values that are members of the same kind figures (the breakdown rows and the kind totals).
 */
export function groupMates(
  statistics: readonly Statistic[],
  subjects: readonly Subject[],
): (owner: string) => readonly string[] {
  const groupOf = new Map<string, string[]>();
  for (const statistic of statistics)
    if (parseTarget(statistic.target)?.of === 'kind')
      for (const member of statistic.members) {
        const list = groupOf.get(member);
        if (list) list.push(statistic.figure);
        else groupOf.set(member, [statistic.figure]);
      }
  const groups = new Map<string, string[]>();
  for (const subject of subjects) {
    if (!subject.values) continue;
    const signature = (groupOf.get(subject.key) ?? []).join('|');
    const list = groups.get(signature);
    if (list) list.push(subject.key);
    else groups.set(signature, [subject.key]);
  }
  return (owner) => groups.get((groupOf.get(owner) ?? []).join('|')) ?? [];
}

/** The quantities two partners do not each prove safe. */
export function proveByPairs(
  open: readonly Quantity[],
  context: {
    model: Knowledge;
    slack: { up: Float64Array; down: Float64Array };
    width: number;
    bandsOf: (target: string) => readonly Band[] | undefined;
    groupOf: (owner: string) => readonly string[];
  },
): Quantity[] {
  const { model, slack, bandsOf, groupOf } = context;
  const { truth, byColumn, names } = model;
  const bySlack = (terms: Terms): Interval =>
    slackInterval(terms, truth, byColumn, slack, valueAt(terms, truth));
  /** Partners for a quantity: pilots of its groups that have most of its unknowns, nearest first. */
  const partnersFor = (key: string, expression: Terms): string[] => {
    const group = groupOf(key);
    const at = group.indexOf(key);
    const wanted = [...expression.keys()].map((c) => names[c] ?? '');
    const full: string[] = [];
    const partial: Array<[string, number]> = [];
    for (let step = 1; step < Math.min(group.length, SCAN) && full.length < PARTNERS; step += 1) {
      const q = group[(at + step) % group.length] ?? '';
      let matched = 0;
      for (const name of wanted) if (model.find(q, name) !== undefined) matched += 1;
      if (matched === wanted.length) full.push(q);
      else if (matched > 0) partial.push([q, matched]);
    }
    partial.sort((x, y) => y[1] - x[1]);
    return [...full, ...partial.map(([q]) => q)].slice(0, PARTNERS);
  };
  const partnerOf = (q: string) => (c: number) => model.find(q, names[c] ?? '');
  return open.filter((t) => {
    const bands = bandsOf(t.target);
    const own = bySlack(t.expression);
    let proofs = 0;
    for (const q of partnersFor(t.subject.key, t.expression)) {
      const pair = pairInterval(
        t.expression,
        truth,
        byColumn,
        slack,
        valueAt(t.expression, truth),
        partnerOf(q),
      );
      const hull = { min: Math.min(own.min, pair.min), max: Math.max(own.max, pair.max) };
      if (protects(hull, context.width, bands)) proofs += 1;
      if (proofs >= 2) return false;
    }
    return true;
  });
}

/**
 * What moving one pilot's unknowns and a partner's unknowns of the same names the other way proves
 * about a quantity of the first: each unknown moves as far as both have room, every row takes what
 * the two moves leave of its sum within its slack (the move is scaled down until each fits).
 */
export function pairInterval(
  terms: Terms,
  truth: Float64Array,
  byColumn: ColumnRows,
  slack: { up: Float64Array; down: Float64Array },
  value: number,
  partner: (column: number) => number | undefined,
): Interval {
  const reach = (sign: 1 | -1, matchedOnly: boolean): number => {
    const change = new Map<number, number>();
    let gain = 0;
    for (const [column, coefficient] of terms) {
      const t = truth[column] ?? Number.NaN;
      if (Number.isNaN(t) || coefficient === 0) continue;
      const direction = Math.sign(coefficient) * sign;
      const other = partner(column);
      const o = other === undefined ? Number.NaN : (truth[other] ?? Number.NaN);
      if (matchedOnly && Number.isNaN(o)) continue;
      let amount = direction > 0 ? UPPER - t : t;
      if (!Number.isNaN(o)) amount = Math.min(amount, direction > 0 ? o : UPPER - o);
      if (amount <= 0) continue;
      byColumn.each(column, (r, w) => change.set(r, (change.get(r) ?? 0) + w * direction * amount));
      if (other !== undefined && !Number.isNaN(o))
        byColumn.each(other, (r, w) =>
          change.set(r, (change.get(r) ?? 0) - w * direction * amount),
        );
      gain += Math.abs(coefficient) * amount;
    }
    let scale = 1;
    for (const [r, net] of change) {
      const limit = net > 0 ? (slack.up[r] ?? 0) : (slack.down[r] ?? 0);
      if (Math.abs(net) > 1e-9) scale = Math.min(scale, limit / Math.abs(net));
    }
    return scale * gain;
  };
  // Either every unknown of the quantity moves, or only those the partner can balance.
  const best = (sign: 1 | -1) => Math.max(reach(sign, false), reach(sign, true));
  return { min: value - best(-1), max: value + best(1) };
}
