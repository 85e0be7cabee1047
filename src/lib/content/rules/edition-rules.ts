/**
 * The rules each edition keeps on its own: its criteria's hierarchy and the panels for their
 * kinds. What they find (its codes, kinds and panels) is what the pilots, renumberings and
 * components of that edition are checked against.
 */
import { EDITIONS_DIR, type CollectionName } from '../collections.ts';
import type { ProblemList } from '../problem.ts';
import type { SourceFile } from '../read-files.ts';
import type { Edition, Kind } from '../schemas/index.ts';
import type { ContentTree, EditionContent } from '../tree.ts';
import { checkCriteria } from './criteria.ts';
import { checkPanels } from './panels.ts';
import type { EditionRules } from './pilots.ts';

/**
 * The ids of a collection's files (in one locale): rules look names up among the files, not the
 * entries that passed their own checks, so what refers to a broken file is not reported again.
 */
export function fileIds(
  sources: readonly SourceFile[],
  name: CollectionName,
  locale?: string,
): Set<string> {
  return new Set(
    sources
      .filter((f) => f.collection === name && (locale === undefined || f.locale === locale))
      .map((f) => f.id),
  );
}

/**
 * The rules of one edition: its criteria's hierarchy, the panels for their kinds. `sources` are
 * the edition's files, `folder` where they live.
 */
function checkEdition(
  content: EditionContent,
  {
    sources,
    folder,
    defaultLocale,
  }: {
    sources: readonly SourceFile[];
    folder: string;
    defaultLocale: string | undefined;
  },
  problems: ProblemList,
): EditionRules {
  const codes = defaultLocale ? fileIds(sources, 'criteria', defaultLocale) : undefined;
  if (defaultLocale && codes) checkCriteria(content.criteria, defaultLocale, codes, problems);
  const { kinds } = content;
  const panelsComplete = content.panels.length === fileIds(sources, 'scales').size;
  checkPanels(
    content.panels,
    panelsComplete ? new Set<Kind>(kinds.values()) : new Set(),
    problems,
    `${folder}scales/`,
  );
  return { codes, kinds, panels: content.panels.map((p) => p.data) };
}

/**
 * Checks the current edition (the tree's own files), then every other declared one, and returns
 * the rules of each by id in site.json's order, so messages list the editions the way the editor
 * wrote them. A tree without editions has one, named "".
 */
export function checkEditions(
  tree: ContentTree,
  {
    declared,
    current: currentId,
    files,
    editionFiles,
    defaultLocale,
  }: {
    declared: readonly Edition[];
    current: string;
    /** The tree's own files, and each other edition's by id. */
    files: readonly SourceFile[];
    editionFiles: ReadonlyMap<string, readonly SourceFile[]>;
    defaultLocale: string | undefined;
  },
  problems: ProblemList,
): { current: EditionRules; editions: Map<string, EditionRules> } {
  const current = checkEdition(tree, { sources: files, folder: '', defaultLocale }, problems);
  const editions = new Map<string, EditionRules>(declared.length === 0 ? [['', current]] : []);
  for (const { id } of declared) {
    const content = tree.editions.find((e) => e.id === id);
    if (id === currentId) editions.set(id, current);
    else if (content)
      editions.set(
        id,
        checkEdition(
          content,
          {
            sources: editionFiles.get(id) ?? [],
            folder: `${EDITIONS_DIR}/${id}/`,
            defaultLocale,
          },
          problems,
        ),
      );
  }
  return { current, editions };
}
