import type { ProblemList } from '../problem.ts';
import type { Edition } from '../schemas/index.ts';

/**
 * An editor's renumbering links a code of the previous edition to a code of this one; both must
 * exist, or the change list would show a criterion that neither edition has.
 */
export function checkRenumbering(
  editions: readonly Edition[],
  codesOf: (id: string) => ReadonlySet<string> | undefined,
  problems: ProblemList,
): void {
  editions.forEach((edition, index) => {
    const previous = editions[index - 1];
    if (!previous) return; // the schema refuses renumbering on the first edition
    const before = codesOf(previous.id);
    const after = codesOf(edition.id);
    for (const [from, to] of Object.entries(edition.renumbered)) {
      const path = ['editions', index, 'renumbered', from];
      if (before && !before.has(from))
        problems.add(
          'site.json',
          path,
          `"${from}" is not a criterion code of edition "${previous.id}"`,
        );
      else if (to !== null && after && !after.has(to))
        problems.add(
          'site.json',
          path,
          `"${to}" is not a criterion code of edition "${edition.id}"`,
        );
    }
  });
}
