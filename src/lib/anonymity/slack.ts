/**
 * The first proof, by slack: a published mean is rounded, so each figure leaves its sum some room
 * around the true one. Moving only this pilot's unknowns, everyone else's fixed at their true
 * values, within that room and within 0–100, keeps every published figure as it is: each such
 * move is a feasible alternative for the outsider and for every insider but the pilot itself.
 */
import type { Band } from '../content/schemas/panel.ts';
import { ancestorsOf, type ColumnRows, type Knowledge, type Subject } from './knowledge.ts';
import type { Interval, Terms } from './lp.ts';
import { protects, UPPER, type Quantity } from './proof.ts';
import { encodeTarget } from './targets.ts';

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
          ...ancestorsOf(leaf).map((code) => this.id(encodeTarget({ of: 'code', code }))),
          this.id(encodeTarget({ of: 'kind', kind: this.leafKinds.get(leaf) ?? '' })),
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
          id = this.id(encodeTarget({ of: 'dimension', code: leaf, dimension: d }));
          dimensions.set(d, id);
        }
        add(id);
      }
    }
    return targets;
  }
}

/**
 * Every quantity protected for the subjects with known values (or only those in `only`), and the
 * ones the slack proof does not cover. Quantities are worked out one pilot at a time and kept only
 * when the slack proves nothing.
 */
export function proveBySlack(
  input: {
    subjects: readonly Subject[];
    leafKinds: ReadonlyMap<string, string>;
    width: number;
    only?: ReadonlySet<string> | undefined;
  },
  model: Knowledge,
  slack: { up: Float64Array; down: Float64Array },
  bandsOf: (target: string) => readonly Band[] | undefined,
): { quantities: number; open: Quantity[] } {
  const { truth, byColumn } = model;
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
  return { quantities, open: afterSlack };
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
