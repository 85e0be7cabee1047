/**
 * Astro's collections over the content tree at CONTENT_DIR. Schemas come from src/lib, so
 * pages get the same typed entries the validator checked; the validator has already run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection, z } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { loadContentTree } from './lib/content/load-tree.ts';
import {
  COLLECTIONS,
  criterionSchema,
  eventSchema,
  glossarySchema,
  localizedSchema,
  methodologySchema,
  newsSchema,
  panelSchema,
  pilotSchema,
  reportSchema,
  siteSchema,
  taxonomiesSchema,
  type CollectionName,
} from './lib/content/index.ts';

const root = resolve(process.env['CONTENT_DIR'] || 'content');
const localized = localizedSchema();

function hasFiles(dir: string, extensions: readonly string[]): boolean {
  return (
    existsSync(dir) &&
    readdirSync(dir, { recursive: true }).some((f) => extensions.some((e) => String(f).endsWith(e)))
  );
}

/** Markdown/MDX of one collection, id `<locale>/<file name>` (a code keeps its dots). */
function markdown(name: CollectionName): Loader {
  const dir = join(root, COLLECTIONS[name].dir);
  const inner = glob({
    pattern: COLLECTIONS[name].extensions.map((ext) => `*/*${ext}`),
    base: pathToFileURL(`${dir}/`),
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    name: `metodika-${name}`,
    // A tree may lack a collection (no news yet); that is an empty collection, not a warning.
    load: async (context) =>
      hasFiles(dir, COLLECTIONS[name].extensions) ? inner.load(context) : context.store.clear(),
  };
}

/** JSON files of the tree, read through the same loader the validator uses. */
function json(entries: () => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: 'metodika-json',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { id, data } of entries()) store.set({ id, data: await parseData({ id, data }) });
    },
  };
}

let cached: ReturnType<typeof loadContentTree> | undefined;
const tree = () => (cached ??= loadContentTree(root)).tree;
const rootFile = (file: string) => () => [
  {
    id: file,
    data: JSON.parse(readFileSync(join(root, `${file}.json`), 'utf8')) as Record<string, unknown>,
  },
];

/** How many files each Markdown collection has, so pages can skip an empty one without asking Astro. */
const inventory = defineCollection({
  loader: {
    name: 'metodika-inventory',
    load: async ({ store }) => {
      store.clear();
      const counts = Object.fromEntries(
        (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
          name,
          hasFiles(join(root, COLLECTIONS[name].dir), COLLECTIONS[name].extensions) ? 1 : 0,
        ]),
      );
      store.set({ id: 'inventory', data: counts });
    },
  },
  schema: z.record(z.string(), z.number()),
});

export const collections = {
  inventory,
  site: defineCollection({ loader: json(rootFile('site')), schema: siteSchema(localized) }),
  taxonomies: defineCollection({
    loader: json(rootFile('taxonomies')),
    schema: taxonomiesSchema(localized),
  }),
  panels: defineCollection({
    loader: json(() => tree().panels.map((p) => ({ id: p.data.id, data: p.data }))),
    schema: panelSchema(localized),
  }),
  pilots: defineCollection({
    loader: json(() => tree().pilots.map((p) => ({ id: p.data.id, data: p.data }))),
    schema: pilotSchema(localized),
  }),
  criteria: defineCollection({ loader: markdown('criteria'), schema: criterionSchema }),
  methodology: defineCollection({ loader: markdown('methodology'), schema: methodologySchema }),
  reports: defineCollection({ loader: markdown('reports'), schema: reportSchema }),
  news: defineCollection({ loader: markdown('news'), schema: newsSchema }),
  glossary: defineCollection({ loader: markdown('glossary'), schema: glossarySchema }),
  events: defineCollection({ loader: markdown('events'), schema: eventSchema }),
};
