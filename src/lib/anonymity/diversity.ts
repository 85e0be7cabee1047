/**
 * The diversity rule: when every pilot of a group falls in the same band, publishing the group's
 * figure tells each member's band, so such a group counts as identifying and its figure is hidden.
 */
export function isHomogeneous(
  values: readonly number[],
  bandOf: (value: number) => number,
): boolean {
  if (values.length === 0) return false;
  const first = bandOf(values[0] ?? 0);
  return values.every((value) => bandOf(value) === first);
}
