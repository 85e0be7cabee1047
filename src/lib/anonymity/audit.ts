/**
 * The disclosure audit: what an attacker can work out about one pilot from everything published,
 * now and in every recorded release. Each published mean becomes a linear constraint over the
 * unknown pilot scores (0–100); for every pilot and every protected quantity (each sub-criterion
 * score and fine-tuned dimension, each criterion score, each kind mean) the audit finds the
 * smallest and largest value the quantity can take and requires that interval to be at least the
 * protection width wide and to reach into two bands. Two attackers are audited:
 *
 * - an outsider who knows the participant list (who is in which group, who assessed what) and
 *   every recorded release;
 * - an insider: the same, and one of the pilots, who knows its own scores.
 *
 * Most quantities are proven safe without a solver: two unknowns that enter every constraint with
 * the same coefficient can trade value without changing any published figure, and the trade gives
 * a feasible interval (a lower bound on what the attacker cannot rule out). Only quantities that
 * this cheap proof does not cover go to the LP solver (HiGHS), as exact min/max problems.
 */
import { parentCode } from '../content/codes.ts';
import type { Band } from '../content/schemas/panel.ts';
import { bandIndex } from '../results/scores.ts';
import { attackerModel, mergeRows, solver, type Interval, type Row, type Terms } from './lp.ts';

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

/** A published mean: of `target` (`code:1.1`, `kind:enabler`, `dim:1.1:plan`) over `members`. */
export interface Statistic {
  /** The figure it belongs to, so the audit can say which figure to hide. */
  figure: string;
  target: string;
  members: string[];
  mean: number;
}

export interface AuditInput {
  subjects: readonly Subject[];
  /** Figures of this release; they may be hidden to pass the audit. */
  statistics: readonly Statistic[];
  /** Figures of recorded releases: known to the attacker, no longer ours to hide. */
  earlier: readonly Statistic[];
  /** Every leaf code with its kind, and every code's leaves. */
  leafKinds: ReadonlyMap<string, string>;
  /** The bands a target is judged by (its kind's panel). */
  bandsOf: (target: string) => readonly Band[] | undefined;
  width: number;
  /** Half the last published digit: a mean shown as 23.3 lies in [23.25, 23.35]. */
  rounding?: number;
  /**
   * Audit only these quantities (`<subject> <target>`). Hiding figures only ever widens what an
   * attacker cannot rule out, so after a round only the quantities that failed need auditing again.
   */
  only?: ReadonlySet<string>;
  /**
   * An insider is audited against the pilots it shares a figure of at most this many pilots with
   * (10 by default). In a larger figure one pilot's own scores move the bounds of the others by
   * a small part of that figure; the cheap proof above already covers any single insider.
   */
  insiderScope?: number;
  /**
   * The most quantities handed to the LP solver in one round (400 by default). Beyond it, quantities
   * the cheap proof does not cover count as exposed: more is hidden, never less.
   */
  solverBudget?: number;
}

export interface Failure {
  subject: string;
  target: string;
  attacker: 'outsider' | 'insider';
  interval: Interval;
  /** Figures of this release that involve the quantity, least informative first is up to the caller. */
  figures: string[];
}

export interface AuditOutcome {
  failures: Failure[];
  /** Protected quantities audited, and how many needed the solver. */
  quantities: number;
  solved: number;
  solves: number;
  seconds: number;
}

const UPPER = 100;

