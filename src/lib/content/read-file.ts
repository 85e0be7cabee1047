/**
 * Reading one file of a content tree safely: a plain file inside the tree, at most
 * MAX_FILE_BYTES, valid UTF-8 without control characters, then parsed as JSON or Markdown.
 * Every failure becomes a problem in an editor's words, never an exception.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { splitMarkdown } from './frontmatter.ts';
import { lineAndColumn, parseJson } from './json-errors.ts';
import type { PathSegment, ProblemList } from './problem.ts';

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
export function realFolder(folder: string, realFolders: RealFolders): string {
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
