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
import type { Band } from '../content/schemas/panel.ts';
import { knowledge, type Subject } from './knowledge.ts';
import { solver } from './lp.ts';
import { byNeighbourhood } from './neighbourhoods.ts';
import { groupMates, proveByPairs } from './pairs.ts';
import { protects, type Failure, type Statistic } from './proof.ts';
import { proveBySlack, rowSlack } from './slack.ts';
import { insidersNear, solverRound } from './solver-round.ts';
import { tradeProof } from './trades.ts';

export type { ColumnRows, Shape, Subject } from './knowledge.ts';
export type { Failure, Statistic } from './proof.ts';

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

export interface AuditOutcome {
  failures: Failure[];
  /** Protected quantities audited, and how many needed the solver. */
  quantities: number;
  solved: number;
  solves: number;
  seconds: number;
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
  const { names, owners } = model;
  const columns = names.length;
  const insiderScope = input.insiderScope ?? 10;
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
  const { quantities, open: afterSlack } = proveBySlack(input, model, slack, bandsOf);
  const groupOf = groupMates(input.statistics, input.subjects);
  const afterPairs = proveByPairs(afterSlack, {
    model,
    slack,
    width: input.width,
    bandsOf,
    groupOf,
  });
  const near = insidersNear(model, insiderScope);
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
        groupOf,
        count: (stats) => {
          solves += stats.solves;
          seconds += stats.seconds;
        },
      })
    : [];
  const proven = afterNeighbours.length > 0 ? tradeProof(model, ownColumns()) : undefined;
  const needsSolver = afterNeighbours.filter((t) => {
    if (!proven) return true;
    const bands = bandsOf(t.target);
    if (protects(proven(t.subject.key, t.expression, true), input.width, bands)) return false;
    const alone = (near.get(t.subject.key)?.size ?? 0) <= 1;
    return !(alone && protects(proven(t.subject.key, t.expression, false), input.width, bands));
  });
  const round = await solverRound(needsSolver, {
    model,
    subjects: input.subjects,
    statistics: input.statistics,
    width: input.width,
    bandsOf,
    near,
    budget: input.solverBudget ?? 400,
  });
  return {
    failures: round.failures,
    quantities,
    solved: needsSolver.length,
    solves: solves + round.solves,
    seconds: seconds + round.seconds,
  };
}
