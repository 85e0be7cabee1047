/**
 * The audit of hidden figures, as statistical offices audit suppressed cells (tau-Argus, and
 * sdcTable's `attack()`): a figure a primary rule hid (fewer than k pilots, one band, a dimension
 * rule) must not be recomputable from what is published. For each such figure the attacker's
 * feasibility interval of its mean — the smallest and largest value it can take over every
 * published figure, this release's and every recorded one's, on the same model and solver as the
 * pilot audit — must be at least the protection width wide and reach into two bands. Figures
 * hidden only to protect others (complementary hides) need no interval of their own.
 *
 * Proofs go from cheap to exact, each an inner bound of the attacker's interval (a set of points
 * that keep every published figure): (1) slack — the members' unknowns move within the room the
 * rounding of every mean leaves; (2) a neighbourhood LP — the members and the pilots of the other
 * hidden figures move, everyone else stays at the truth; (3) the whole-model LP, within a budget.
 */
import type { Band } from '../content/schemas/panel.ts';
import { protects, UPPER, type Statistic } from './proof.ts';
import { rowSlack, slackInterval } from './slack.ts';
import { knowledge, rowsWithOthersFixed, type Knowledge, type Subject } from './knowledge.ts';
import { attackerModel, mergeRows, solver, type Highs, type Interval, type Terms } from './lp.ts';

/** A hidden figure: the mean of `target` over `members` (subject keys) that a reader does not see. */
export interface HiddenCell {
  figure: string;
  target: string;
  members: readonly string[];
}

export interface HiddenCellsInput {
  subjects: readonly Subject[];
  /** Figures of this release that are shown; they may be hidden to protect a hidden cell. */
  statistics: readonly Statistic[];
  /** Figures of recorded releases: known to the attacker. */
  earlier: readonly Statistic[];
  /** The figures hidden by a primary rule. */
  cells: readonly HiddenCell[];
  leafKinds: ReadonlyMap<string, string>;
  bandsOf: (target: string) => readonly Band[] | undefined;
  width: number;
  rounding?: number;
  /** Most cells the whole-model LP takes in one round (100); beyond it a cell counts as exposed. */
  solverBudget?: number;
  /** Pilots that move in the neighbourhood LP besides the cell's own members (400). */
  neighbourhood?: number;
  /** Below this many unknowns the whole-model LP is the only proof (4,000; 0 tries the cheap ones). */
  exactBelow?: number;
}

/** A hidden cell the attacker narrows too far, with the shown figures of this release it rests on. */
export interface ExposedCell {
  figure: string;
  target: string;
  interval: Interval;
  figures: string[];
}

export interface HiddenCellsOutcome {
  exposed: ExposedCell[];
  /** Hidden cells audited, and how many needed the whole-model LP. */
  cells: number;
  solved: number;
  solves: number;
  seconds: number;
}

