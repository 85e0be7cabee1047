/**
 * The one validated state of the tree, shared by the integrations that load it (content-tree)
 * and serve it in `astro dev` (dev-content): neither imports the other, both import this.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentModules } from '../lib/build/content-modules.ts';
import { checkContentTree, type CheckOutcome } from '../lib/content/check-tree.ts';
import type { Problem } from '../lib/content/problem.ts';
import { markdownSources, treeData } from '../lib/build/snapshot.ts';
import type { ContentTree } from '../lib/content/tree.ts';
import { readDictionaries } from '../lib/i18n/dictionaries.ts';
import type { Dictionary } from '../lib/i18n/ui.ts';
import { publishTree } from '../lib/results/publish-tree.ts';
import { auditSummary, type PublishedResults } from '../lib/results/publish.ts';
import { readReleases } from '../lib/anonymity/release.ts';

const UI_DIR = fileURLToPath(new URL('../i18n/ui/', import.meta.url));

/** The one validated state of the tree: what every part of the build reads. */
export interface ContentPipeline {
  root: string;
  /** The last valid tree, without its pilots (they live on only as published results). */
  tree: ContentTree | undefined;
  modules: ContentModules | undefined;
  /** The problems of the tree as it is now; empty when it is valid. */
  problems: Problem[];
  /** The UI strings, read once: the model and the dev problem page both use them. */
  dictionaries: Record<string, Dictionary>;
  /** Reads and validates the tree; on success replaces what the modules serve. */
  validate: () => Promise<CheckOutcome>;
}

/**
 * The published results as pages get them: without the statistics `npm run release` records,
 * whose member lists grow with the pilots (20,000 pilots: about 9 MB the pages never read).
 */
function forPages(results: PublishedResults): PublishedResults {
  return { ...results, statistics: [] };
}

/** The pipeline of the tree at `root`: nothing is read until `validate` runs. */
export function createPipeline(root: string): ContentPipeline {
  const dictionaries = readDictionaries(UI_DIR);
  const pipeline: ContentPipeline = {
    root,
    tree: undefined,
    modules: undefined,
    problems: [],
    dictionaries,
    validate: async () => {
      const outcome = checkContentTree(root);
      pipeline.problems = outcome.ok ? [] : (outcome.result?.problems ?? []);
      const tree = outcome.ok ? outcome.result?.tree : undefined;
      if (tree) {
        const published = await publishTree(tree, readReleases(root));
        pipeline.modules = {
          data: {
            ...treeData(tree),
            results: forPages(published.results),
            editionResults: published.editions.map((e) => ({
              ...e,
              results: forPages(e.results),
            })),
            dictionaries,
          },
          sources: { root: resolve(root), entries: markdownSources(tree) },
        };
        pipeline.tree = { ...tree, pilots: [] };
      }
      if (tree)
        for (const { edition, results } of pipeline.modules?.data.editionResults ?? []) {
          const audit = results.audit;
          const of = edition ? ` (edition ${edition})` : '';
          if (audit) process.stdout.write(`${auditSummary(audit)}${of}\n`);
        }
      return outcome;
    },
  };
  return pipeline;
}
