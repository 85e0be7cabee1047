/**
 * Drafts are validated like every other file but left out of the tree the site is built from:
 * reports, news, events and methodology chapters (the latter put in their order).
 */
import type { ContentTree, EditionContent } from './tree.ts';

const published = <T extends { data: { draft?: boolean | undefined } }>(entries: T[]) =>
  entries.filter((entry) => !entry.data.draft);

function editionWithoutDrafts<Content extends EditionContent>(content: Content): Content {
  return {
    ...content,
    methodology: published(content.methodology).sort((a, b) => a.data.order - b.data.order),
  };
}

/** The tree without its drafts. */
export function withoutDrafts(tree: ContentTree): ContentTree {
  return {
    ...editionWithoutDrafts(tree),
    reports: published(tree.reports),
    news: published(tree.news),
    events: published(tree.events),
    editions: tree.editions.map(editionWithoutDrafts),
  };
}
