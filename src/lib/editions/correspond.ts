import { parentCode } from '../content/codes.ts';
import type { EditionChanges } from './changes.ts';

/** Where a criterion page of one edition leads in another: the same criterion, or the closest. */
export interface Correspondence {
  /** The code in the target edition; undefined when neither the criterion nor a parent survives. */
  code: string | undefined;
  /** True when it is the same criterion (perhaps renumbered), false when only a parent is. */
  exact: boolean;
}

/**
 * One step through a pair of editions, forwards (older → newer) or backwards. Matching pairs
 * every criterion at most once, so a code the change list does not mention is unchanged.
 */
function step(changes: EditionChanges, code: string, forwards: boolean): string | undefined {
  for (const change of changes.criteria) {
    if (change.change === 'changed') {
      if (forwards && change.from === code) return change.to;
      if (!forwards && change.to === code) return change.from;
    } else if (
      forwards
        ? change.change === 'removed' && change.from === code
        : change.change === 'added' && change.to === code
    ) {
      return undefined;
    }
  }
  return code;
}

/**
 * Follows a criterion code through a chain of consecutive editions' changes (oldest pair first
 * going forwards, newest first going backwards). Where the criterion was removed, its parent
 * stands in, so an old page can still link the nearest page of the current edition.
 */
export function correspondingCode(
  chain: readonly EditionChanges[],
  code: string,
  forwards = true,
): Correspondence {
  let current: string | undefined = code;
  let exact = true;
  for (const changes of chain) {
    let next: string | undefined = current ? step(changes, current, forwards) : undefined;
    let from = current;
    while (current && next === undefined && from) {
      from = parentCode(from);
      exact = false;
      next = from ? step(changes, from, forwards) : undefined;
    }
    current = next;
  }
  return { code: current, exact: exact && current !== undefined };
}

/**
 * The code a criterion of edition `from` has in edition `to`, through the change lists of
 * consecutive editions (`pairs`, oldest first), whichever of the two is older.
 */
export function codeInEdition(
  pairs: readonly EditionChanges[],
  code: string,
  from: string,
  to: string,
): Correspondence {
  const order = pairs.length > 0 ? [pairs[0]?.from, ...pairs.map((p) => p.to)] : [];
  const start = order.indexOf(from);
  const end = order.indexOf(to);
  if (start === -1 || end === -1) return { code: undefined, exact: false };
  return start <= end
    ? correspondingCode(pairs.slice(start, end), code, true)
    : correspondingCode(pairs.slice(end, start).reverse(), code, false);
}
