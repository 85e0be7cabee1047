// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateContent } from './src/integrations/validate-content.ts';

// One generator, many content trees: CONTENT_DIR picks the tree, OUT_DIR where it is built.
const contentDir = resolve(process.env.CONTENT_DIR || 'content');

/** The public address from site.json; the validator reports a broken site.json, not this. */
function siteUrl() {
  try {
    return JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')).url;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  site: siteUrl() ?? 'https://metodika.example.lv',
  outDir: process.env.OUT_DIR || './dist',
  // Each tree keeps its own content cache, so building one tree never serves another's entries.
  cacheDir: `./node_modules/.astro/trees/${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nothing inlined: the Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [validateContent(contentDir), mdx(), sitemap()],
});
