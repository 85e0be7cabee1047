/**
 * What the rest of the generator receives from one validated tree: the site data pages read
 * (pilots only as published results) and the Markdown sources Astro's collections render. Both
 * are plain JSON, so the validating integration can hand them over as Vite virtual modules.
 */
import { MARKDOWN_COLLECTIONS, type MarkdownCollection } from './collections.ts';
import { criterionKinds } from './methodology.ts';
import type { Kind, Panel, Site, Taxonomies } from './schemas/index.ts';
import type { ContentTree } from './tree.ts';

/** A Markdown or MDX file as Astro's collection stores it; `id` is `<locale>/<file name>`. */
export interface MarkdownSource {
  id: string;
  /** Path relative to the content root. */
  file: string;
  data: unknown;
  body: string;
}

export type MarkdownSources = Record<MarkdownCollection, MarkdownSource[]>;

/** The validated tree minus its Markdown bodies and its pilots. */
export interface TreeData {
  site: Site;
  taxonomies: Taxonomies;
  panels: Panel[];
  /** The kind of every criterion code (criterionKinds), in the methodology's order. */
  kinds: Record<string, Kind>;
  /** How many published entries each Markdown collection has, so an empty one is never asked for. */
  counts: Record<MarkdownCollection, number>;
}

/** The kinds of the default locale's criteria, in code order: the methodology's one list of codes. */
export function treeKinds(tree: ContentTree): Map<string, Kind> {
  return criterionKinds(
    tree.criteria.filter((c) => c.locale === tree.site.defaultLocale).map((c) => c.data),
  );
}

/** The data pages render from, taken from a tree that passed validation. */
export function treeData(tree: ContentTree): TreeData {
  return {
    site: tree.site,
    taxonomies: tree.taxonomies,
    panels: tree.panels.map((panel) => panel.data),
    kinds: Object.fromEntries(treeKinds(tree)),
    counts: Object.fromEntries(
      MARKDOWN_COLLECTIONS.map((name) => [name, tree[name].length]),
    ) as TreeData['counts'],
  };
}

/** The Markdown files of each collection, as parsed and checked by the validator. */
export function markdownSources(tree: ContentTree): MarkdownSources {
  return Object.fromEntries(
    MARKDOWN_COLLECTIONS.map((name) => [
      name,
      tree[name].map(({ id, locale, file, data, body }) => ({
        id: `${locale}/${id}`,
        file,
        data,
        body,
      })),
    ]),
  ) as MarkdownSources;
}
