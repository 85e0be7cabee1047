/**
 * Astro's collections: the Markdown and MDX files of the content tree, as the validator parsed
 * and checked them (virtual:metodika/sources). Astro only renders their bodies; it never parses
 * a frontmatter or checks a schema again. JSON files (site, taxonomies, panels) reach pages
 * through virtual:metodika/content, and pilots never enter the data store: pages get only the
 * published results.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import * as sources from 'virtual:metodika/sources';
import { loaderName, SOURCES_REFRESH, type ContentModules } from './lib/build/content-modules.ts';
import {
  EDITION_MARKDOWN,
  type EditionMarkdownCollection,
  type MarkdownCollection,
} from './lib/content/collections.ts';
import { MARKDOWN_SCHEMAS } from './lib/content/schemas/index.ts';

/**
 * A loader over one collection's validated files. Like Astro's own loaders it records each
 * entry's file (MDX is compiled from it), renders Markdown with the site's remark and rehype
 * plugins, and keeps unchanged entries by digest. `astro dev` runs it again through
 * refreshContent after every valid save, handing over the new tree's sources.
 */
function validatedFiles(name: MarkdownCollection | EditionMarkdownCollection): Loader {
  return {
    name: loaderName(name),
    load: async (context) => {
      const { store, config, generateDigest, refreshContextData } = context;
      // How Astro renders each extension, as its glob() loader uses it (not in the public type).
      const { entryTypes } = context as LoaderContext & {
        entryTypes: Map<string, ContentEntryType>;
      };
      const { root, entries } = (refreshContextData?.[SOURCES_REFRESH] ?? sources) as Sources;
      const projectRoot = fileURLToPath(config.root);
      // One Markdown processor per extension and load, as Astro's glob() keeps one: making one
      // per entry starts a new syntax highlighter each time.
      const renderers = new Map<ContentEntryType, ReturnType<typeof renderFunction>>();
      const renderFunction = (type: ContentEntryType) => type.getRenderFunction?.(config);
      const untouched = new Set(store.keys());
      for (const source of entries[name]) {
        untouched.delete(source.id);
        const filePath = join(root, source.file);
        const entry = {
          id: source.id,
          data: source.data as Record<string, unknown>,
          body: source.body,
          filePath: relative(projectRoot, filePath).split(sep).join('/'),
          digest: generateDigest(JSON.stringify([source.file, source.data, source.body])),
        };
        const existing = store.get(source.id);
        if (existing?.digest === entry.digest && existing.filePath) {
          if (existing.deferredRender) store.addModuleImport(existing.filePath);
          continue;
        }
        const entryType = entryTypes.get(source.file.slice(source.file.lastIndexOf('.')));
        if (entryType && 'contentModuleTypes' in entryType) {
          store.set({ ...entry, deferredRender: true });
          continue;
        }
        if (entryType && !renderers.has(entryType))
          renderers.set(entryType, renderFunction(entryType));
        const render = entryType ? await renderers.get(entryType) : undefined;
        const rendered = await render?.({ ...entry, filePath });
        store.set({ ...entry, ...(rendered ? { rendered } : {}) });
      }
      for (const id of untouched) store.delete(id);
    },
  };
}

type Sources = ContentModules['sources'];

/** A collection over the validated files of `name`; its schema only types the entries. */
const collection = <Name extends MarkdownCollection>(name: Name) =>
  defineCollection({ loader: validatedFiles(name), schema: MARKDOWN_SCHEMAS[name] }) as {
    loader: Loader;
    schema: (typeof MARKDOWN_SCHEMAS)[Name];
  };

/** An older edition's criteria or chapters: the same schema as the current edition's. */
const editionCollection = <Name extends EditionMarkdownCollection>(name: Name) =>
  defineCollection({
    loader: validatedFiles(name),
    schema: MARKDOWN_SCHEMAS[EDITION_MARKDOWN[name]],
  }) as {
    loader: Loader;
    schema: (typeof MARKDOWN_SCHEMAS)[(typeof EDITION_MARKDOWN)[Name]];
  };

// Spelled out so Astro's generated types see each collection's own schema.
export const collections = {
  criteria: collection('criteria'),
  methodology: collection('methodology'),
  reports: collection('reports'),
  news: collection('news'),
  glossary: collection('glossary'),
  events: collection('events'),
  editionCriteria: editionCollection('editionCriteria'),
  editionMethodology: editionCollection('editionMethodology'),
} satisfies Record<MarkdownCollection | EditionMarkdownCollection, unknown>;
