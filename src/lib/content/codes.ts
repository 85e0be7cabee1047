/** Helpers for criterion codes (`3`, `3.2`, `3.2.1`): hierarchy and numeric order. */

/** The parts of a code as numbers, so `10` sorts after `9` and `01` equals `1`. */
export function codeParts(code: string): number[] {
  return code.split('.').map(Number);
}

/** The code written without leading zeros, to find duplicates such as `1.01` and `1.1`. */
export function normalizeCode(code: string): string {
  return codeParts(code).join('.');
}

/** Orders codes numerically, level by level. */
export function compareCodes(a: string, b: string): number {
  const left = codeParts(a);
  const right = codeParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The parent's code (`3` for `3.2`), or undefined for a top-level criterion. */
export function parentCode(code: string): string | undefined {
  const at = code.lastIndexOf('.');
  return at === -1 ? undefined : code.slice(0, at);
}

/** The top-level criterion a code belongs to (`3` for `3.2.1`). */
export function rootCode(code: string): string {
  return code.split('.')[0] ?? code;
}

/** True for a top-level criterion. */
export function isTopLevel(code: string): boolean {
  return !code.includes('.');
}

/** The codes in `codes` that have no child in `codes`: the ones pilots score. */
export function leafCodes(codes: Iterable<string>): Set<string> {
  const all = new Set(codes);
  const leaves = new Set(all);
  for (const code of all) {
    const parent = parentCode(code);
    if (parent) leaves.delete(parent);
  }
  return leaves;
}
