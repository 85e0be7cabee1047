import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Moves each locale's 404 page from `<locale>/404/index.html` (where Astro's directory format
 * writes a dynamic route) to `<locale>/404.html`, where static hosts look for the error page
 * nearest a missing address (Cloudflare Pages, and nginx with one `error_page` per locale).
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'metodika:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const folders = ['', ...readdirSync(outDir)];
        for (const folder of folders) {
          const page = join(outDir, folder, '404', 'index.html');
          if (!existsSync(page)) continue;
          renameSync(page, join(outDir, folder, '404.html'));
          rmdirSync(join(outDir, folder, '404'));
        }
      },
    },
  };
}
