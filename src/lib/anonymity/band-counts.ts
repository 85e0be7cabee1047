import type { Band } from '../content/schemas/panel.ts';

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