/** Audits every hidden cell; returns those whose interval an attacker narrows too far. */
export async function auditHiddenCells(input: HiddenCellsInput): Promise<HiddenCellsOutcome> {
  const outcome: HiddenCellsOutcome = { exposed: [], cells: 0, solved: 0, solves: 0, seconds: 0 };
  if (input.cells.length === 0) return outcome;
  const model = knowledge({
    subjects: input.subjects,
    current: input.statistics,
    earlier: input.earlier,
    leafKinds: input.leafKinds,
    rounding: input.rounding ?? 0.05,
  });
  const { truth, byColumn } = model;
  const slack = rowSlack(model);
  const cells = input.cells.flatMap((cell) => {
    const terms = meanOf(model, cell);
    return terms ? [{ cell, terms }] : [];
  });
  outcome.cells = cells.length;
  const safe = (cell: HiddenCell, interval: Interval) =>
    protects(interval, input.width, input.bandsOf(cell.target));
  const valueOf = (terms: Terms) => {
    let sum = 0;
    for (const [c, w] of terms) sum += w * (truth[c] ?? 0);
    return sum;
  };
  // Below a few thousand unknowns the whole-model LP is cheap enough to be the only proof.
  const small = truth.length < (input.exactBelow ?? 4000);
  let open = small
    ? cells
    : cells.filter(
        ({ cell, terms }) =>
          !safe(cell, slackInterval(terms, truth, byColumn, slack, valueOf(terms))),
      );
  if (open.length === 0) return outcome;
  const highs = await solver();
  if (!small) {
    const others = [...new Set(input.cells.flatMap((c) => c.members))];
    open = open.filter(({ cell, terms }) => {
      const moving = [...cell.members, ...others.slice(0, input.neighbourhood ?? 400)];
      const interval = neighbourhoodInterval(highs, model, moving, terms, outcome);
      return !safe(cell, interval);
    });
  }
  if (open.length === 0) return outcome;
  outcome.solved = open.length;
  const figuresOf = (terms: Terms) => {
    const entered = new Set<number>();
    for (const c of terms.keys()) byColumn.each(c, (r) => entered.add(r));
    return input.statistics
      .filter((_, i) => entered.has(model.currentRow[i] ?? -1))
      .map((statistic) => statistic.figure);
  };
  if (open.length > (input.solverBudget ?? 100)) {
    // Too many for the solver in one build: not proven safe counts as exposed (more is hidden).
    outcome.exposed = open.map(({ cell, terms }) => ({
      figure: cell.figure,
      target: cell.target,
      interval: { min: Number.NaN, max: Number.NaN },
      figures: figuresOf(terms),
    }));
    return outcome;
  }
  const lp = attackerModel(highs, truth.length, mergeRows(model.explicitRows()), UPPER);
  try {
    for (const { cell, terms } of open) {
      const interval = lp.interval(terms);
      if (!safe(cell, interval))
        outcome.exposed.push({
          figure: cell.figure,
          target: cell.target,
          interval,
          figures: figuresOf(terms),
        });
    }
  } finally {
    outcome.solves += lp.stats().solves;
    outcome.seconds += lp.stats().seconds;
    lp.dispose();
  }
  return outcome;
}

/** The cell's mean as a linear expression: each member's value of the target, over the members that have one. */
function meanOf(model: Knowledge, cell: HiddenCell): Terms | undefined {
  const terms: Terms = new Map();
  let n = 0;
  for (const member of new Set(cell.members)) {
    const own = model.expression(member, cell.target);
    if (!own) continue;
    n += 1;
    for (const [c, w] of own) terms.set(c, (terms.get(c) ?? 0) + w);
  }
  if (n === 0) return undefined;
  for (const [c, w] of terms) terms.set(c, w / n);
  return terms;
}

/**
 * The interval of `objective` in the LP where only the `moving` pilots' unknowns (and unknowns of
 * no known value) move and every other unknown stays at its true value: every point of it keeps
 * every published figure, so it lies inside the attacker's interval.
 */
function neighbourhoodInterval(
  highs: Highs,
  model: Knowledge,
  moving: readonly string[],
  objective: Terms,
  stats: { solves: number; seconds: number },
): Interval {
  const { truth } = model;
  const free = new Map<number, number>();
  for (const owner of moving)
    for (const c of model.columnsOf(owner)) if (!free.has(c)) free.set(c, free.size);
  for (let c = 0; c < truth.length; c += 1)
    if (Number.isNaN(truth[c] ?? Number.NaN) && !free.has(c)) free.set(c, free.size);
  const rows = rowsWithOthersFixed(model, free);
  const lp = attackerModel(highs, free.size, rows, UPPER);
  try {
    const local: Terms = new Map();
    for (const [c, w] of objective) {
      const at = free.get(c);
      if (at !== undefined) local.set(at, w);
    }
    // Unknowns held at the truth still count towards the cell's mean.
    let fixedPart = 0;
    for (const [c, w] of objective) if (!free.has(c)) fixedPart += w * (truth[c] ?? 0);
    const interval = lp.interval(local);
    return { min: interval.min + fixedPart, max: interval.max + fixedPart };
  } finally {
    stats.solves += lp.stats().solves;
    stats.seconds += lp.stats().seconds;
    lp.dispose();
  }
}
