/**
 * Complementary suppression. Published figures are tied together by "lines": a total and the
 * groups it sums, a criterion and its sub-criteria. A line with exactly one hidden member lets a
 * reader subtract that member back out, so a second member of that line is hidden too, and so
 * on until every line hides none or at least two.
 */

/** A published figure and how many pilots it rests on (smaller ones are hidden first). */
export interface Cell {
  id: string;
  n: number;
  /** Among equally small figures, the lower rank is hidden first (a detail before its total). */
  rank?: number;
}

/** Hides, besides `primary`, the fewest small cells so that no line has exactly one hidden member. */
export function complementarySuppression(
  cells: readonly Cell[],
  lines: readonly (readonly string[])[],
  primary: Iterable<string>,
): Set<string> {
  const hidden = new Set(primary);
  const size = new Map(cells.map((cell) => [cell.id, cell.n]));
  const rank = new Map(cells.map((cell) => [cell.id, cell.rank ?? 0]));
  const bySize = (a: string, b: string) =>
    (size.get(a) ?? 0) - (size.get(b) ?? 0) ||
    (rank.get(a) ?? 0) - (rank.get(b) ?? 0) ||
    a.localeCompare(b);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const members = line.filter((id) => size.has(id));
      if (members.filter((id) => hidden.has(id)).length !== 1) continue;
      const partner = members.filter((id) => !hidden.has(id)).sort(bySize)[0];
      if (partner !== undefined) {
        hidden.add(partner);
        changed = true;
      }
    }
  }
  return hidden;
}

/** True when no line has exactly one hidden member: what the suppression guarantees. */
export function isProtected(
  lines: readonly (readonly string[])[],
  hidden: ReadonlySet<string>,
): boolean {
  return lines.every((line) => line.filter((id) => hidden.has(id)).length !== 1);
}
