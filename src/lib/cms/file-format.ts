/**
 * How the editor writes a file: as a person would by hand, so that a save changes only the lines
 * of the fields changed. A new file: frontmatter fields in the form's (the schema's) order, no
 * field left empty (a cleared optional field is left out, never written `null`), no line folded
 * however long the text, quotes only where YAML needs them, and the body after the closing `---`.
 * A file that exists is edited in place (`saveOver`): its quotes, comments, key order, JSON
 * layout and body stay as the editor wrote them, and only the values that changed are written.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
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

/** Deep equality of values read from YAML or JSON. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => same(item, b[index]))
    );
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => key in b && same((a as EntryData)[key], (b as EntryData)[key]))
    );
  }
  return false;
}

const isRecord = (value: unknown): value is EntryData =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** The body as written: as it was read (a blank line after `---` or none), ending in one line break. */
function bodyText(body: unknown): string {
  return typeof body === 'string' && body.trim() ? body.replace(/\s*$/, '\n') : '';
}

/**
 * The YAML node edited to hold `value`: a node whose value is unchanged is kept as it is; a
 * changed string keeps the old one's quoting (the library quotes it where plain text would not
 * read back); a map keeps its keys' order and comments, drops keys no longer there (an empty one
 * stays: the form never hands over empty values) and gets new keys at its end; a list is edited
 * item by item.
 */
function editNode(doc: Document, node: unknown, value: unknown): unknown {
  const old: unknown =
    node && typeof node === 'object' && 'toJSON' in node
      ? (node as { toJSON: () => unknown }).toJSON()
      : node;
  if (node && same(withoutEmpty(old), value)) return node;
  if (isMap(node) && isRecord(value)) {
    const seen = new Set<string>();
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      seen.add(key);
      if (key in value) pair.value = editNode(doc, pair.value, value[key]) as typeof pair.value;
      else if (
        !isEmpty(
          isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value)
            ? pair.value.toJSON()
            : pair.value,
        )
      )
        node.items.splice(node.items.indexOf(pair), 1);
    }
    for (const [key, item] of Object.entries(value))
      if (!seen.has(key)) node.add(doc.createPair(key, item));
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    value.forEach((item, index) => {
      if (index < node.items.length) node.items[index] = editNode(doc, node.items[index], item);
      else node.items.push(doc.createNode(item));
    });
    node.items.splice(value.length);
    return node;
  }
  if (isScalar(node) && typeof node.value === typeof value && typeof value !== 'object') {
    node.value = value;
    return node;
  }
  return doc.createNode(value);
}

/**
 * The Markdown file `existing` with the entry's values: only the lines of changed fields differ,
 * and a file whose values are unchanged comes back byte for byte. A file that is not a clean
 * frontmatter file (or has Windows line ends) is written anew.
 */
export function editMarkdown(existing: string, entry: EntryData): string {
  const lines = existing.split('\n');
  const close = lines[0] === '---' ? lines.findIndex((line, i) => i > 0 && line === '---') : -1;
  if (close < 0 || existing.includes('\r')) return toMarkdown(entry);
  const doc = parseDocument(lines.slice(1, close).join('\n'), { uniqueKeys: true });
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null))
    return toMarkdown(entry);
  const { body, ...fields } = entry;
  const next = withoutEmpty(fields);
  const oldBody = lines.slice(close + 1).join('\n');
  const text = bodyText(body) === bodyText(oldBody) ? oldBody : bodyText(body);
  if (same(withoutEmpty(doc.toJS() ?? {}), next)) {
    return text === oldBody ? existing : `${lines.slice(0, close + 1).join('\n')}\n${text}`;
  }
  doc.contents = editNode(doc, doc.contents, next) as typeof doc.contents;
  return `---\n${doc.toString(YAML_OPTIONS)}---\n${text}`;
}

/** A JSON value with where it stands in the text. */
interface Located {
  start: number;
  end: number;
  members?: Array<{ key: string; start: number; value: Located }>;
  items?: Located[];
}

