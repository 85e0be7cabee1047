import { isTopLevel, leafCodes, rootCode } from '../content/codes.ts';

/** What the worksheet needs to know of a criterion: its code and the kind it scores on. */
export interface OutlineCriterion {
  code: string;
  kind?: string | undefined;
}

/** A top-level criterion with the sub-criteria (lowest level) the group scores under it. */
export interface OutlineGroup<C extends OutlineCriterion> {
  criterion: C;
  subcriteria: C[];
}

/** The criteria of one kind (enablers, results), in the order of the methodology. */
export interface OutlineKind<C extends OutlineCriterion> {
  kind: string;
  groups: Array<OutlineGroup<C>>;
}

/**
 * The worksheet's order: kinds in `kinds` order, each criterion with the codes a group scores
 * (its lowest level, like the pilots; a criterion without sub-criteria is scored itself).
 * The summary page and the per-sub-criterion pages both follow it, so they always agree.
 */
export function worksheetOutline<C extends OutlineCriterion>(
  criteria: readonly C[],
  kinds: readonly string[],
): Array<OutlineKind<C>> {
  const leaves = leafCodes(criteria.map((c) => c.code));
  const groups = criteria
    .filter((c) => isTopLevel(c.code))
    .map((criterion) => ({
      criterion,
      subcriteria: criteria.filter(
        (c) => leaves.has(c.code) && rootCode(c.code) === criterion.code,
      ),
    }));
  return kinds
    .map((kind) => ({ kind, groups: groups.filter((g) => g.criterion.kind === kind) }))
    .filter((k) => k.groups.length > 0);
}
