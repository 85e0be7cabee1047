/**
 * Generalisation of a quasi-identifier: values shared by fewer than k pilots are merged into
 * one "other" group, smallest first, until "other" is itself shared by at least k. Names of
 * merged values are never published.
 */

/** The id of the merged group; taxonomy ids are lower-case words, so it cannot clash. */
export const OTHER = '_other';

export interface Group<T> {
  /** A taxonomy id, or OTHER. */
  id: string;
  members: T[];
}

/** Groups `items` by `key`, merging rare values into OTHER. If even all of them are fewer than k, no group is shown. */
export function generalise<T>(
  items: readonly T[],
  key: (item: T) => string,
  k: number,
): Group<T>[] {
  if (items.length < k) return [];
  const byValue = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    const members = byValue.get(value);
    if (members) members.push(item);
    else byValue.set(value, [item]);
  }
  const groups = [...byValue]
    .map(([id, members]) => ({ id, members }))
    .sort((a, b) => a.members.length - b.members.length || a.id.localeCompare(b.id));
  const other: T[] = [];
  // Merge the smallest groups while any small group remains, or while "other" is still too small.
  while (
    groups.length > 0 &&
    ((groups[0]?.members.length ?? k) < k || (other.length > 0 && other.length < k))
  ) {
    for (const member of groups.shift()?.members ?? []) other.push(member);
  }
  return [
    ...groups.sort((a, b) => a.id.localeCompare(b.id)),
    ...(other.length > 0 ? [{ id: OTHER, members: other }] : []),
  ];
}