/** Builds columns and expressions over the subjects' unknown scores. */
class Unknowns {
  readonly names: string[] = [];
  readonly owners: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly leafKinds: ReadonlyMap<string, string>) {}

  column(owner: string, name: string): number {
    const id = `${owner}|${name}`;
    let at = this.index.get(id);
    if (at === undefined) {
      at = this.names.length;
      this.index.set(id, at);
      this.names.push(name);
      this.owners.push(owner);
    }
    return at;
  }

  private leaf(subject: Subject, leaf: string, weight: number, terms: Terms): void {
    const how = subject.shape[leaf];
    if (how === undefined) return;
    if (how === 'classical') add(terms, this.column(subject.key, leaf), weight);
    else
      for (const d of how)
        add(terms, this.column(subject.key, `${leaf}:${d}`), weight / how.length);
  }

  /** The subject's value of a target as a linear expression, or undefined if it has none. */
  expression(subject: Subject, target: string): Terms | undefined {
    const [kind, a = '', b = ''] = target.split(':');
    const terms: Terms = new Map();
    if (kind === 'dim') {
      const how = subject.shape[a];
      if (!Array.isArray(how) || !how.includes(b)) return undefined;
      terms.set(this.column(subject.key, `${a}:${b}`), 1);
      return terms;
    }
    const leaves = Object.keys(subject.shape).filter((leaf) =>
      kind === 'kind' ? this.leafKinds.get(leaf) === a : isUnder(leaf, a),
    );
    if (leaves.length === 0) return undefined;
    for (const leaf of leaves) this.leaf(subject, leaf, 1 / leaves.length, terms);
    return terms;
  }
}

function add(terms: Terms, column: number, weight: number): void {
  terms.set(column, (terms.get(column) ?? 0) + weight);
}

function isUnder(leaf: string, code: string): boolean {
  for (let at: string | undefined = leaf; at; at = parentCode(at)) if (at === code) return true;
  return false;
}

/** Every quantity protected for a subject: its leaves, dimensions, every code above, its kinds. */
function protectedTargets(subject: Subject, leafKinds: ReadonlyMap<string, string>): string[] {
  const targets = new Set<string>();
  for (const [leaf, how] of Object.entries(subject.shape)) {
    for (let at: string | undefined = leaf; at; at = parentCode(at)) targets.add(`code:${at}`);
    targets.add(`kind:${leafKinds.get(leaf) ?? ''}`);
    if (Array.isArray(how)) for (const d of how) targets.add(`dim:${leaf}:${d}`);
  }
  return [...targets];
}

function rowOf(
  statistic: Statistic,
  subjects: ReadonlyMap<string, Subject>,
  unknowns: Unknowns,
  rounding: number,
): Row | undefined {
  const terms: Terms = new Map();
  let n = 0;
  for (const member of statistic.members) {
    const subject = subjects.get(member);
    const expression = subject && unknowns.expression(subject, statistic.target);
    if (!expression) continue;
    n += 1;
    for (const [column, weight] of expression) add(terms, column, weight);
  }
  if (n === 0) return undefined;
  return { terms, lo: n * (statistic.mean - rounding), hi: n * (statistic.mean + rounding) };
}

/** True when an interval is wide enough and reaches into two bands. */
export function protects(interval: Interval, width: number, bands: readonly Band[] | undefined) {
  if (!(interval.max - interval.min >= width - 1e-9)) return false;
  if (!bands || bands.length < 2) return true;
  return bandIndex(interval.min, bands) !== bandIndex(interval.max, bands);
}

/**
 * Runs the audit. Returns every quantity an attacker narrows below the protection width, with the
 * figures of this release it rests on.
 */
