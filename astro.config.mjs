// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateContent } from './src/integrations/validate-content.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { remarkGlossaryLinks } from './src/lib/glossary/remark-glossary-links.ts';
import { glossaryTermsForFiles } from './src/lib/glossary/terms-for-file.ts';
import { rehypeScrollTables } from './src/lib/markdown/rehype-scroll-tables.ts';

// One generator, many content trees: CONTENT_DIR picks the tree, OUT_DIR where it is built.
const contentDir = resolve(process.env.CONTENT_DIR || 'content');

/** site.json read leniently for settings Astro needs up front; the validator reports its problems. */
function readSite() {
  try {
    return JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8'));
  } catch {
    return {};
  }
}
const site = readSite();
const locales = Array.isArray(site.locales) ? site.locales : [];

/** @type {import('./src/lib/content/tree.ts').ContentTree | undefined} */
let tree;

export default defineConfig({
  site: site.url ?? 'https://metodika.example.lv',
  outDir: process.env.OUT_DIR || './dist',
  // Each tree keeps its own content cache, so building one tree never serves another's entries.
  cacheDir: `./node_modules/.astro/trees/${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nothing inlined: the Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    remarkPlugins: [
      remarkGlossaryLinks({ termsFor: glossaryTermsForFiles(contentDir, () => tree) }),
    ],
    rehypePlugins: [rehypeScrollTables],
  },
  integrations: [
    validateContent(contentDir, (valid) => {
      tree = valid;
    }),
    mdx(),
    sitemap({
      // The 404 pages are not pages to find.
      filter: (page) => !/\/404\/$/.test(page),
      i18n: {
        defaultLocale: site.defaultLocale ?? 'en',
        locales: Object.fromEntries(locales.map((/** @type {string} */ l) => [l, l])),
      },
    }),
    notFoundPages(),
    securityHeaders(),
    searchIndex(),
    // Kept between builds (and between trees: images are keyed by what they show).
    ...(process.env.OG_IMAGES === 'off'
      ? []
      : [ogImages(resolve(process.env.OG_CACHE_DIR || 'node_modules/.cache/metodika-og'))]),
  ],
});
