import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { ProblemList } from './problem.ts';

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

/** Reads and parses a JSON file; a syntax error becomes a problem with its line and column. */
export function readJson(root: string, file: string, problems: ProblemList): unknown {
  const source = readFileSync(join(root, file), 'utf8');
  try {
    return JSON.parse(source);
  } catch (error) {
    problems.add(file, '', `is not valid JSON: ${describeJsonError(source, error)}`);
    return undefined;
  }
}

function describeJsonError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  if (!position) return reason;
  const before = source.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = Number(position[1]) - before.lastIndexOf('\n');
  return `${reason} (line ${line}, column ${column})`;
}

/** Splits a Markdown file into its YAML frontmatter (parsed) and body. */
export function readMarkdown(
  root: string,
  file: string,
  problems: ProblemList,
): { data: unknown; body: string; bodyLine: number } {
  const source = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) {
    problems.add(file, '', 'must start with a frontmatter block between two "---" lines');
    return { data: undefined, body: source, bodyLine: 1 };
  }
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  const document = parseDocument(match[1] ?? '', { uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    // Frontmatter starts on the file's second line.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    problems.add(file, '', `has frontmatter that is not valid YAML (line ${line}): ${reason}`);
    return { data: undefined, body, bodyLine };
  }
  return { data: document.toJS() ?? {}, body, bodyLine };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

/** Reads every file of every collection; unreadable files become problems, never exceptions. */
export function readCollections(root: string, problems: ProblemList): SourceFile[] {
  const files: SourceFile[] = [];
  for (const [collection, layout] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const base = join(root, layout.dir);
    const folders = layout.perLocale
      ? listFiles(base).filter((name) => statSync(join(base, name)).isDirectory())
      : [undefined];
    for (const locale of folders) {
      const folder = locale ? `${layout.dir}/${locale}` : layout.dir;
      for (const name of listFiles(join(root, folder))) {
        const extension = extname(name);
        if (!(layout.extensions as readonly string[]).includes(extension)) continue;
        const file = `${folder}/${name}`;
        const id = name.slice(0, -extension.length);
        const parsed =
          extension === '.json'
            ? { data: readJson(root, file, problems) }
            : readMarkdown(root, file, problems);
        files.push({ collection, file, id, ...(locale ? { locale } : {}), ...parsed });
      }
    }
  }
  return files;
}
