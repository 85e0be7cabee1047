import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ogCacheKey } from '../lib/og/cache-key.ts';
import { readOgMeta } from '../lib/og/read-meta.ts';
import { createOgRenderer } from '../lib/og/render.ts';

/**
 * After the build, gives every page the OG image its head promises. Images are kept in a cache
 * keyed by what they show, so a rebuild renders only pages whose title, summary or section changed.
 */
export function ogImages(cacheDir: string): AstroIntegration {
  return {
    name: 'metodika:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const renderer = createOgRenderer();
        mkdirSync(cacheDir, { recursive: true });
        let rendered = 0;
        let reused = 0;
        let renderMs = 0;
        const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) =>
          f.endsWith('.html'),
        );
        for (const page of pages) {
          const og = readOgMeta(readFileSync(join(outDir, page), 'utf8'));
          if (!og) continue;
          // Characters no bundled font draws are left out, with a warning on every build.
          const { fields, missing: undrawable } = renderer.prepare(og.fields);
          if (undrawable.length > 0)
            logger.warn(
              `${page}: the share image leaves out ${JSON.stringify(undrawable.join(''))}: no bundled font draws them (emoji, Arabic, Hebrew, combining marks …)`,
            );
          const cached = join(cacheDir, `${ogCacheKey(fields, renderer.fontDigest)}.png`);
          if (existsSync(cached)) reused += 1;
          else {
            const started = performance.now();
            const missing: string[] = [];
            writeFileSync(cached, await renderer.png(fields, missing));
            renderMs += performance.now() - started;
            rendered += 1;
            if (missing.length > 0)
              logger.warn(`${page}: no font has ${JSON.stringify(missing.join(''))}`);
          }
          const target = join(outDir, og.image);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cached, target);
        }
        const perImage = rendered ? ` (${(renderMs / rendered).toFixed(0)} ms an image)` : '';
        logger.info(`OG images: ${rendered} rendered${perImage}, ${reused} reused from the cache.`);
      },
    },
  };
}
