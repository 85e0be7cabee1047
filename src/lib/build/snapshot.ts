/**
 * What the rest of the generator receives from one validated tree: the site data pages read
 * (pilots only as published results) and the Markdown sources Astro's collections render. Both
 * are plain JSON, so the validating integration can hand them over as Vite virtual modules.
 */
import {
  EDITION_MARKDOWN,
  MARKDOWN_COLLECTIONS,
  type EditionMarkdownCollection,
  type MarkdownCollection,
} from '../content/collections.ts';
import { editionHistory, type EditionHistory } from '../editions/list.ts';
import type { Kind, Panel, Site, Taxonomies } from '../content/schemas/index.ts';
import type { ContentTree } from '../content/tree.ts';

/** A Markdown or MDX file as Astro's collection stores it; `id` is `<locale>/<file name>`. */
export interface MarkdownSource {
  id: string;
  /** Path relative to the content root. */
  file: string;
  data: unknown;
  body: string;
}

/**
 * The Markdown files of each collection; an older edition's criteria and chapters are their own
 * collections (`editionCriteria`, `editionMethodology`), ids `<edition>/<locale>/<file name>`.
 */
export type MarkdownSources = Record<
  MarkdownCollection | EditionMarkdownCollection,
  MarkdownSource[]
>;

/** What pages need of an older edition besides its Markdown: its panels and its codes' kinds. */
export interface EditionData {
  id: string;
  panels: Panel[];
  kinds: Record<string, Kind>;
}

/** The validated tree minus its Markdown bodies and its pilots. */
export interface TreeData {
  site: Site;
  taxonomies: Taxonomies;
  panels: Panel[];
  /** The kind of every criterion code (EditionContent.kinds), in the methodology's order. */
  kinds: Record<string, Kind>;
  /** How many published entries each Markdown collection has, so an empty one is never asked for. */
  counts: Record<MarkdownCollection | EditionMarkdownCollection, number>;
  /** Every edition but the current one, in site.json's order; none for a tree without editions. */
  editions: EditionData[];
  /** The change lists and pages of every edition; null for a tree without editions. */
  history: EditionHistory | null;
}

/** The data pages render from, taken from a tree that passed validation. */
export function treeData(tree: ContentTree): TreeData {
  return {
    site: tree.site,
    taxonomies: tree.taxonomies,
    panels: tree.panels.map((panel) => panel.data),
    kinds: Object.fromEntries(tree.kinds),
    counts: Object.fromEntries(
      Object.entries(markdownSources(tree)).map(([name, sources]) => [name, sources.length]),
    ) as TreeData['counts'],
    editions: tree.editions.map((edition) => ({
      id: edition.id,
      panels: edition.panels.map((panel) => panel.data),
      kinds: Object.fromEntries(edition.kinds),
    })),
    history: tree.site.editions.length > 0 ? editionHistory(tree) : null,
  };
}

/** The Markdown files of each collection, as parsed and checked by the validator. */
export function markdownSources(tree: ContentTree): MarkdownSources {
  return Object.fromEntries([
    ...MARKDOWN_COLLECTIONS.map((name) => [
      name,
      tree[name].map(({ id, locale, file, data, body }) => ({
        id: `${locale}/${id}`,
        file,
        data,
        body,
      })),
    ]),
    ...Object.entries(EDITION_MARKDOWN).map(([name, of]) => [
      name,
      tree.editions.flatMap((edition) =>
        edition[of].map(({ id, locale, file, data, body }) => ({
          id: `${edition.id}/${locale}/${id}`,
          file,
          data,
          body,
        })),
      ),
    ]),
  ]) as MarkdownSources;
}
