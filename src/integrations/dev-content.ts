import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loaderName } from '../lib/build/content-modules.ts';
import { reportPrefix } from '../lib/content/check-tree.ts';
import { EDITION_MARKDOWN, MARKDOWN_COLLECTIONS } from '../lib/content/collections.ts';
import { problemPage } from '../lib/dev/problem-page.ts';
import { localeOfPath } from '../lib/i18n/locale-of-path.ts';
import { createTranslator } from '../lib/i18n/ui.ts';
import { invalidateContentModules } from './content-modules.ts';
import type { ContentPipeline } from './content-pipeline.ts';

/**
 * The editor's loop in `astro dev`: every save under the content folder runs the validator
 * again. A valid tree replaces what the virtual modules and the collections serve; an invalid
 * one prints the report and, until it is fixed, every page request gets the report in the page's
 * language instead of a stale page. Either way the open pages reload.
 */
export function devContentLoop(
  pipeline: ContentPipeline,
  refreshContent: (loaders: string[]) => Promise<void>,
): Plugin {
  let pending: Promise<void> = Promise.resolve();
  let queued = false;
  return {
    name: 'metodika:dev-content',
    configureServer(server) {
      const root = resolve(pipeline.root);
      const inTree = (path: string) => !relative(root, path).startsWith('..');
      let validatedAt = Date.now();
      const revalidate = async () => {
        queued = false;
        validatedAt = Date.now();
        const outcome = await pipeline.validate();
        if (outcome.warning) server.config.logger.warn(outcome.warning, { timestamp: true });
        if (outcome.ok) {
          server.config.logger.info(outcome.message, { timestamp: true });
          invalidateContentModules(server);
          await refreshContent(
            [...MARKDOWN_COLLECTIONS, ...Object.keys(EDITION_MARKDOWN)].map(loaderName),
          );
        } else {
          process.stderr.write(`\n${outcome.message}\n`);
        }
        server.ws.send({ type: 'full-reload', path: '*' });
      };
      const onEvent = (path: string) => {
        if (!inTree(resolve(path)) || queued) return;
        // Watching the folder reports its files as added; only what changed since counts.
        const changed = statSync(path, { throwIfNoEntry: false });
        if (changed && changed.mtimeMs < validatedAt && !changed.isDirectory()) return;
        // Saves come in bursts (editors write a file in several steps): validate once after them.
        queued = true;
        pending = pending.then(() => new Promise((done) => setTimeout(done, 50))).then(revalidate);
      };
      server.watcher.add(root);
      for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'])
        server.watcher.on(event, onEvent);

      server.middlewares.use((request, response, next) => {
        void pending.then(() => {
          const html = request.method === 'GET' && request.headers.accept?.includes('text/html');
          if (pipeline.problems.length === 0 || !html) return next();
          const site = pipeline.modules?.data.site;
          const locale = site ? localeOfPath(site, request.url ?? '/') : 'en';
          const t = createTranslator(pipeline.dictionaries, locale, site?.defaultLocale ?? 'en');
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(problemPage(pipeline.problems, locale, t, reportPrefix(root)));
        });
      });
    },
  };
}