/** Where each value of a JSON text stands (the text is valid JSON: it was parsed first). */
function locate(text: string): Located {
  let at = 0;
  const space = () => {
    while (/\s/.test(text[at] ?? '')) at += 1;
  };
  const string = () => {
    const start = at;
    at += 1;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at += 1;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (): Located => {
    space();
    const start = at;
    const open = text[at];
    if (open === '{' || open === '[') {
      at += 1;
      const members: NonNullable<Located['members']> = [];
      const items: Located[] = [];
      space();
      while (text[at] !== (open === '{' ? '}' : ']')) {
        if (open === '{') {
          space();
          const keyStart = at;
          const key = string();
          space();
          at += 1; // the colon
          members.push({ key, start: keyStart, value: value() });
        } else items.push(value());
        space();
        if (text[at] === ',') at += 1;
        space();
      }
      at += 1;
      return open === '{' ? { start, end: at, members } : { start, end: at, items };
    }
    if (open === '"') string();
    else while (at < text.length && !/[\s,\]}]/.test(text[at] ?? '')) at += 1;
    return { start, end: at };
  };
  return value();
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits that turn the JSON text's value at `node` (read as `old`) into `value`, keeping the
 * layout of everything unchanged: a changed value is written where the old one stood, indented
 * as its line is; new keys go at the end of their object, laid out as its last key.
 */
function jsonEdits(
  text: string,
  node: Located,
  old: unknown,
  value: unknown,
  unit: string,
): Edit[] {
  if (same(withoutEmpty(old), value)) return [];
  const lineStart = text.lastIndexOf('\n', node.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const whole = (): Edit[] => [
    {
      start: node.start,
      end: node.end,
      text: JSON.stringify(value, null, unit).replaceAll('\n', `\n${indent}`),
    },
  ];
  if (node.members && isRecord(old) && isRecord(value)) {
    const members = node.members;
    const kept = members.filter((m) => m.key in value || isEmpty(old[m.key]));
    const added = Object.keys(value).filter((key) => !members.some((m) => m.key === key));
    const firstGone = members[0] && !kept.includes(members[0]);
    if (kept.length === 0 || firstGone || (kept.length < members.length && added.length > 0))
      return whole();
    const edits = kept.flatMap((m) =>
      jsonEdits(text, m.value, old[m.key], value[m.key] ?? old[m.key], unit),
    );
    members.forEach((member, index) => {
      if (kept.includes(member)) return;
      const before = members[index - 1];
      // A key goes with the comma before it (the first key is kept: see above).
      if (before) edits.push({ start: before.value.end, end: member.value.end, text: '' });
    });
    const last = members[members.length - 1];
    if (added.length > 0 && last) {
      const gap =
        members.length > 1
          ? text.slice(text.indexOf(',', members[members.length - 2]?.value.end) + 1, last.start)
          : text.slice(node.start + 1, last.start);
      const keyIndent = /[ \t]*$/.exec(gap)?.[0] ?? '';
      edits.push({
        start: last.value.end,
        end: last.value.end,
        text: added
          .map(
            (key) =>
              `,${gap}${JSON.stringify(key)}: ${JSON.stringify(value[key], null, unit).replaceAll('\n', `\n${keyIndent}`)}`,
          )
          .join(''),
      });
    }
    return edits;
  }
  if (node.items && Array.isArray(old) && Array.isArray(value) && old.length === value.length) {
    return node.items.flatMap((item, index) =>
      jsonEdits(text, item, old[index], value[index], unit),
    );
  }
  return whole();
}

/**
 * The JSON file `existing` with the entry's values, in the file's own layout: its indentation,
 * its key order and the lines of unchanged values stay; a file whose values are unchanged comes
 * back byte for byte.
 */
export function editJson(existing: string, entry: EntryData): string {
  let old: unknown;
  try {
    old = JSON.parse(existing);
  } catch {
    return toJson(entry);
  }
  const unit = /\n([ \t]+)\S/.exec(existing)?.[1] ?? '  ';
  const edits = jsonEdits(existing, locate(existing), old, withoutEmpty(entry), unit);
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), existing);
}

/**
 * What a save writes over the file at `path` that holds `existing`, the editor's page having
 * written `written`: the existing file edited in place with the values of the written one.
 */
export function saveOver(path: string, existing: string, written: string): string {
  if (/\.mdx?$/.test(path)) return editMarkdown(existing, fromMarkdown(written));
  if (path.endsWith('.json')) {
    try {
      return editJson(existing, fromJson(written));
    } catch {
      return written;
    }
  }
  return written;
}
