import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { missingChromium, printSite } from '../lib/pdf/print-site.ts';

/**
 * After the build, prints the handout and event-bundle PDFs and links the pages to them, when a
 * Chromium is installed; PDFs are kept in a cache keyed by the printed page, so a rebuild prints
 * only pages that changed. Without Chromium the build says so in one line and links no PDF.
 */
export function pdfs(cacheDir: string): AstroIntegration {
  return {
    name: 'metodika:pdfs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const missing = missingChromium();
        if (missing) {
          logger.warn(missing);
          return;
        }
        const { printed, reused, printMs } = await printSite(fileURLToPath(dir), cacheDir);
        const perPdf = printed ? ` (${(printMs / printed).toFixed(0)} ms a PDF)` : '';
        logger.info(`PDFs: ${printed} printed${perPdf}, ${reused} reused from the cache.`);
      },
    },
  };
}
