/**
 * Walking a content tree: every collection's folders and files, the top level and images/,
 * with what does not belong reported. Each file is read by read-file.ts.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join, sep } from 'node:path';
import {
  COLLECTIONS,
  EDITIONS_DIR,
  IMAGES_DIR,
  IMAGE_EXTENSIONS,
  RELEASES_FILE,
  SITE_FILE,
  TAXONOMIES_FILE,
  type CollectionName,
} from './collections.ts';
import type { ProblemList } from './problem.ts';
import {
  readJson,
  readMarkdown,
  realFolder,
  whyUnreadable,
  type RealFolders,
} from './read-file.ts';

/** One file of a collection, read and parsed but not yet checked against its schema. */
export interface SourceFile {
  collection: CollectionName;
  /** Path relative to the content root, with forward slashes. */
  file: string;
  /** The file name without extension: a code, a slug or an id. */
  id: string;
  /** The locale folder, for per-locale collections. */
  locale?: string;
  data: unknown;
  /** The Markdown body, for Markdown and MDX files. */
  body?: string;
  /** The file line the body starts on, so problems in the body can name the file's line. */
  bodyLine?: number;
}

/**
 * Files operating systems and editors put beside the ones an editor saves: thumbnail caches,
 * folder settings, backups (`1.1.md~`), swap files and lock files. Nobody wrote them as content.
 */
export function isLitter(name: string): boolean {
  return (
    /^(thumbs\.db|desktop\.ini|\.ds_store|ehthumbs(_vista)?\.db)$/i.test(name) ||
    name.endsWith('~') ||
    /\.sw[a-p]$/.test(name) ||
    name.startsWith('.#') ||
    name.startsWith('._')
  );
}

/**
 * The entries of a folder, without hidden ones and without litter (noted in `problems.skipped`);
 * a folder that cannot be listed is reported, and so is a folder that is a link leaving the tree,
 * whose entries are not looked at.
 */
function listFolder(
  root: string,
  folder: string,
  problems: ProblemList,
  required = false,
  realFolders?: RealFolders,
): Dirent[] {
  const path = join(root, folder);
  try {
    if (realFolders && folder && leavesTree(root, folder, realFolders)) {
      problems.add(
        `${folder}/`,
        '',
        'is not read: it is a link to a folder outside the content tree',
      );
      return [];
    }
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => {
        if (!isLitter(entry.name)) return !entry.name.startsWith('.');
        if (!entry.isDirectory())
          problems.skipped.push(folder ? `${folder}/${entry.name}` : entry.name);
        return false;
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) {
      try {
        lstatSync(path);
      } catch {
        return []; // a tree may lack a collection
      }
    }
    if (code === 'ENOTDIR') problems.add(`${folder}`, '', 'must be a folder, but is a file');
    else problems.add(`${folder}/`, '', whyUnreadable(path, error));
    return [];
  }
}

/** True when a folder of the tree is, or is inside, a link to a place outside the tree. */
function leavesTree(root: string, folder: string, realFolders: RealFolders): boolean {
  const base = realFolder(root, realFolders);
  const real = realFolder(join(root, folder), realFolders);
  return real !== base && !real.startsWith(`${base}${sep}`);
}

/** True when an entry is (or links to) a folder; a broken link counts as a file, reported when read. */
function isFolder(root: string, file: string, entry: Dirent): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(root, file)).isDirectory();
  } catch {
    return false;
  }
}

/** Extensions that look like content but are spelt in a way the generator does not read. */
const LOOKS_LIKE_CONTENT = /\.(md|mdx|markdown|mdown|mkd|json|json5|ya?ml|txt)$/i;

/** Which part of a tree to read: an edition's folder holds only some of the collections. */
export interface ReadScope {
  /** Folder under the content root the collections' folders are in (`editions/2011-draft`). */
  base?: string;
  /** The collections to read; all of them when absent. */
  only?: readonly CollectionName[];
}