export async function audit(input: AuditInput): Promise<AuditOutcome> {
  const rounding = input.rounding ?? 0.05;
  const subjects = new Map(input.subjects.map((s) => [s.key, s]));
  const unknowns = new Unknowns(input.leafKinds);
  // Columns of the protected pilots first, so every true value has its column.
  const targets = input.subjects
    .filter((s) => s.values)
    .flatMap((s) =>
      protectedTargets(s, input.leafKinds).flatMap((target) => {
        if (input.only && !input.only.has(`${s.key} ${target}`)) return [];
        const expression = unknowns.expression(s, target);
        return expression ? [{ subject: s, target, expression }] : [];
      }),
    );
  const current = input.statistics.flatMap((statistic) => {
    const row = rowOf(statistic, subjects, unknowns, rounding);
    return row ? [{ statistic, row }] : [];
  });
  const earlier = input.earlier.flatMap((s) => rowOf(s, subjects, unknowns, rounding) ?? []);
  const insiderScope = input.insiderScope ?? 10;
  const rows = mergeRows([...current.map((c) => c.row), ...earlier]);
  const columns = unknowns.names.length;
  const truth = new Float64Array(columns).fill(Number.NaN);
  for (let c = 0; c < columns; c += 1) {
    const value = subjects.get(unknowns.owners[c] ?? '')?.values?.get(unknowns.names[c] ?? '');
    if (value !== undefined) truth[c] = value;
  }

  // The cheap proof. A trade moves value between unknowns without changing any published figure:
  // one pilot's unknown i rises by δ and its unknown j falls by δ (or j is absent), while another
  // pilot's unknowns i′, j′ do the opposite. It is possible whenever i − j and i′ − j′ enter every
  // row alike. Each trade is a feasible alternative the attacker cannot rule out.
  const byColumn: Array<Array<[number, number]>> = Array.from({ length: columns }, () => []);
  rows.forEach((row, r) => {
    for (const [column, weight] of row.terms) byColumn[column]?.push([r, weight]);
  });
  const ownColumns = new Map<string, number[]>();
  for (let c = 0; c < columns; c += 1) {
    const owner = unknowns.owners[c] ?? '';
    const list = ownColumns.get(owner);
    if (list) list.push(c);
    else ownColumns.set(owner, [c]);
  }
  const t = (c: number) => truth[c] ?? Number.NaN;
  const rise = (c: number) => (c < 0 ? UPPER : Number.isNaN(t(c)) ? UPPER : UPPER - t(c));
  const fall = (c: number) => (c < 0 ? UPPER : Number.isNaN(t(c)) ? UPPER : t(c));
  /** The rows an unknown i less an unknown j (or nothing, j = −1) enter, as a key. */
  const difference = (i: number, j: number) => {
    const net = new Map<number, number>();
    for (const [r, w] of byColumn[i] ?? []) net.set(r, (net.get(r) ?? 0) + w);
    if (j >= 0) for (const [r, w] of byColumn[j] ?? []) net.set(r, (net.get(r) ?? 0) - w);
    return [...net]
      .filter(([, w]) => Math.abs(w) > 1e-12)
      .sort(([a], [b]) => a - b)
      .map(([r, w]) => `${r}:${w.toPrecision(10)}`)
      .join(',');
  };
  // For every trade shape, per owner: how far it can go up (i rises, j falls) and down.
  const trades = new Map<string, Map<string, { up: number; down: number }>>();
  const pairsOf = new Map<string, Array<{ i: number; j: number; key: string }>>();
  for (const [owner, own] of ownColumns) {
    const pairs: Array<{ i: number; j: number; key: string }> = [];
    // Trades of one unknown alone, and of two unknowns under the same parent code (a
    // sub-criterion against its sibling): enough for most pilots, and cheap to list.
    const parentOf = (c: number) => parentCode((unknowns.names[c] ?? '').split(':')[0] ?? '');
    for (const i of own) {
      for (const j of [-1, ...own]) {
        if (i === j || (j >= 0 && unknowns.names[j] === unknowns.names[i])) continue;
        if (j >= 0 && parentOf(j) !== parentOf(i)) continue;
        const key = difference(i, j);
        pairs.push({ i, j, key });
        const shape = trades.get(key) ?? new Map<string, { up: number; down: number }>();
        const seen = shape.get(owner) ?? { up: 0, down: 0 };
        seen.up = Math.max(seen.up, Math.min(rise(i), fall(j)));
        seen.down = Math.max(seen.down, Math.min(fall(i), rise(j)));
        shape.set(owner, seen);
        trades.set(key, shape);
      }
    }
    pairsOf.set(owner, pairs);
  }
  // Per trade shape and side: the total over owners and the two largest, so that "everyone but
  // this pilot and the largest other" costs nothing to work out.
  const totals = new Map<string, Record<'up' | 'down', { sum: number; top: [string, number][] }>>();
  for (const [key, shape] of trades) {
    const side = (which: 'up' | 'down') => {
      const all = [...shape].map(([o, v]): [string, number] => [o, v[which]]);
      all.sort((a, b) => b[1] - a[1]);
      return { sum: all.reduce((a, [, v]) => a + v, 0), top: all.slice(0, 2) };
    };
    totals.set(key, { up: side('up'), down: side('down') });
  }
  /** What other owners can absorb, leaving out the largest one (the insider, at worst) if `robust`. */
  const absorb = (key: string, owner: string, side: 'up' | 'down', robust: boolean) => {
    const total = totals.get(key)?.[side];
    if (!total) return 0;
    const own =
      total.top.find(([o]) => o === owner)?.[1] ?? trades.get(key)?.get(owner)?.[side] ?? 0;
    const largestOther = total.top.find(([o]) => o !== owner)?.[1] ?? 0;
    return Math.max(0, total.sum - own - (robust ? largestOther : 0));
  };
  const valueOf = (terms: Terms) => [...terms].reduce((s, [c, w]) => s + w * (truth[c] ?? 0), 0);
  const proven = (owner: string, terms: Terms, robust: boolean): Interval => {
    let up = 0;
    let down = 0;
    // Trades of single unknowns with different shapes use different partner unknowns, so they
    // add up: a criterion or kind score moves by the sum of its sub-criteria's moves.
    const single = new Map<string, { up: number; down: number }>();
    for (const { i, j, key } of pairsOf.get(owner) ?? []) {
      const gain = (terms.get(i) ?? 0) - (j >= 0 ? (terms.get(j) ?? 0) : 0);
      if (gain <= 1e-12) continue;
      // This pilot's i rises while partners' i′ fall, or the reverse.
      const u = gain * Math.min(rise(i), fall(j), absorb(key, owner, 'down', robust));
      const d = gain * Math.min(fall(i), rise(j), absorb(key, owner, 'up', robust));
      up = Math.max(up, u);
      down = Math.max(down, d);
      if (j < 0) {
        const seen = single.get(key) ?? { up: 0, down: 0 };
        single.set(key, { up: Math.max(seen.up, u), down: Math.max(seen.down, d) });
      }
    }
    let upAll = 0;
    let downAll = 0;
    for (const move of single.values()) {
      upAll += move.up;
      downAll += move.down;
    }
    up = Math.max(up, upAll);
    down = Math.max(down, downAll);
    const value = valueOf(terms);
    return { min: value - down, max: value + up };
  };

  // Which pilots share a small figure (at most insiderScope members): the insiders audited exactly.
  const near = new Map<string, Set<string>>();
  for (const { row } of [...current, ...earlier.map((row) => ({ row }))]) {
    const owners = new Set([...row.terms.keys()].map((c) => unknowns.owners[c] ?? ''));
    if (owners.size > insiderScope) continue;
    for (const o of owners) {
      const set = near.get(o) ?? new Set<string>();
      for (const other of owners) set.add(other);
      near.set(o, set);
    }
  }
  // Safe without the solver: proven against any insider, or proven against an outsider for a
  // pilot that shares no small figure with anyone (no insider is audited exactly there).
  const needsSolver = targets.filter((t) => {
    const bands = input.bandsOf(t.target);
    if (protects(proven(t.subject.key, t.expression, true), input.width, bands)) return false;
    const alone = (near.get(t.subject.key)?.size ?? 0) <= 1;
    return !(alone && protects(proven(t.subject.key, t.expression, false), input.width, bands));
  });
  const failures: Failure[] = [];
  // A row holds a subject's column only if the subject is a member: the columns tell membership.
  const figuresOf = (expression: Terms) =>
    current
      .filter(({ row }) => [...expression.keys()].some((c) => row.terms.has(c)))
      .map(({ statistic }) => statistic.figure);
  let solves = 0;
  let seconds = 0;
  const budget = input.solverBudget ?? 400;
  if (needsSolver.length > budget) {
    // Too many for the solver in one build: what is not proven safe counts as exposed, so the
    // caller hides more and audits again (hiding only ever widens the intervals).
    for (const t of needsSolver)
      failures.push({
        subject: t.subject.key,
        target: t.target,
        attacker: 'outsider',
        interval: { min: Number.NaN, max: Number.NaN },
        figures: figuresOf(t.expression),
      });
  } else if (needsSolver.length > 0) {
    const model = attackerModel(await solver(), columns, rows, UPPER);
    try {
      const stillSafe = needsSolver.filter((t) => {
        const interval = model.interval(t.expression);
        if (protects(interval, input.width, input.bandsOf(t.target))) return true;
        failures.push({
          subject: t.subject.key,
          target: t.target,
          attacker: 'outsider',
          interval,
          figures: figuresOf(t.expression),
        });
        return false;
      });
      const failed = new Set<string>();
      for (const insider of input.subjects) {
        if (!insider.values || stillSafe.length === 0) continue;
        const known = new Map<number, number>();
        for (let c = 0; c < columns; c += 1)
          if (unknowns.owners[c] === insider.key) known.set(c, truth[c] ?? 0);
        model.fix(known);
        for (const t of stillSafe) {
          const id = `${t.subject.key} ${t.target}`;
          if (t.subject.key === insider.key || failed.has(id)) continue;
          if (!near.get(insider.key)?.has(t.subject.key)) continue;
          const interval = model.interval(t.expression);
          if (protects(interval, input.width, input.bandsOf(t.target))) continue;
          failed.add(id);
          failures.push({
            subject: t.subject.key,
            target: t.target,
            attacker: 'insider',
            interval,
            figures: figuresOf(t.expression),
          });
        }
        model.release();
      }
      ({ solves, seconds } = model.stats());
    } finally {
      model.dispose();
    }
  }
  return { failures, quantities: targets.length, solved: needsSolver.length, solves, seconds };
}

