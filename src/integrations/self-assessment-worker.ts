import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TOOL_ROUTE, WORKER_FILE } from '../lib/self-assessment/route.ts';
import { assetsOfPage, importsOfScript, workerSource } from '../lib/self-assessment/worker.ts';

/** The open data the tool compares with; cached for offline use when the build has it. */
const OPEN_DATA = '/data/results.json';

/**
 * Writes the self-assessment page's service worker next to each locale's page: it caches the
 * page, every script it loads (imports followed), its stylesheets and the open data, and its
 * version is a hash of all of them, so a build that changes any of them replaces the worker.
 */
export function selfAssessmentWorker(): AstroIntegration {
  return {
    name: 'metodika:self-assessment-worker',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (readdirSync(root, { recursive: true }) as string[]).filter((file) =>
          file.split(sep).join('/').endsWith(`${TOOL_ROUTE}/index.html`),
        );
        for (const page of pages) {
          const scope = `/${dirname(page).split(sep).join('/')}/`;
          const files = new Set([scope]);
          const queue = assetsOfPage(readFileSync(join(root, page), 'utf8'));
          for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
            if (files.has(url) || !existsSync(join(root, url))) continue;
            files.add(url);
            if (url.endsWith('.js'))
              queue.push(...importsOfScript(readFileSync(join(root, url), 'utf8'), url));
          }
          if (existsSync(join(root, OPEN_DATA))) files.add(OPEN_DATA);
          const hash = createHash('sha256');
          for (const file of [...files].sort()) {
            const path = file === scope ? join(root, page) : join(root, file);
            hash.update(`${relative(root, path)}\n`).update(readFileSync(path));
          }
          writeFileSync(
            join(root, dirname(page), WORKER_FILE),
            workerSource({ version: hash.digest('hex').slice(0, 16), scope, files: [...files] }),
          );
        }
      },
    },
  };
}