/** Reads every file of every collection; unreadable files become problems, never exceptions. */
export function readCollections(
  root: string,
  problems: ProblemList,
  scope: ReadScope = {},
): SourceFile[] {
  const files: SourceFile[] = [];
  const realFolders: RealFolders = new Map();
  if (!scope.base) {
    reportUnknownTopLevel(root, problems);
    checkImages(root, problems, realFolders);
  }
  for (const [collection, layout] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const extensions = layout.extensions as readonly string[];
    const readable = extensions.join(' or ');
    const folders: Array<string | undefined> = [];
    if (scope.only && !scope.only.includes(collection)) continue;
    const dir = scope.base ? `${scope.base}/${layout.dir}` : layout.dir;
    if (layout.perLocale) {
      for (const entry of listFolder(root, dir, problems, false, realFolders)) {
        const file = `${dir}/${entry.name}`;
        if (isFolder(root, file, entry)) folders.push(entry.name);
        else
          problems.add(
            file,
            '',
            `is not read: files of ${layout.dir} go in a language folder (${dir}/<language>/${entry.name})`,
          );
      }
    } else folders.push(undefined);

    for (const locale of folders) {
      const folder = locale ? `${dir}/${locale}` : dir;
      for (const entry of listFolder(root, folder, problems, false, realFolders)) {
        const name = entry.name;
        const file = `${folder}/${name}`;
        const extension = extname(name);
        if (!extensions.includes(extension)) {
          if (isFolder(root, file, entry) && !LOOKS_LIKE_CONTENT.test(name)) {
            problems.add(`${file}/`, '', `is not read: ${folder}/ holds files, not folders`);
          } else {
            problems.add(
              file,
              '',
              LOOKS_LIKE_CONTENT.test(name) && !isFolder(root, file, entry)
                ? `is not read: the file name must end in ${readable} (lower case)`
                : isFolder(root, file, entry)
                  ? 'cannot be read (is a folder)'
                  : `is not read: only ${readable} files belong in ${folder}/`,
            );
          }
          continue;
        }
        const id = name.slice(0, -extension.length);
        const parsed =
          extension === '.json'
            ? { data: readJson(root, file, problems, realFolders) }
            : readMarkdown(root, file, problems, realFolders);
        files.push({ collection, file, id, ...(locale ? { locale } : {}), ...parsed });
      }
    }
  }
  return files;
}

/** `images/` holds pictures, each at most MAX_IMAGE_BYTES; nothing else. */
function checkImages(root: string, problems: ProblemList, realFolders: RealFolders): void {
  for (const entry of listFolder(root, IMAGES_DIR, problems, false, realFolders)) {
    const file = `${IMAGES_DIR}/${entry.name}`;
    if (isFolder(root, file, entry)) {
      problems.add(`${file}/`, '', `is not read: ${IMAGES_DIR}/ holds images, not folders`);
    } else if (!IMAGE_EXTENSIONS.includes(extname(entry.name))) {
      problems.add(
        file,
        '',
        `is not read: ${IMAGES_DIR}/ holds only ${IMAGE_EXTENSIONS.join(', ')} images (lower case)`,
      );
    } else {
      try {
        const real = realpathSync(join(root, file));
        const base = realFolder(root, realFolders);
        if (!real.startsWith(`${base}${sep}`))
          problems.add(file, '', 'cannot be read (is a link to a file outside the content tree)');
        else if (statSync(real).size > MAX_IMAGE_BYTES)
          problems.add(file, '', `is too large (at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`);
      } catch (error) {
        problems.add(file, '', whyUnreadable(join(root, file), error));
      }
    }
  }
}

/** The largest image published: a picture for a page, not a photograph's original. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Files and folders at the top of the tree that the generator would not read. */
function reportUnknownTopLevel(root: string, problems: ProblemList): void {
  const known = new Set<string>([
    SITE_FILE,
    TAXONOMIES_FILE,
    RELEASES_FILE,
    EDITIONS_DIR,
    IMAGES_DIR,
    ...Object.values(COLLECTIONS).map((c) => c.dir),
  ]);
  for (const entry of listFolder(root, '', problems, true)) {
    if (known.has(entry.name)) continue;
    const folder = isFolder(root, entry.name, entry);
    problems.add(
      folder ? `${entry.name}/` : entry.name,
      '',
      `is not read: a content tree holds ${SITE_FILE}, ${TAXONOMIES_FILE}, ${RELEASES_FILE} and the folders ${[
        ...Object.values(COLLECTIONS).map((c) => c.dir),
        EDITIONS_DIR,
      ].join(', ')}`,
    );
  }
}
