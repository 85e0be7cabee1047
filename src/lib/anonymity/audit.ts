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
 * Most quantities are proven safe without the whole LP. Each proof exhibits points that keep every
 * published figure (so the attacker cannot rule them out) and takes the interval they span, which
 * lies inside the attacker's; when that interval protects, the attacker's does too. In order, from
 * cheapest: (1) slack — one pilot's scores move within the room the rounding of each mean leaves;
 * (2) pairs — a pilot and a partner of the same groups move in opposite directions; (3)
 * neighbourhoods — a small LP in which a pilot and a few others move, everyone else fixed at the
 * truth; (4) trades between unknowns that enter every figure alike. Insiders are covered by using,
 * for each quantity, two proofs whose moving pilots share only the audited one. What no proof
 * covers goes to the whole-model LP (HiGHS), as exact min/max problems, within a budget.
 * tests/unit/anonymity/proofs.test.ts checks the proofs against an independent attacker's LP.
 */
import { parentCode } from '../content/codes.ts';
import type { Band } from '../content/schemas/panel.ts';
import { bandIndex } from '../content/scores.ts';
import {
  ancestorsOf,
  knowledge,
  rowsWithOthersFixed,
  type ColumnRows,
  type Knowledge,
  type Subject,
} from './knowledge.ts';
import { attackerModel, mergeRows, solver, type Highs, type Interval, type Terms } from './lp.ts';

export type { ColumnRows, Shape, Subject } from './knowledge.ts';

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
  /**
   * Neighbourhood sizes tried, smallest first ([4, 16] by default; [] turns the proof off): how
   * many other pilots move together with the audited one in each of its two neighbourhood LPs.
   */
  neighbourhoods?: readonly number[];
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
/** Partners tried per pilot in the proof by pairs. */
const PARTNERS = 4;
/** Pilots of a group looked at for partners. */
const SCAN = 64;

/** Target names spelt once per audit: each leaf's codes and kind, and its dimensions. */
class TargetNames {
  private readonly byLeaf = new Map<string, number[]>();
  private readonly byDimension = new Map<string, Map<string, number>>();
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  /** By id, the subject (stamp) a name was last listed for: each name once per subject. */
  private seen = new Int32Array(64);
  private stamp = 0;
  constructor(private readonly leafKinds: ReadonlyMap<string, string>) {}

