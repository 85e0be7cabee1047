/**
 * Locale folders: a folder named for a locale site.json does not declare is reported once, not
 * once per file in it.
 */
import type { ProblemList } from '../problem.ts';
import type { SourceFile } from '../read-files.ts';
import type { LocaleContext } from '../schemas/index.ts';

/** Reports each folder whose locale is not one of the site's. */
export function checkLocaleFolders(
  files: SourceFile[],
  context: LocaleContext,
  problems: ProblemList,
): void {
  const reported = new Set<string>();
  for (const file of files) {
    if (!file.locale || context.locales.includes(file.locale)) continue;
    const folder = file.file.slice(0, file.file.lastIndexOf('/'));
    if (reported.has(folder)) continue;
    reported.add(folder);
    problems.add(
      `${folder}/`,
      '',
      `"${file.locale}" is not a locale of this site (locales in site.json: ${context.locales.join(', ')})`,
    );
  }
}
