import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EDITION_COLLECTIONS, EDITIONS_DIR } from '../collections.ts';
import type { ProblemList } from '../problem.ts';
import { readCollections, type SourceFile } from '../read-files.ts';
import type { Edition } from '../schemas/index.ts';

/**
 * Reads the folder of every edition site.json declares, except the current one (whose files are
 * the tree's own). A declared edition without its folder, and a folder no edition declares, are
 * problems: either would silently drop or invent a version of the methodology.
 */
export function readEditionFolders(
  root: string,
  editions: readonly Edition[],
  current: string,
  problems: ProblemList,
): Map<string, SourceFile[]> {
  const base = join(root, EDITIONS_DIR);
  const isFolder = (name: string) => {
    try {
      return statSync(join(base, name)).isDirectory();
    } catch {
      return false; // a broken link is not an edition's folder
    }
  };
  const folders = existsSync(base)
    ? readdirSync(base).filter((name) => !name.startsWith('.') && isFolder(name))
    : [];
  const declared = editions.map((e) => e.id).join(', ') || 'none declared';
  for (const folder of folders.sort()) {
    const edition = editions.find((e) => e.id === folder);
    if (!edition) {
      problems.add(
        `${EDITIONS_DIR}/${folder}/`,
        '',
        `"${folder}" is not an edition in site.json editions (${declared})`,
      );
    } else if (edition.id === current) {
      problems.add(
        `${EDITIONS_DIR}/${folder}/`,
        '',
        `"${folder}" is the current edition, whose files are the tree's own criteria/, scales/ and methodology/; move them there`,
      );
    }
  }
  const read = new Map<string, SourceFile[]>();
  editions.forEach((edition, index) => {
    // A duplicate id is reported by the schema; its first entry is the one read.
    if (edition.id === current || read.has(edition.id)) return;
    if (!folders.includes(edition.id)) {
      problems.add(
        'site.json',
        ['editions', index, 'id'],
        `"${edition.id}" has no folder ${EDITIONS_DIR}/${edition.id}/ with its criteria, scales and methodology`,
      );
      return;
    }
    const scope = { base: `${EDITIONS_DIR}/${edition.id}`, only: EDITION_COLLECTIONS };
    read.set(edition.id, readCollections(root, problems, scope));
  });
  return read;
}