  private id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      if (this.seen.length <= id) {
        const grown = new Int32Array(this.seen.length * 2);
        grown.set(this.seen);
        this.seen = grown;
      }
    }
    return id;
  }

  /** Every quantity protected for a subject: its leaves, dimensions, every code above, its kinds. */
  of(subject: Subject): string[] {
    this.stamp += 1;
    const targets: string[] = [];
    const add = (id: number) => {
      if (this.seen[id] === this.stamp) return;
      this.seen[id] = this.stamp;
      targets.push(this.names[id] ?? '');
    };
    for (const leaf in subject.shape) {
      let own = this.byLeaf.get(leaf);
      if (!own) {
        own = [
          ...ancestorsOf(leaf).map((code) => this.id(`code:${code}`)),
          this.id(`kind:${this.leafKinds.get(leaf) ?? ''}`),
        ];
        this.byLeaf.set(leaf, own);
      }
      for (const id of own) add(id);
      const how = subject.shape[leaf];
      if (!Array.isArray(how)) continue;
      let dimensions = this.byDimension.get(leaf);
      if (!dimensions) {
        dimensions = new Map();
        this.byDimension.set(leaf, dimensions);
      }
      for (const d of how) {
        let id = dimensions.get(d);
        if (id === undefined) {
          id = this.id(`dim:${leaf}:${d}`);
          dimensions.set(d, id);
        }
        add(id);
      }
    }
    return targets;
  }
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
  const bandsByTarget = new Map<string, readonly Band[] | undefined>();
  const bandsOf = (target: string) => {
    if (!bandsByTarget.has(target)) bandsByTarget.set(target, input.bandsOf(target));
    return bandsByTarget.get(target);
  };
  const model = knowledge({
    subjects: input.subjects,
    current: input.statistics,
    earlier: input.earlier,
    leafKinds: input.leafKinds,
    rounding,
  });
  const { truth, byColumn, names, owners } = model;
  const columns = names.length;
  const insiderScope = input.insiderScope ?? 10;

  // The first proof, by slack: a published mean is rounded, so each figure leaves its sum some room
  // around the true one. Moving only this pilot's unknowns, everyone else's fixed at their true
  // values, within that room and within 0–100, keeps every published figure as it is: each such
  // move is a feasible alternative for the outsider and for every insider but the pilot itself.
  const slack = rowSlack(model);
  /** Each owner's columns (worked out only if a proof past the pairs needs them). */
  let ownColumnsCache: Map<string, number[]> | undefined;
  const ownColumns = (): Map<string, number[]> => {
    if (ownColumnsCache) return ownColumnsCache;
    const map = new Map<string, number[]>();
    for (let c = 0; c < columns; c += 1) {
      const owner = owners[c] ?? '';
      const list = map.get(owner);
      if (list) list.push(c);
      else map.set(owner, [c]);
    }
    ownColumnsCache = map;
    return map;
  };
  const bySlack = (terms: Terms): Interval =>
    slackInterval(terms, truth, byColumn, slack, valueOf(terms));
  const valueOf = (terms: Terms) => {
    let sum = 0;
    for (const [c, w] of terms) sum += w * (truth[c] ?? 0);
    return sum;
  };
  // Quantities are worked out one pilot at a time and kept only when the slack proves nothing.
  let quantities = 0;
  const afterSlack: Quantity[] = [];
  // Each pilot's columns and their rows are read once; a quantity is a coefficient per column.
  const targetNames = new TargetNames(input.leafKinds);
  let coefficients = new Float64Array(0);
  const cheap = {
    value: new Float64Array(model.targets),
    rise: new Float64Array(model.targets),
    fall: new Float64Array(model.targets),
    /** Targets the pilot has a value of. */
    has: new Uint8Array(model.targets),
  };
  for (const subject of input.subjects) {
    if (!subject.values) continue;
    const own = incidence(model.columnsOf(subject.key), byColumn);
    if (coefficients.length < own.columns.length)
      coefficients = new Float64Array(own.columns.length);
    // Moving all of a pilot's unknowns to 100 (or all to 0) loads each row it enters; the rows
    // where that load exceeds the slack are the only ones that can limit a move of some of them.
    const binds = bindingColumns(own, truth, slack);
    // Two inner bounds per quantity, the cheap one first. (a) The unknowns of the quantity that
    // enter no binding row move all the way together: they fit, and so does any part of them.
    // It is worked out for all of the pilot's targets in one pass over its unknowns. (b) The
    // slack proof over all its unknowns. Each is a move the attacker cannot rule out.
    cheap.value.fill(0);
    cheap.rise.fill(0);
    cheap.fall.fill(0);
    cheap.has.fill(0);
    own.columns.forEach((column, i) => {
      const t = truth[column] ?? Number.NaN;
      model.targetsOfColumn(column, (target, weight) => {
        cheap.has[target] = 1;
        cheap.value[target] = (cheap.value[target] ?? 0) + weight * t;
        if (!binds.up[i]) cheap.rise[target] = (cheap.rise[target] ?? 0) + weight * (UPPER - t);
        if (!binds.down[i]) cheap.fall[target] = (cheap.fall[target] ?? 0) + weight * t;
      });
    });
    for (const target of targetNames.of(subject)) {
      if (input.only && !input.only.has(`${subject.key} ${target}`)) continue;
      const id = model.targetIndex(target);
      if (id === undefined || !cheap.has[id]) continue;
      quantities += 1;
      const value = cheap.value[id] ?? Number.NaN;
      const bands = bandsOf(target);
      const rise = cheap.rise[id] ?? 0;
      const fall = cheap.fall[id] ?? 0;
      if (protects({ min: value - fall, max: value + rise }, input.width, bands)) continue;
      model.coefficients(subject.key, target, coefficients);
      const interval = {
        min: value - Math.max(fall, reachBySlack(own, coefficients, truth, slack, -1)),
        max: value + Math.max(rise, reachBySlack(own, coefficients, truth, slack, 1)),
      };
      if (protects(interval, input.width, bands)) continue;
      const expression = model.expression(subject.key, target);
      if (expression) afterSlack.push({ subject, target, expression });
    }
  }

  // The second proof, by pairs: the pilot's unknowns move as above while a partner's unknowns of
  // the same names move the other way, so that the figures both are in keep their sums and only
  // what differs between them needs slack. Partners are pilots in the same groups of every table
  // (same region, type, staff band). Each pair move is a feasible alternative for every attacker
  // but the two pilots, so a quantity is safe when two different partners each prove it: an insider
  // is at most one of them.
  const groupOf = new Map<string, string[]>();
  for (const statistic of input.statistics)
    if (statistic.target.startsWith('kind:'))
      for (const member of statistic.members) {
        const list = groupOf.get(member);
        if (list) list.push(statistic.figure);
        else groupOf.set(member, [statistic.figure]);
      }
  const groups = new Map<string, string[]>();
  for (const subject of input.subjects) {
    if (!subject.values) continue;
    const signature = (groupOf.get(subject.key) ?? []).join('|');
    const list = groups.get(signature);
    if (list) list.push(subject.key);
    else groups.set(signature, [subject.key]);
  }
  /** Partners for a quantity: pilots of its groups that have most of its unknowns, nearest first. */
  const partnersFor = (key: string, expression: Terms): string[] => {
    const group = groups.get((groupOf.get(key) ?? []).join('|')) ?? [];
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
  const afterPairs = afterSlack.filter((t) => {
    const bands = bandsOf(t.target);
    const own = bySlack(t.expression);
    let proofs = 0;
    for (const q of partnersFor(t.subject.key, t.expression)) {
      const pair = pairInterval(
        t.expression,
        truth,
        byColumn,
        slack,
        valueOf(t.expression),
        partnerOf(q),
      );
      const hull = { min: Math.min(own.min, pair.min), max: Math.max(own.max, pair.max) };
      if (protects(hull, input.width, bands)) proofs += 1;
      if (proofs >= 2) return false;
    }
    return true;
  });

  const proof = (): ((owner: string, terms: Terms, robust: boolean) => Interval) => {
    // The fourth proof, by trades. A trade moves value between unknowns without changing any
    // published figure:
    // one pilot's unknown i rises by δ and its unknown j falls by δ (or j is absent), while another
    // pilot's unknowns i′, j′ do the opposite. It is possible whenever i − j and i′ − j′ enter every
    // row alike. Each trade is a feasible alternative the attacker cannot rule out.
    const t = (c: number) => truth[c] ?? Number.NaN;
    const rise = (c: number) => (c < 0 ? UPPER : Number.isNaN(t(c)) ? UPPER : UPPER - t(c));
    const fall = (c: number) => (c < 0 ? UPPER : Number.isNaN(t(c)) ? UPPER : t(c));
    /** The rows an unknown i less an unknown j (or nothing, j = −1) enter, as a key. */
    const difference = (i: number, j: number) => {
      const net = new Map<number, number>();
      byColumn.each(i, (r, w) => net.set(r, (net.get(r) ?? 0) + w));
      if (j >= 0) byColumn.each(j, (r, w) => net.set(r, (net.get(r) ?? 0) - w));
      return [...net]
        .filter(([, w]) => Math.abs(w) > 1e-12)
        .sort(([a], [b]) => a - b)
        .map(([r, w]) => `${r}:${w.toPrecision(10)}`)
        .join(',');
    };
    // For every trade shape, per owner: how far it can go up (i rises, j falls) and down.
    const trades = new Map<string, Map<string, { up: number; down: number }>>();
    const pairsOf = new Map<string, Array<{ i: number; j: number; key: string }>>();
    for (const [owner, own] of ownColumns()) {
      const pairs: Array<{ i: number; j: number; key: string }> = [];
      // Trades of one unknown alone, and of two unknowns under the same parent code (a
      // sub-criterion against its sibling): enough for most pilots, and cheap to list.
      const parentOf = (c: number) => parentCode((names[c] ?? '').split(':')[0] ?? '');
      for (const i of own) {
        for (const j of [-1, ...own]) {
          if (i === j || (j >= 0 && names[j] === names[i])) continue;
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
    const totals = new Map<
      string,
      Record<'up' | 'down', { sum: number; top: [string, number][] }>
    >();
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
    return proven;
  };

  // Which pilots share a small figure (at most insiderScope members): the insiders audited exactly.
  const near = new Map<string, Set<string>>();
  for (let r = 0; r < model.lo.length; r += 1) {
    if (model.size(r) > insiderScope) continue;
    const members = model.members(r);
    for (const o of members) {
      const set = near.get(o) ?? new Set<string>();
      for (const other of members) set.add(other);
      near.set(o, set);
    }
  }
  // Safe without the whole LP: proven by slack, pairs or neighbourhoods, or by trades against any
  // insider, or against an outsider for a pilot that shares no small figure with anyone.
  const highs = afterPairs.length > 0 ? await solver() : undefined;
  let solves = 0;
  let seconds = 0;
  const afterNeighbours = highs
    ? byNeighbourhood(afterPairs, {
        highs,
        model,
        ownColumns: ownColumns(),
        width: input.width,
        bandsOf,
        sizes: input.neighbourhoods ?? [4, 16],

        groupOf: (owner) => groups.get((groupOf.get(owner) ?? []).join('|')) ?? [],
        count: (stats) => {
          solves += stats.solves;
          seconds += stats.seconds;
        },
      })
    : [];
  const proven = afterNeighbours.length > 0 ? proof() : undefined;
  const needsSolver = afterNeighbours.filter((t) => {
    if (!proven) return true;
    const bands = bandsOf(t.target);
    if (protects(proven(t.subject.key, t.expression, true), input.width, bands)) return false;
    const alone = (near.get(t.subject.key)?.size ?? 0) <= 1;
    return !(alone && protects(proven(t.subject.key, t.expression, false), input.width, bands));
  });
  const failures: Failure[] = [];
  /** The figures of this release whose rows hold a column of the expression. */
  const figuresOf = (expression: Terms) => {
    const entered = new Set<number>();
    for (const c of expression.keys()) byColumn.each(c, (r) => entered.add(r));
    return input.statistics
      .filter((_, i) => entered.has(model.currentRow[i] ?? -1))
      .map((statistic) => statistic.figure);
  };
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
    const lp = attackerModel(await solver(), columns, mergeRows(model.explicitRows()), UPPER);
    try {
      const stillSafe = needsSolver.filter((t) => {
        const interval = lp.interval(t.expression);
        if (protects(interval, input.width, bandsOf(t.target))) return true;
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
        for (const c of model.columnsOf(insider.key)) known.set(c, truth[c] ?? 0);
        lp.fix(known);
        for (const t of stillSafe) {
          const id = `${t.subject.key} ${t.target}`;
          if (t.subject.key === insider.key || failed.has(id)) continue;
          if (!near.get(insider.key)?.has(t.subject.key)) continue;
          const interval = lp.interval(t.expression);
          if (protects(interval, input.width, bandsOf(t.target))) continue;
          failed.add(id);
          failures.push({
            subject: t.subject.key,
            target: t.target,
            attacker: 'insider',
            interval,
            figures: figuresOf(t.expression),
          });
        }
        lp.release();
      }
      solves += lp.stats().solves;
      seconds += lp.stats().seconds;
    } finally {
      lp.dispose();
    }
  }
  return { failures, quantities, solved: needsSolver.length, solves, seconds };
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
  /** Every member, by the counts per band, keeps its freedom; `known` is what an insider adds. */
  const free = (members: readonly number[], known: number) => {
    let most = 0;
    let least = 0;
    members.forEach((count, b) => {
      most += count * (edges[b]?.hi ?? 0);
      least += count * (edges[b]?.lo ?? 0);
    });
    const up = Math.max(0, total.hi - known - least);
    const down = Math.max(0, most - (total.lo - known));
    // Members of one band are alike: checking each band with members checks every member.
    return members.every((count, b) => {
      if (count === 0) return true;
      const edge = edges[b] ?? { lo: 0, hi: 0 };
      const span = Math.min(edge.hi, edge.lo + up) - Math.max(edge.lo, edge.hi - down);
      return span >= Math.min(width, edge.hi - edge.lo) / 2 - 1e-9;
    });
  };
  if (!free(counts, 0)) return false;
  // An insider's check depends only on its score (and so its band): each distinct score once.
  return [...new Set(values)].every((v) => {
    const b = bandOf(v);
    return free(
      counts.map((c, i) => (i === b ? c - 1 : c)),
      v,
    );
  });
}

/** How far each row's sum may rise and fall from its true value; 0 where a member's value is unknown. */
export function rowSlack(model: { lo: Float64Array; hi: Float64Array; value: Float64Array }): {
  up: Float64Array;
  down: Float64Array;
} {
  const rows = model.lo.length;
  const up = new Float64Array(rows);
  const down = new Float64Array(rows);
  for (let r = 0; r < rows; r += 1) {
    const value = model.value[r] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    // A hair less than the room, so that rounding in the sums never makes a move look feasible.
    up[r] = Math.max(0, (model.hi[r] ?? 0) - value - 1e-6);
    down[r] = Math.max(0, value - (model.lo[r] ?? 0) - 1e-6);
  }
  return { up, down };
}

/** Columns with the rows each enters and its weight there, read once for many quantities. */
interface Incidence {
  columns: readonly number[];
  /** Where each column's rows start in `rows` and `weights`. */
  start: Int32Array;
  rows: Int32Array;
  weights: Float64Array;
}

function incidence(columns: readonly number[], byColumn: ColumnRows): Incidence {
  const rows: number[] = [];
  const weights: number[] = [];
  const start = new Int32Array(columns.length + 1);
  columns.forEach((column, i) => {
    byColumn.each(column, (r, w) => {
      rows.push(r);
      weights.push(w);
    });
    start[i + 1] = rows.length;
  });
  return { columns, start, rows: Int32Array.from(rows), weights: Float64Array.from(weights) };
}

/**
 * What moving one pilot's unknowns alone proves about a linear quantity of them: the quantity's
 * interval over moves that keep every row within its slack and every unknown within 0–100 (an
 * inner bound of the attacker's interval). Two kinds of move per direction: every unknown of the
 * quantity towards its bound, scaled down until each row fits; and the best single unknown alone.
 */
export function slackInterval(
  terms: Terms,
  truth: Float64Array,
  byColumn: ColumnRows,
  slack: { up: Float64Array; down: Float64Array },
  value: number,
): Interval {
  const local = incidence([...terms.keys()], byColumn);
  const coefficients = Float64Array.from(local.columns, (c) => terms.get(c) ?? 0);
  return {
    min: value - reachBySlack(local, coefficients, truth, slack, -1),
    max: value + reachBySlack(local, coefficients, truth, slack, 1),
  };
}

/**
 * Which columns of `local` enter a row that cannot take the move of every column to 100 (`up`),
 * or of every column to 0 (`down`). Every weight is positive, so a
 * move of only some columns, each no further than its bound, fits every other row.
 */
function bindingColumns(
  local: Incidence,
  truth: Float64Array,
  slack: { up: Float64Array; down: Float64Array },
): { up: Uint8Array; down: Uint8Array } {
  const rows = slack.up.length;
  if (scratch.load.length < rows) scratch.load = new Float64Array(rows);
  if (scratch.fall.length < rows) scratch.fall = new Float64Array(rows);
  const { load, fall } = scratch;
  for (let i = 0; i < local.columns.length; i += 1) {
    const t = truth[local.columns[i] ?? -1] ?? Number.NaN;
    const end = local.start[i + 1] ?? 0;
    for (let at = local.start[i] ?? 0; at < end; at += 1) {
      const r = local.rows[at] ?? 0;
      const w = local.weights[at] ?? 0;
      load[r] = (load[r] ?? 0) + (Number.isNaN(t) || w < 0 ? Infinity : w * (UPPER - t));
      fall[r] = (fall[r] ?? 0) + (Number.isNaN(t) || w < 0 ? Infinity : w * t);
    }
  }
  const up = new Uint8Array(local.columns.length);
  const down = new Uint8Array(local.columns.length);
  for (let i = 0; i < local.columns.length; i += 1) {
    const end = local.start[i + 1] ?? 0;
    for (let at = local.start[i] ?? 0; at < end; at += 1) {
      const r = local.rows[at] ?? 0;
      if ((load[r] ?? 0) > (slack.up[r] ?? 0)) up[i] = 1;
      if ((fall[r] ?? 0) > (slack.down[r] ?? 0)) down[i] = 1;
    }
  }
  for (const r of local.rows) {
    load[r] = 0;
    fall[r] = 0;
  }
  return { up, down };
}

/** How far the quantity moves in the direction `sign` by moving its unknowns within the slack. */
function reachBySlack(
  local: Incidence,
  coefficients: Float64Array,
  truth: Float64Array,
  slack: { up: Float64Array; down: Float64Array },
  sign: 1 | -1,
): number {
  // The load each row takes, in a scratch array over the rows, and the rows touched, in order.
  const rows = slack.up.length;
  if (scratch.load.length < rows) scratch.load = new Float64Array(rows);
  if (scratch.mark.length < rows) {
    scratch.touched = new Int32Array(rows);
    scratch.mark = new Uint8Array(rows);
  }
  const { load, touched, mark } = scratch;
  let touchedCount = 0;
  let whole = 0;
  let best = 0;
  for (let i = 0; i < local.columns.length; i += 1) {
    const coefficient = coefficients[i] ?? 0;
    if (coefficient === 0) continue;
    const t = truth[local.columns[i] ?? -1] ?? Number.NaN;
    if (Number.isNaN(t)) continue;
    // The unknown moves in the direction that moves the quantity by `sign`.
    const direction = coefficient > 0 ? sign : -sign;
    const room = direction > 0 ? UPPER - t : t;
    if (room <= 0) continue;
    let alone = room;
    const end = local.start[i + 1] ?? 0;
    for (let at = local.start[i] ?? 0; at < end; at += 1) {
      const r = local.rows[at] ?? 0;
      const change = (local.weights[at] ?? 0) * direction * room;
      if (mark[r] === 0) {
        mark[r] = 1;
        touched[touchedCount] = r;
        touchedCount += 1;
      }
      load[r] = (load[r] ?? 0) + change;
      const limit = change > 0 ? (slack.up[r] ?? 0) : (slack.down[r] ?? 0);
      if (change !== 0) alone = Math.min(alone, (room * limit) / Math.abs(change));
    }
    const size = coefficient > 0 ? coefficient : -coefficient;
    best = Math.max(best, size * alone);
    whole += size * room;
  }
  let scale = 1;
  for (let k = 0; k < touchedCount; k += 1) {
    const r = touched[k] ?? 0;
    const change = load[r] ?? 0;
    load[r] = 0;
    mark[r] = 0;
    const limit = change > 0 ? (slack.up[r] ?? 0) : (slack.down[r] ?? 0);
    if (Math.abs(change) > 1e-12) scale = Math.min(scale, limit / Math.abs(change));
  }
  return Math.max(best, scale * whole);
}

/** Reused by the slack proofs: zero-filled arrays over the rows (never left holding a value). */
const scratch = {
  load: new Float64Array(0),
  fall: new Float64Array(0),
  touched: new Int32Array(0),
  mark: new Uint8Array(0),
};

/** A protected quantity: a subject's target, as a linear expression over the columns. */
interface Quantity {
  subject: Subject;
  target: string;
  expression: Terms;
}

/**
 * The third proof, by neighbourhoods: a small LP in which the audited pilot and a few others
 * (the pilots that share most figures with it) move freely while every other unknown stays at its
 * true value (unknowns with no known value always move). Every point of it keeps every published
 * figure, so its interval lies inside the outsider's. Two such LPs are solved, with disjoint sets
 * of others: any insider is missing from one of them, where it sits at its true value as it knows
 * it, so that LP's interval lies inside the insider's too. A quantity is safe when both protect it.
 * Returns the quantities it could not prove safe.
 */
function byNeighbourhood(
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
