import { compareEditions, type EditionChanges, type EditionSide } from './changes.ts';
import type { Edition, Site } from '../content/schemas/index.ts';
import type { ContentTree, EditionContent } from '../content/tree.ts';
import {
  currentEdition,
  currentEditionId,
  pageEditionOf,
  pilotsByEdition,
  type EditionId,
  type PageEdition,
} from '../content/editions.ts';

// The current edition is the one the site's own URLs show: pages import the rule from here.
export { currentEdition, currentEditionId, pageEditionOf, pilotsByEdition };
export type { EditionId, PageEdition };

/** Every edition but the current one, oldest first: the ones published under their own prefix. */
export function otherEditions(site: Pick<Site, 'editions'>): Edition[] {
  return site.editions.filter((edition) => !edition.current);
}

/** Each edition with the one before it, oldest pair first: one change page per pair. */
export function consecutivePairs(
  site: Pick<Site, 'editions'>,
): Array<{ from: Edition; to: Edition }> {
  return site.editions.flatMap((to, index) => {
    const from = site.editions[index - 1];
    return from ? [{ from, to }] : [];
  });
}

/** The URL segments of an edition: none for the current one, `editions/<id>` for the others. */
export function editionSegments(edition: EditionId, current: EditionId): string[] {
  const page = pageEditionOf(edition, current);
  return page === undefined ? [] : ['editions', page];
}

/** The criteria, panels and chapters of one edition: the tree's own for the current edition. */
export function editionContent(tree: ContentTree, id: EditionId): EditionContent | undefined {
  if (currentEditionId(tree.site) === id) return tree;
  return tree.editions.find((edition) => edition.id === id);
}

/** What the change list compares of one edition of the tree. */
export function editionSide(tree: ContentTree, id: string): EditionSide {
  const content = editionContent(tree, id);
  return {
    id,
    criteria: content?.criteria ?? [],
    panels: content?.panels.map((p) => p.data) ?? [],
    methodology: content?.methodology ?? [],
  };
}

/** The change list of every pair of consecutive editions, oldest pair first. */
export function treeChanges(tree: ContentTree): EditionChanges[] {
  return consecutivePairs(tree.site).map(({ from, to }) =>
    compareEditions({
      from: editionSide(tree, from.id),
      to: editionSide(tree, to.id),
      renumbered: to.renumbered,
      defaultLocale: tree.site.defaultLocale,
    }),
  );
}

/**
 * What the edition pages need of the whole tree, as plain data: the change list of every
 * consecutive pair and, per edition, the default locale's codes and the chapters it has.
 */
export interface EditionHistory {
  pairs: EditionChanges[];
  codes: Record<string, string[]>;
  chapters: Record<string, string[]>;
}

/** The change lists and pages of every edition of a validated tree. */
export function editionHistory(tree: ContentTree): EditionHistory {
  const ids = tree.site.editions.map((e) => e.id);
  const of = (pick: (content: EditionContent) => string[]) =>
    Object.fromEntries(
      ids.map((id) => {
        const content = editionContent(tree, id);
        return [id, content ? [...new Set(pick(content))] : []];
      }),
    );
  return {
    pairs: treeChanges(tree),
    codes: of((c) =>
      c.criteria.filter((e) => e.locale === tree.site.defaultLocale).map((e) => e.id),
    ),
    chapters: of((c) => c.methodology.map((m) => m.id)),
  };
}
