import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** Where Astro builds and where the site ends up. */
export interface OutputFolders {
  /** The folder Astro builds into: always inside the project. */
  build: string;
  /** Where the finished site is copied to, when that is outside the project. */
  publish?: string;
}

/**
 * Astro builds reliably only into a folder inside the project: for any other folder it writes
 * its intermediate files to the project's `.astro/` and copies them along (content lists,
 * collection schemas), and a folder whose path merely begins with the project's path (`../metodika-site`
 * next to `metodika`) is mistaken for one inside. So an outside OUT_DIR is built inside the
 * project's cache and copied out when the build is done.
 */
export function outputFolders(projectRoot: string, outDir: string | undefined): OutputFolders {
  const target = resolve(projectRoot, outDir || 'dist');
  const fromRoot = relative(projectRoot, target);
  const inside = fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  if (inside) return { build: target };
  const key = createHash('sha1').update(target).digest('hex').slice(0, 12);
  return { build: join(projectRoot, 'node_modules/.astro/out', key), publish: target };
}
