// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentTree } from './src/integrations/content-tree.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { pdfs } from './src/integrations/pdfs.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { selfAssessmentWorker } from './src/integrations/self-assessment-worker.ts';
import { publishOutput } from './src/integrations/publish-output.ts';
import { contentImages } from './src/integrations/content-images.ts';
import { outputFolders } from './src/lib/build/out-dir.ts';
import { PLACEHOLDER_URL } from './src/lib/handouts/site-address.ts';
import { rehypeScrollTables } from './src/lib/markdown/rehype-scroll-tables.ts';
import { rehypeSanitizeContent } from './src/lib/markdown/rehype-sanitize-content.ts';
import { REPORT_COMPONENTS } from './src/lib/content/rules/report-components.ts';

// One generator, many content trees: CONTENT_DIR picks the tree, OUT_DIR where it is built.
const contentDir = resolve(process.env.CONTENT_DIR || 'content');
const output = outputFolders(resolve('.'), process.env.OUT_DIR);

export default defineConfig({
  // site.json's `url` replaces this (content-tree sets it, with the sitemap's locales).
  site: PLACEHOLDER_URL,
  outDir: output.build,
  // Each tree keeps its own content cache, so building one tree never serves another's entries.
  cacheDir: `./node_modules/.astro/trees/${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nothing inlined: the Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Sanitising comes first: later plugins add only what the generator itself writes.
    rehypePlugins: [
      [rehypeSanitizeContent, { components: Object.keys(REPORT_COMPONENTS) }],
      rehypeScrollTables,
    ],
  },
  integrations: [
    // First: it validates the tree and shares it (collections, model, glossary links, sitemap).
    contentTree(contentDir),
    mdx(),
    notFoundPages(),
    securityHeaders(),
    // Before the search index, so it indexes the pages with their PDF links. PDFS=off skips it
    // (fixture builds in tests); the cache is kept between builds like the OG images'.
    ...(process.env.PDFS === 'off'
      ? []
      : [pdfs(resolve(process.env.PDF_CACHE_DIR || 'node_modules/.cache/metodika-pdf'))]),
    searchIndex(),
    selfAssessmentWorker(),
    // Kept between builds (and between trees: images are keyed by what they show).
    ...(process.env.OG_IMAGES === 'off'
      ? []
      : [ogImages(resolve(process.env.OG_CACHE_DIR || 'node_modules/.cache/metodika-og'))]),
    // The tree's images/ (uploaded in the editor) at /images/; nothing when a tree has none.
    contentImages(contentDir),
    publishOutput(output.publish),
  ],
});