/**
 * Band counts next to a mean: each pilot lies in its band, and the sum is known, so near the
 * extremes every member is pinned to the edge of its band. The counts are safe when every member,
 * for an outsider and for an insider who knows its own score, keeps at least half its band's
 * width (or half the protection width, if less) of freedom, and when an insider still cannot tell
 * the other members' bands apart (at least two bands remain besides its own score).
 */
export function bandCountsProtect(
  values: readonly number[],
  bands: readonly Band[],
  mean: number,
  width: number,
  rounding = 0.05,
): boolean {
  const ordered = [...bands].sort((a, b) => a.min - b.min);
  const edges = ordered.map((band, i) => ({
    lo: i === 0 ? band.min : (ordered[i - 1]?.max ?? band.min),
    hi: band.max,
  }));
  const bandOf = (v: number) => {
    const i = edges.findIndex((e) => v <= e.hi);
    return i === -1 ? edges.length - 1 : i;
  };
  const counts = edges.map(() => 0);
  for (const v of values) counts[bandOf(v)] = (counts[bandOf(v)] ?? 0) + 1;
  // An insider removes itself: the other members must still spread over two bands.
  for (const [b, count] of counts.entries()) {
    if (count === 0) continue;
    const rest = counts.map((c, i) => (i === b ? c - 1 : c));
    if (rest.filter((c) => c > 0).length < 2) return false;
  }
  const n = values.length;
  const total = { lo: n * (mean - rounding), hi: n * (mean + rounding) };
  const free = (members: number[], known: number) => {
    const most = members.reduce((s, b) => s + (edges[b]?.hi ?? 0), 0);
    const least = members.reduce((s, b) => s + (edges[b]?.lo ?? 0), 0);
    const up = Math.max(0, total.hi - known - least);
    const down = Math.max(0, most - (total.lo - known));
    return members.every((b) => {
      const edge = edges[b] ?? { lo: 0, hi: 0 };
      const span = Math.min(edge.hi, edge.lo + up) - Math.max(edge.lo, edge.hi - down);
      return span >= Math.min(width, edge.hi - edge.lo) / 2 - 1e-9;
    });
  };
  const all = values.map(bandOf);
  if (!free(all, 0)) return false;
  return values.every((v, i) => free([...all.slice(0, i), ...all.slice(i + 1)], v));
}
