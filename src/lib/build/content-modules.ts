/**
 * The contract between the load step and everything that renders: what the two virtual modules
 * serve, and how a dev refresh reaches the collections' loaders. Shared by the integrations
 * (which fill the modules), content.config.ts (which reads the sources) and the model.
 */
import type { MarkdownSources, TreeData } from './snapshot.ts';
import type { EditionResults } from '../results/by-edition.ts';
import type { Dictionary } from '../i18n/ui.ts';
import type { PublishedResults } from '../results/publish.ts';

/** Site data, kinds, UI strings and the published results: what model.ts builds pages from. */
export const CONTENT_MODULE = 'virtual:metodika/content';
/** The Markdown sources: what the collections in content.config.ts store and Astro renders. */
export const SOURCES_MODULE = 'virtual:metodika/sources';

/** What one validated tree gives the modules; undefined while `astro dev` has no valid tree yet. */
export interface ContentModules {
  data: TreeData & {
    /** The current edition's results (the tree's own, for a tree without editions). */
    results: PublishedResults;
    /** Every edition's own results, in site.json's order; one, under "", without editions. */
    editionResults: EditionResults[];
    /** The UI strings of every locale the generator has them for (src/i18n/ui), read once. */
    dictionaries: Record<string, Dictionary>;
  };
  /** `root` is the content folder's absolute path; `entries` its Markdown files by collection. */
  sources: { root: string; entries: MarkdownSources };
}

/** The name of the loader of a Markdown collection, so a dev update can refresh exactly those. */
export function loaderName(collection: string): string {
  return `metodika-${collection}`;
}

/** The key under which a dev refresh hands the loaders the new tree's Markdown sources. */
export const SOURCES_REFRESH = 'metodika:sources';
