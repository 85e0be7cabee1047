import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** True when a folder may be replaced: missing, empty, or holding an earlier build. */
function replaceable(target: string): boolean {
  return (
    !existsSync(target) ||
    readdirSync(target).length === 0 ||
    existsSync(join(target, 'index.html'))
  );
}

/**
 * Copies the finished site to a folder outside the project (see src/lib/build/out-dir.ts). The
 * copying integration is added during setup, so it comes after every integration added before
 * it (the sitemap, which content-tree adds): all of them have finished writing the site.
 * The folder is replaced only when it is empty or holds an earlier build, never another folder's
 * files; that is checked before the build starts.
 */
export function publishOutput(target: string | undefined): AstroIntegration {
  return {
    name: 'metodika:publish-output',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (!target || command !== 'build') return;
        if (!replaceable(target)) {
          logger.error(
            `OUT_DIR ${target} is not empty and holds no earlier build: empty it or choose another folder.`,
          );
          process.exit(1);
        }
        updateConfig({ integrations: [copyOut(target)] });
      },
    },
  };
}

function copyOut(target: string): AstroIntegration {
  return {
    name: 'metodika:copy-out',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        rmSync(target, { recursive: true, force: true });
        mkdirSync(target, { recursive: true });
        cpSync(fileURLToPath(dir), target, { recursive: true });
        logger.info(`The site is in ${target}.`);
      },
    },
  };
}
