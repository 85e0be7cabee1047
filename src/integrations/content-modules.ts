import type { Plugin, ViteDevServer } from 'vite';
import { EDITION_MARKDOWN, MARKDOWN_COLLECTIONS } from '../lib/content/collections.ts';
import type { MarkdownSources, TreeData } from '../lib/content/snapshot.ts';
import type { EditionResults } from '../lib/editions/results.ts';
import type { PublishedResults } from '../lib/results/publish.ts';

/** Site data, kinds and the published results: what model.ts builds pages from. */
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
  };
  /** `root` is the content folder's absolute path; `entries` its Markdown files by collection. */
  sources: { root: string; entries: MarkdownSources };
}

const resolved = (id: string) => `\0${id}`;

/** A module exporting each key of `value` as a named export; JSON.parse is faster than a literal. */
function jsonModule(value: object | undefined): string {
  const keys = Object.keys(value ?? {});
  return [
    `const value = JSON.parse(${JSON.stringify(JSON.stringify(value ?? {}))});`,
    ...keys.map((key) => `export const ${key} = value[${JSON.stringify(key)}];`),
  ].join('\n');
}

/**
 * Serves the validated tree as two virtual modules, in the way Starlight serves its validated
 * config: nothing else reads or parses the tree again. `current` is read on every load, so
 * invalidating the modules after a dev update gives every importer the new tree.
 */
export function contentModules(current: () => ContentModules | undefined): Plugin {
  // Until `astro dev` has a valid tree, the collections load nothing (pages show the problems).
  const noSources = {
    root: '',
    entries: Object.fromEntries(
      [...MARKDOWN_COLLECTIONS, ...Object.keys(EDITION_MARKDOWN)].map((name) => [name, []]),
    ),
  };
  const modules: Record<string, () => object | undefined> = {
    [CONTENT_MODULE]: () => current()?.data,
    [SOURCES_MODULE]: () => current()?.sources ?? noSources,
  };
  return {
    name: 'metodika:content-modules',
    resolveId: (id) => (id in modules ? resolved(id) : undefined),
    load: (id) => {
      const name = Object.keys(modules).find((m) => resolved(m) === id);
      return name ? jsonModule(modules[name]?.()) : undefined;
    },
  };
}

/** Makes the next import of either module (and of everything importing it) read the tree anew. */
export function invalidateContentModules(server: ViteDevServer): void {
  for (const id of [CONTENT_MODULE, SOURCES_MODULE]) {
    const module = server.moduleGraph.getModuleById(resolved(id));
    if (module) server.moduleGraph.invalidateModule(module);
  }
}

/** The name of the loader of a Markdown collection, so a dev update can refresh exactly those. */
export function loaderName(collection: string): string {
  return `metodika-${collection}`;
}

/** The key under which a dev refresh hands the loaders the new tree's Markdown sources. */
export const SOURCES_REFRESH = 'metodika:sources';
