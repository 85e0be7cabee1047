import { resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { checkContentTree, type CheckOutcome } from '../lib/content/check-tree.ts';
import type { Problem } from '../lib/content/problem.ts';
import { markdownSources, treeData } from '../lib/content/snapshot.ts';
import type { ContentTree } from '../lib/content/tree.ts';
import { remarkGlossaryLinks } from '../lib/glossary/remark-glossary-links.ts';
import { glossaryTermsForFiles } from '../lib/glossary/terms-for-file.ts';
import { publishTree } from '../lib/results/publish-tree.ts';
import { auditSummary, type PublishedResults } from '../lib/results/publish.ts';
import { readReleases } from '../lib/anonymity/release.ts';
import { contentModules, SOURCES_REFRESH, type ContentModules } from './content-modules.ts';
import { devContentLoop } from './dev-content.ts';
import { siteAddress } from './site-address.ts';

/** The one validated state of the tree: what every part of the build reads. */
export interface ContentPipeline {
  root: string;
  /** The last valid tree, without its pilots (they live on only as published results). */
  tree: ContentTree | undefined;
  modules: ContentModules | undefined;
  /** The problems of the tree as it is now; empty when it is valid. */
  problems: Problem[];
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

function createPipeline(root: string): ContentPipeline {
  const pipeline: ContentPipeline = {
    root,
    tree: undefined,
    modules: undefined,
    problems: [],
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

/**
 * Reads and validates the content tree once, before Astro reads a single file, in `astro build`
 * and `astro dev` alike, and shares the result: the collections, the model, the glossary linker,
 * the sitemap and the site-address warning all take it from here (pages through Vite virtual
 * modules). On a bad tree the build prints the same report as `npm run check` and exits 1, with
 * no stack trace to bury it; `astro dev` keeps running, shows the report and re-validates on
 * every save.
 */
export function validateContent(contentDir: string): AstroIntegration {
  const pipeline = createPipeline(contentDir);
  let refresh: ((loaders: string[]) => Promise<void>) | undefined;
  return {
    name: 'metodika:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        const outcome = await pipeline.validate();
        if (outcome.warning) logger.warn(outcome.warning);
        if (outcome.ok) logger.info(outcome.message);
        else {
          process.stderr.write(`\n${outcome.message}\n`);
          if (command !== 'dev') process.exit(1);
        }
        const site = pipeline.modules?.data.site;
        const termsFor = glossaryTermsForFiles(contentDir, () => pipeline.tree);
        updateConfig({
          ...(site?.url ? { site: site.url } : {}),
          markdown: { remarkPlugins: [remarkGlossaryLinks({ termsFor })] },
          vite: {
            plugins: [
              contentModules(() => pipeline.modules),
              ...(command === 'dev'
                ? [devContentLoop(pipeline, (loaders) => refresh?.(loaders) ?? Promise.resolve())]
                : []),
            ],
          },
          integrations: site
            ? [
                sitemap({
                  // The 404 pages are not pages to find.
                  filter: (page) => !/\/404\/$/.test(page),
                  i18n: {
                    defaultLocale: site.defaultLocale,
                    locales: Object.fromEntries(site.locales.map((l) => [l, l])),
                  },
                }),
                // Every site has handouts, and handouts print QR codes of the site's address.
                siteAddress(site.url),
              ]
            : [],
        });
      },
      'astro:server:setup': ({ refreshContent }) => {
        refresh = refreshContent
          ? (loaders) =>
              refreshContent({ loaders, context: { [SOURCES_REFRESH]: pipeline.modules?.sources } })
          : undefined;
      },
    },
  };
}
