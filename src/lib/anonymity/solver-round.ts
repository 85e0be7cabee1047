/**
 * The solver round: what no proof covers goes to the whole-model LP (HiGHS), as exact min/max
 * problems, for the outsider and for every insider that shares a small figure with the pilot,
 * within a budget.
 */
import type { Band } from '../content/schemas/panel.ts';
import type { Knowledge, Subject } from './knowledge.ts';
import { attackerModel, mergeRows, solver, type Terms } from './lp.ts';
import { protects, UPPER, type Failure, type Quantity, type Statistic } from './proof.ts';

/** Which pilots share a figure of at most `insiderScope` members: the insiders audited exactly. */
export function insidersNear(model: Knowledge, insiderScope: number): Map<string, Set<string>> {
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
  return near;
}

/**
 * Solves each quantity exactly, unless there are more than `budget`: then what is not proven safe
 * counts as exposed. Returns the failures with the figures of this release they rest on.
 */
export async function solverRound(
  needsSolver: readonly Quantity[],
  input: {
    model: Knowledge;
    subjects: readonly Subject[];
    statistics: readonly Statistic[];
    width: number;
    bandsOf: (target: string) => readonly Band[] | undefined;
    near: ReadonlyMap<string, ReadonlySet<string>>;
    budget: number;
  },
): Promise<{ failures: Failure[]; solves: number; seconds: number }> {
  const { model, bandsOf, near } = input;
  const { truth, byColumn } = model;
  const columns = model.names.length;
  let solves = 0;
  let seconds = 0;
  const failures: Failure[] = [];
  /** The figures of this release whose rows hold a column of the expression. */
  const figuresOf = (expression: Terms) => {
    const entered = new Set<number>();
    for (const c of expression.keys()) byColumn.each(c, (r) => entered.add(r));
    return input.statistics
      .filter((_, i) => entered.has(model.currentRow[i] ?? -1))
      .map((statistic) => statistic.figure);
  };
  if (needsSolver.length > input.budget) {
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
  return { failures, solves, seconds };
}
