import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spacedForIndex } from '../lib/search/index-text.ts';

/**
 * Indexes the built site with Pagefind after every build: one index per language (from each
 * page's `lang`), only what pages mark with `data-pagefind-body`, written to `/pagefind/`.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'metodika:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Each page is read here rather than by Pagefind, so cells and headings keep a space.
        const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) =>
          file.endsWith('.html'),
        );
        const added = { page_count: 0 };
        for (const page of pages) {
          const { errors: pageErrors } = await index.addHTMLFile({
            sourcePath: page.replaceAll('\\', '/'),
            content: spacedForIndex(readFileSync(join(outDir, page), 'utf8')),
          });
          if (pageErrors.length > 0)
            throw new Error(`Pagefind could not index ${page}: ${pageErrors.join('; ')}`);
          added.page_count += 1;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const ms = performance.now() - started;
        logger.info(
          `Search index: ${added.page_count} pages in ${(ms / 1000).toFixed(1)} s (${(ms / Math.max(1, added.page_count)).toFixed(1)} ms a page).`,
        );
      },
    },
  };
}
