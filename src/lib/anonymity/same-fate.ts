/**
 * Same members, same fate. Two figures of the same target over the same pilots — a region and a
 * service type that happen to hold exactly the same providers, say — publish the same number
 * under two names. If one is hidden and the other shown, the shown one gives the hidden one away
 * (and with it whatever the hidden one protected), so for suppression they are one figure.
 */

/** A figure as suppression sees it: what it is the mean of, and over which pilots. */
export interface FigureMembers {
  id: string;
  target: string;
  members: readonly string[];
}

/**
 * Groups the figures by target and member set once; the returned function adds to a set of
 * hidden figures every figure that shares its target and members with a hidden one.
 */
export function sameFate(figures: readonly FigureMembers[]): (hidden: Set<string>) => Set<string> {
  const byKey = new Map<string, string[]>();
  const keyOf = new Map<string, string>();
  for (const { id, target, members } of figures) {
    const key = `${target}\u0000${[...new Set(members)].sort().join('\u0000')}`;
    keyOf.set(id, key);
    const list = byKey.get(key);
    if (list) list.push(id);
    else byKey.set(key, [id]);
  }
  // Only keys shared by two figures or more can change anything.
  for (const [key, ids] of byKey) if (ids.length < 2) byKey.delete(key);
  return (hidden) => {
    if (byKey.size === 0) return hidden;
    for (const id of [...hidden]) {
      const twins = byKey.get(keyOf.get(id) ?? '');
      if (twins) for (const twin of twins) hidden.add(twin);
    }
    return hidden;
  };
}
