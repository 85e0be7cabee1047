/**
 * The linear programme an attacker solves: unknown pilot scores (columns, 0–100) tied together by
 * published statistics (rows). Solved with HiGHS (a real LP solver compiled to WebAssembly);
 * one persistent model per audit round, re-solved with a new objective for every quantity.
 */
import loadHighs from 'highs';

export type Highs = Awaited<ReturnType<typeof loadHighs>>;

let runtime: Promise<Highs> | undefined;

/** The HiGHS runtime, loaded once per process. */
export function solver(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

/** A linear combination of columns: column index → coefficient. */
export type Terms = Map<number, number>;

/** One published statistic as a constraint: lo ≤ Σ coefficient × column ≤ hi. */
export interface Row {
  terms: Terms;
  lo: number;
  hi: number;
}

/** The key of a row's left-hand side, so identical constraints are merged into one. */
function termsKey(terms: Terms): string {
  return [...terms]
    .sort(([a], [b]) => a - b)
    .map(([column, coefficient]) => `${column}:${coefficient.toPrecision(12)}`)
    .join(' ');
}

/** A cheap summary of a row's left-hand side: rows that differ in it cannot be the same. */
function quickKey(terms: Terms): string {
  let columns = 0;
  let weights = 0;
  for (const [column, coefficient] of terms) {
    columns += column;
    weights += coefficient;
  }
  return `${terms.size}:${columns}:${weights.toPrecision(8)}`;
}

/** Merges rows with the same left-hand side into one with the tightest bounds. */
export function mergeRows(rows: readonly Row[]): Row[] {
  // Only rows alike in the cheap summary are compared in full (long rows make long keys).
  const alike = new Map<string, number>();
  for (const row of rows) alike.set(quickKey(row.terms), (alike.get(quickKey(row.terms)) ?? 0) + 1);
  const merged = new Map<string, Row>();
  for (const [index, row] of rows.entries()) {
    const quick = quickKey(row.terms);
    const key = (alike.get(quick) ?? 0) > 1 ? termsKey(row.terms) : `#${index}`;
    const seen = merged.get(key);
    if (seen) {
      seen.lo = Math.max(seen.lo, row.lo);
      seen.hi = Math.min(seen.hi, row.hi);
    } else merged.set(key, { terms: row.terms, lo: row.lo, hi: row.hi });
  }
  return [...merged.values()];
}

export interface Interval {
  min: number;
  max: number;
}

/** A model kept in HiGHS: the same rows, many objectives, optionally some columns fixed. */
export interface AttackerModel {
  /** The smallest and largest value of `objective` over everything the attacker knows. */
  interval(objective: Terms): Interval;
  /** Fixes columns to values (what an insider knows) until `release` is called. */
  fix(columns: ReadonlyMap<number, number>): void;
  release(): void;
  /** LP solves so far and the seconds spent in them. */
  stats(): { solves: number; seconds: number };
  dispose(): void;
}

export function attackerModel(
  highs: Highs,
  columns: number,
  rows: readonly Row[],
  upper = 100,
): AttackerModel {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    for (const [column, coefficient] of row.terms) {
      indices.push(column);
      values.push(coefficient);
    }
    starts.push(indices.length);
  }
  const model = highs.createModel({
    numCols: columns,
    numRows: rows.length,
    colCost: new Float64Array(columns),
    colLower: new Float64Array(columns),
    colUpper: new Float64Array(columns).fill(upper),
    rowLower: rows.map((r) => r.lo),
    rowUpper: rows.map((r) => r.hi),
    matrix: {
      format: 'csr',
      numRows: rows.length,
      numCols: columns,
      starts,
      indices,
      values,
    },
  });
  // Objectives change, rows do not: primal simplex restarts from the last basis, which stays
  // feasible, and presolve would only redo the same work every time.
  model.options.set({
    output_flag: false,
    presolve: 'off',
    solver: 'simplex',
    simplex_strategy: 4,
  });
  let solves = 0;
  let seconds = 0;
  let fixed: number[] = [];
  const { minimize, maximize } = highs.constants.objectiveSense;
  const optimum = (objective: Terms, sense: typeof minimize): number => {
    model.changeObjectiveSense(sense);
    const started = performance.now();
    model.run();
    seconds += (performance.now() - started) / 1000;
    solves += 1;
    const status = model.getModelStatus();
    // 7 = optimal. Anything else (the published figures contradict each other, a limit) gives
    // the attacker nothing we can trust, so the audit assumes the worst: the true value is known.
    if (status !== 7) return Number.NaN;
    return [...objective].length === 0 ? 0 : model.getObjectiveValue();
  };
  return {
    interval(objective) {
      const cols = [...objective.keys()].sort((a, b) => a - b);
      const set = { kind: 'set', indices: cols } as const;
      model.changeColsCost(
        set,
        cols.map((c) => objective.get(c) ?? 0),
      );
      const min = optimum(objective, minimize);
      const max = optimum(objective, maximize);
      model.changeColsCost(set, new Float64Array(cols.length));
      return { min, max };
    },
    fix(columnsToFix) {
      fixed = [...columnsToFix.keys()].sort((a, b) => a - b);
      if (fixed.length === 0) return;
      const v = fixed.map((c) => columnsToFix.get(c) ?? 0);
      model.changeColsBounds({ kind: 'set', indices: fixed }, v, v);
    },
    release() {
      if (fixed.length === 0) return;
      model.changeColsBounds(
        { kind: 'set', indices: fixed },
        new Float64Array(fixed.length),
        new Float64Array(fixed.length).fill(upper),
      );
      fixed = [];
    },
    stats: () => ({ solves, seconds }),
    dispose: () => model.dispose(),
  };
}
