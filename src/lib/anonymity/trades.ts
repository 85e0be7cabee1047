/**
 * The fourth proof, by trades. A trade moves value between unknowns without changing any published
 * figure: one pilot's unknown i rises by δ and its unknown j falls by δ (or j is absent), while
 * another pilot's unknowns i′, j′ do the opposite. It is possible whenever i − j and i′ − j′ enter
 * every row alike. Each trade is a feasible alternative the attacker cannot rule out.
 */
import { parentCode } from '../content/codes.ts';
import type { Knowledge } from './knowledge.ts';
import type { Interval, Terms } from './lp.ts';
import { UPPER, valueAt } from './proof.ts';
import { parseColumn } from './targets.ts';

/**
 * The interval trades prove for an owner's quantity (`terms`); `robust` leaves out the partner
 * that absorbs most, so the proof holds against any insider too.
 */
export function tradeProof(
  model: Knowledge,
  ownColumns: ReadonlyMap<string, number[]>,
): (owner: string, terms: Terms, robust: boolean) => Interval {
  const { truth, byColumn, names } = model;
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
  for (const [owner, own] of ownColumns) {
    const pairs: Array<{ i: number; j: number; key: string }> = [];
    // Trades of one unknown alone, and of two unknowns under the same parent code (a
    // sub-criterion against its sibling): enough for most pilots, and cheap to list.
    const parentOf = (c: number) => parentCode(parseColumn(names[c] ?? '').code);
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
    const value = valueAt(terms, truth);
    return { min: value - down, max: value + up };
  };
  return proven;
}
