/**
 * How the editor writes a file: as a person would by hand, so that a save changes only the lines
 * of the fields changed. Frontmatter fields in the form's (the schema's) order, no field left
 * empty (a cleared optional field is left out, never written `null`), no line folded however long
 * the text, quotes only where YAML needs them, and the body after the closing `---`.
 */
import { stringify } from 'yaml';
import { splitMarkdown } from '../content/frontmatter.ts';

/** An entry as the CMS holds it: the frontmatter fields and the Markdown `body`. */
export type EntryData = Record<string, unknown>;

const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, indentSeq: true } as const;

/** True for a value that says nothing: left out of the file rather than written empty. */
function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value as object).every((item) => isEmpty(item)))
  );
}

/** The value without the parts that say nothing, at every depth. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isEmpty(item)).map(withoutEmpty);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as EntryData)
        .filter(([, item]) => !isEmpty(item))
        .map(([key, item]) => [key, withoutEmpty(item)]),
    );
  return value;
}

/** Reads a Markdown file into the CMS's entry: its fields and its `body`. */
export function fromMarkdown(content: string): EntryData {
  const split = splitMarkdown(content);
  const data = split.data && typeof split.data === 'object' ? (split.data as EntryData) : {};
  return { ...data, body: split.body };
}

/**
 * Writes an entry as a Markdown file with a frontmatter block. An entry of a language whose
 * `translated` fields are all empty (a translation not begun: the CMS still hands over the
 * fields every language shares) is no file: it comes out empty, and the editor's server
 * writes nothing for it (scripts/lib/editor.ts).
 */
export function toMarkdown(entry: EntryData, translated?: ReadonlySet<string>): string {
  if (translated && [...translated].every((name) => isEmpty(entry[name]))) return '';
  const { body, ...fields } = entry;
  const frontmatter = stringify(withoutEmpty(fields), YAML_OPTIONS);
  // The body as it was read (a blank line after `---` or none), ending in one line break.
  const text = typeof body === 'string' && body.trim() ? body.replace(/\s*$/, '\n') : '';
  return `---\n${frontmatter}---\n${text}`;
}

/** Writes a JSON file as the tree's JSON files are written: two spaces, a final line break. */
export function toJson(entry: EntryData): string {
  return `${JSON.stringify(withoutEmpty(entry), null, 2)}\n`;
}

export function fromJson(content: string): EntryData {
  const data: unknown = JSON.parse(content);
  return data && typeof data === 'object' ? (data as EntryData) : {};
}
