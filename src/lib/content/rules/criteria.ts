import { isTopLevel, normalizeCode, parentCode } from '../codes.ts';
import type { ProblemList } from '../problem.ts';
import type { CriterionEntry } from '../tree.ts';

/**
 * The hierarchy rules: code = file name, no duplicates, every parent exists, `kind` on
 * top-level criteria only, and every locale's codes a subset of the default locale's.
 * `defaultCodes` are the default locale's file names, including files that failed their own
 * checks: a criterion that is broken still exists, so its translations and children are not
 * blamed for it a second time.
 */
export function checkCriteria(
  criteria: readonly CriterionEntry[],
  defaultLocale: string,
  defaultCodes: ReadonlySet<string>,
  problems: ProblemList,
): void {
  const defaults = new Map(
    criteria.filter((c) => c.locale === defaultLocale).map((c) => [c.data.code, c]),
  );
  const seen = new Map<string, string>();
  for (const entry of criteria) {
    const { code, kind } = entry.data;
    if (code !== entry.id) {
      problems.add(
        entry.file,
        'code',
        `must equal the file name ("${entry.id}"), but is "${code}"`,
      );
    }
    const key = `${entry.locale}/${normalizeCode(code)}`;
    const first = seen.get(key);
    if (first) problems.add(entry.file, 'code', `"${code}" is already used by ${first}`);
    else seen.set(key, entry.file);

    if (isTopLevel(code) && !kind) {
      problems.add(
        entry.file,
        'kind',
        'is required on a top-level criterion ("enabler" or "result")',
      );
    }
    if (!isTopLevel(code) && kind) {
      problems.add(
        entry.file,
        'kind',
        'is only allowed on top-level criteria; sub-criteria inherit it',
      );
    }
    if (entry.locale === defaultLocale) {
      const parent = parentCode(code);
      if (parent && !defaultCodes.has(parent)) {
        problems.add(
          entry.file,
          'code',
          `has no parent: there is no criterion "${parent}" in ${defaultLocale}`,
        );
      }
    } else {
      const original = defaults.get(code);
      if (!defaultCodes.has(code)) {
        problems.add(
          entry.file,
          'code',
          `"${code}" does not exist in the default locale (${defaultLocale}); add it there first`,
        );
      } else if (original && kind && original.data.kind && kind !== original.data.kind) {
        problems.add(entry.file, 'kind', `must be "${original.data.kind}" as in ${original.file}`);
      }
    }
  }
}
