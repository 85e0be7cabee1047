import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { basename, dirname, extname, join, sep } from 'node:path';
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
import { splitMarkdown } from './frontmatter.ts';
import { lineAndColumn, parseJson } from './json-errors.ts';
import type { PathSegment, ProblemList } from './problem.ts';

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

/** The largest content file read (a pilot or a page is a few kilobytes). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Control characters other than tab, line feed and carriage return: invisible and never meant. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Why a file system entry cannot be read, in an editor's words (no errno codes). */
export function whyUnreadable(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return 'cannot be read (is a broken link)';
    } catch {
      // a folder of its path is missing too
    }
    return 'cannot be read (does not exist)';
  }
  if (code === 'ELOOP') return 'cannot be read (is a link that leads back to itself)';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ENOTDIR') return 'cannot be read (a folder in its path is a file)';
  if (code === 'EISDIR') return 'cannot be read (is a folder)';
  return 'cannot be read';
}

/**
 * The real location of each folder files are read from, found once per folder rather than once
 * per file: a file that is no link is where its folder really is.
 */
export type RealFolders = Map<string, string>;

/**
 * Reads a content file as UTF-8 text, or records why it cannot be: every failure is a problem
 * of that file, never an exception. A UTF-8 byte order mark is dropped.
 */
export function readText(
  root: string,
  file: string,
  problems: ProblemList,
  realFolders: RealFolders = new Map(),
): string | undefined {
  const path = join(root, file);
  let bytes: Buffer;
  const fd = openPlainFile(path);
  try {
    const found = fd === undefined ? lookAt(path) : lookAtOpen(fd);
    if (typeof found === 'string') {
      problems.add(file, '', found);
      return undefined;
    }
    // A link may point anywhere on the machine; content comes from the tree only.
    const real = found.link
      ? realpathSync(path)
      : join(realFolder(dirname(path), realFolders), basename(path));
    const base = realFolder(root, realFolders);
    if (real !== base && !real.startsWith(`${base}${sep}`)) {
      problems.add(file, '', 'cannot be read (is a link to a file outside the content tree)');
      return undefined;
    }
    if (found.size > MAX_FILE_BYTES) {
      problems.add(file, '', `is too large (at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
      return undefined;
    }
    bytes = readFileSync(fd ?? path);
  } catch (error) {
    problems.add(file, '', whyUnreadable(path, error));
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.add(file, '', 'is not UTF-8 (it is saved as UTF-16): save it as UTF-8');
    return undefined;
  }
  let text: string;
  try {
    text = UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const valid = validPrefixLength(bytes);
    const line = bytes.subarray(0, valid).toString('utf8').split('\n').length;
    problems.add(
      file,
      '',
      `is not UTF-8 (line ${line}): save it as UTF-8, the default of most editors, so that ā, č, ē … come out right`,
    );
    return undefined;
  }
  if (text.trim() === '') {
    problems.add(file, '', 'is empty');
    return undefined;
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const { line } = lineAndColumn(text, control.index);
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.add(
      file,
      '',
      `contains an invisible control character (U+${code}) on line ${line}: delete it`,
    );
    return undefined;
  }
  return text;
}

/** A file to read, or why it is none. */
type Found = string | { link: boolean; size: number };

/**
 * Opens a file that is no link, the common case: one path lookup where lstat and the read took
 * two. Undefined when it cannot be opened so (a link, a missing or unreadable file): lookAt then
 * finds out why, as for any path. Never waits on a named pipe.
 */
function openPlainFile(path: string): number | undefined {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
}

function lookAtOpen(fd: number): Found {
  return describe(fstatSync(fd), false);
}

/** Looks at any path, following a link; errors are thrown as fs throws them. */
function lookAt(path: string): Found {
  const own = lstatSync(path);
  return describe(own.isSymbolicLink() ? statSync(path) : own, own.isSymbolicLink());
}

function describe(stat: Stats, link: boolean): Found {
  if (stat.isDirectory()) return 'cannot be read (is a folder)';
  if (!stat.isFile()) return 'cannot be read (is not a regular file)';
  return { link, size: stat.size };
}

/** Decodes whole files (no streaming), so one decoder serves every file. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The real path of a folder, looked up once; an error is thrown as realpathSync throws it. */
function realFolder(folder: string, realFolders: RealFolders): string {
  let real = realFolders.get(folder);
  if (real === undefined) {
    real = realpathSync(folder);
    realFolders.set(folder, real);
  }
  return real;
}

/** How many leading bytes are valid UTF-8, to name the line of the first broken character. */
function validPrefixLength(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/** Reads and parses a JSON file; a syntax error becomes a problem with its line and column. */
export function readJson(
  root: string,
  file: string,
  problems: ProblemList,
  realFolders?: RealFolders,
): unknown {
  const source = readText(root, file, problems, realFolders);
  if (source === undefined) return undefined;
  // The error is located by parseJson, not by the engine, whose message quotes the text near it.
  const reading = parseJson(source);
  if (!reading.ok) {
    const { reason, line, column } = reading.error;
    problems.add(file, '', `is not valid JSON: ${reason} (line ${line}, column ${column})`);
    return undefined;
  }
  const data = reading.value;
  // `__proto__` as a key would be lost without a word by the object copies that follow. A text
  // can only spell it out or hide it behind \u escapes.
  const reserved =
    source.includes('__proto__') || source.includes('\\u') ? reservedKeyPath(data) : undefined;
  if (reserved) {
    problems.add(file, reserved, 'is a name no field may have');
    return undefined;
  }
  return data;
}

function reservedKeyPath(value: unknown, path: PathSegment[] = []): PathSegment[] | undefined {
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key === '__proto__') return [...path, key];
    const found = reservedKeyPath(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** Splits a Markdown file into its YAML frontmatter (parsed) and body. */
export function readMarkdown(
  root: string,
  file: string,
  problems: ProblemList,
  realFolders?: RealFolders,
): { data: unknown; body: string; bodyLine: number } {
  const source = readText(root, file, problems, realFolders);
  if (source === undefined) return { data: undefined, body: '', bodyLine: 1 };
  const split = splitMarkdown(source);
  for (const problem of split.problems) problems.add(file, problem.path, problem.rule);
  return { data: split.data, body: split.body, bodyLine: split.bodyLine };
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
