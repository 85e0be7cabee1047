import type { Plugin, ViteDevServer } from 'vite';
import {
  CONTENT_MODULE,
  SOURCES_MODULE,
  type ContentModules,
} from '../lib/build/content-modules.ts';
import { EDITION_MARKDOWN, MARKDOWN_COLLECTIONS } from '../lib/content/collections.ts';

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
