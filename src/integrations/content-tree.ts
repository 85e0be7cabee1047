import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { SOURCES_REFRESH } from '../lib/build/content-modules.ts';
import { remarkGlossaryLinks } from '../lib/glossary/remark-glossary-links.ts';
import { glossaryTermsForFiles } from '../lib/glossary/terms-for-file.ts';
import { contentModules } from './content-modules.ts';
import { createPipeline } from './content-pipeline.ts';
import { devContentLoop } from './dev-content.ts';
import { siteAddress } from './site-address.ts';
import { cmsAdmin } from './cms-admin.ts';

/**
 * The content tree, loaded once, and everything that hangs off it. It reads and validates the tree
 * before Astro reads a single file, in `astro build` and `astro dev` alike, and shares the result:
 * the collections, the model, the glossary linker, the sitemap, the site-address warning and the
 * published editor all take it from here (pages through Vite virtual modules). On a bad tree the
 * build prints the same report as `npm run check` and exits 1, with no stack trace to bury it;
 * `astro dev` keeps running, shows the report and re-validates on every save.
 */
export function contentTree(contentDir: string): AstroIntegration {
  const pipeline = createPipeline(contentDir);
  let refresh: ((loaders: string[]) => Promise<void>) | undefined;
  return {
    name: 'metodika:content-tree',
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
                // The content editor, only for a tree that asks for it and names a git host.
                ...(site.editor && command === 'build' ? [cmsAdmin(contentDir, site.editor)] : []),
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
