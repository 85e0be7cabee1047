/**
 * Which codes the components of a body may name: those of the edition whose results it shows.
 * Chapters and news show the results the results pages show; a report, those of the edition it
 * names; an older edition's chapters, that edition's. The check renders what the build renders.
 */
import { editionOf, pilotsByEdition, publishes, shownEdition } from '../editions.ts';
import type { ProblemList } from '../problem.ts';
import type { ContentTree } from '../tree.ts';
import type { EditionRules } from './pilots.ts';
import { checkReportComponents } from './report-components.ts';

/** The edition whose results pages tied to no edition show: the newest one that publishes. */
function resultsEdition(tree: ContentTree, current: string, k: number | undefined): string {
  if (k === undefined || !tree.site) return current;
  const groups = pilotsByEdition(
    tree.pilots.map((p) => p.data),
    tree.site,
  );
  const editions = [...groups].map(([edition, pilots]) => ({
    edition,
    published: publishes(pilots.length, k),
  }));
  return shownEdition(current, current, editions) ?? current;
}

/** Checks the components of every chapter, news item and report against its edition's codes. */
export function checkComponentEditions(
  tree: ContentTree,
  editions: ReadonlyMap<string, EditionRules>,
  {
    current,
    codes,
    k,
  }: { current: string; codes: ReadonlySet<string> | undefined; k: number | undefined },
  problems: ProblemList,
): void {
  // Chapters and news show the results of the edition the results pages show (shownResults),
  // so their components name that edition's codes: the check renders what the build renders.
  const shown = resultsEdition(tree, current, k);
  checkReportComponents(
    [...tree.methodology, ...tree.news],
    editions.get(shown)?.codes ?? codes,
    problems,
  );
  for (const edition of tree.editions)
    checkReportComponents(edition.methodology, editions.get(edition.id)?.codes, problems);
  // A report shows the results of the edition it names, so its components name that edition's codes.
  for (const report of tree.reports) {
    const edition = report.data.edition;
    const rules = editions.get(editionOf(report.data, current));
    if (!rules) {
      const known = [...editions.keys()].filter(Boolean).join(', ') || 'none declared';
      problems.add(
        report.file,
        'edition',
        `"${edition}" is not an edition in site.json editions (${known})`,
      );
    } else checkReportComponents([report], rules.codes, problems);
  }
}
