import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { IMAGES_DIR, IMAGE_EXTENSIONS } from '../lib/content/collections.ts';
import { isLitter } from '../lib/content/read-files.ts';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

/**
 * The images of a content tree (`images/`, where the editor uploads them) at `/images/…`: served
 * by `astro dev` and copied into the build. A tree without the folder publishes nothing more.
 */
export function contentImages(contentDir: string): AstroIntegration {
  const folder = resolve(contentDir, IMAGES_DIR);
  return {
    name: 'metodika:content-images',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
          if (!path.startsWith(`/${IMAGES_DIR}/`)) return next();
          const file = resolve(folder, `.${path.slice(IMAGES_DIR.length + 1)}`);
          const inside = !relative(folder, file).startsWith('..');
          const type = TYPES[extname(file).toLowerCase()];
          if (!inside || !type || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('content-type', type);
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!existsSync(folder)) return;
        cpSync(folder, join(fileURLToPath(dir), IMAGES_DIR), {
          recursive: true,
          filter: (source) =>
            source === folder ||
            (!isLitter(source.replace(/^.*[\\/]/, '')) &&
              (statSync(source).isDirectory() ||
                IMAGE_EXTENSIONS.includes(extname(source).toLowerCase()))),
        });
      },
    },
  };
}
