import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { treeChoices } from '../lib/cms/tree-choices.ts';
import {
  ADMIN_DIR,
  MANUAL_INIT_SCRIPT,
  adminHeaders,
  publishedAdminPage,
  publishedConfigFile,
} from '../lib/cms/published-admin.ts';
import type { EditorSettings } from '../lib/content/schemas/index.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DECAP_DIST = join(ROOT, 'node_modules/decap-cms/dist');

/**
 * Publishes the content editor at /admin/ for a tree whose site.json asks for it (`editor`,
 * naming a git backend): the page, Decap CMS and its chunks copied from node_modules, the page's
 * own script and config.yml, and an /admin/ rule in `_headers`. Added by content-tree only
 * for such a tree, so any other build's output is untouched. Not a page of the site: it is in
 * neither the sitemap nor the search index.
 */
export function cmsAdmin(contentDir: string, editor: EditorSettings): AstroIntegration {
  return {
    name: 'metodika:cms-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const admin = join(out, ADMIN_DIR);
        if (!existsSync(join(DECAP_DIST, 'decap-cms.js'))) {
          logger.error(
            'site.json asks for the editor, but decap-cms is not installed: run npm ci.',
          );
          process.exit(1);
        }
        mkdirSync(admin, { recursive: true });
        for (const name of readdirSync(DECAP_DIST))
          if (/^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name))
            cpSync(join(DECAP_DIST, name), join(admin, name));
        const script = await build({
          entryPoints: [join(ROOT, 'src/lib/cms/admin-entry.ts')],
          bundle: true,
          format: 'iife',
          platform: 'browser',
          target: 'es2022',
          write: false,
          minify: true,
        });
        writeFileSync(join(admin, 'admin.js'), script.outputFiles[0]?.text ?? '');
        writeFileSync(join(admin, 'manual-init.js'), MANUAL_INIT_SCRIPT);
        writeFileSync(
          join(admin, 'config.yml'),
          publishedConfigFile(treeChoices(contentDir), editor),
        );
        writeFileSync(join(admin, 'index.html'), publishedAdminPage(editor.backend));
        const headers = join(out, '_headers');
        if (existsSync(headers))
          writeFileSync(headers, `${readFileSync(headers, 'utf8')}${adminHeaders(editor.backend)}`);
        logger.info(
          `The content editor is at /${ADMIN_DIR}/ (saves to ${editor.backend.name} ${editor.backend.repo}).`,
        );
      },
    },
  };
}
