/**
 * How one text, body or table of an edition is compared with its counterpart: word by word as
 * readers see it (a body's Markdown rendered to text), tables cell by cell, and texts that differ
 * only in typography counted instead of listed.
 */
import type { Localized } from '../content/schemas/index.ts';
import { plainBody, type PlainTable } from '../markdown/plain-text.ts';
import type {
  RowChange,
  TableChange,
  TextChange,
  TextField,
  TranslationChange,
} from './changes-types.ts';
import { sameButTypography, wordDiff } from './text-diff.ts';

/** Counts the texts that differ only in typography while the lists are worked out. */
export interface Tally {
  typographyOnly: number;
}

/** The change of one text in one locale, or undefined (counted when only typography differs). */
function textChange(
  tally: Tally,
  field: TextField,
  locale: string,
  before: string,
  after: string,
): TextChange | undefined {
  if (sameButTypography(before, after)) tally.typographyOnly += 1;
  const parts = wordDiff(before, after);
  return parts ? { field, locale, parts, tables: [] } : undefined;
}

/** The change of a body: its text as rendered, and its tables by row and column. */
function bodyChange(
  tally: Tally,
  locale: string,
  before: { body: string; file?: string | undefined },
  after: { body: string; file?: string | undefined },
): TextChange | undefined {
  if (before.body.trim() === after.body.trim()) return undefined;
  const old = plainBody(before.body, before.file?.endsWith('.mdx'));
  const now = plainBody(after.body, after.file?.endsWith('.mdx'));
  const text = textChange(tally, 'body', locale, old.text, now.text);
  const count = Math.max(old.tables.length, now.tables.length);
  const tables = Array.from({ length: count }, (_, index) =>
    tableChange(tally, index + 1, old.tables[index], now.tables[index]),
  ).flatMap((table) => (table ? [table] : []));
  if (!text && tables.length === 0) return undefined;
  return { field: 'body', locale, parts: text?.parts ?? [], tables };
}

/** The rows of a table that changed, matched by their place; a table added or removed is all rows. */
function tableChange(
  tally: Tally,
  table: number,
  before: PlainTable | undefined,
  after: PlainTable | undefined,
): TableChange | undefined {
  const header = after?.header ?? before?.header ?? [];
  const oldRows = before ? [before.header, ...before.rows] : [];
  const newRows = after ? [after.header, ...after.rows] : [];
  const label = (index: number, cells: readonly string[]) =>
    index === 0 ? undefined : (cells[0] ?? String(index));
  const rows: RowChange[] = [];
  for (let index = 0; index < Math.max(oldRows.length, newRows.length); index += 1) {
    const old = oldRows[index];
    const now = newRows[index];
    if (!old && now) rows.push({ change: 'added', row: label(index, now), cells: now });
    else if (old && !now) rows.push({ change: 'removed', row: label(index, old), cells: old });
    else if (old && now) {
      const cells = Array.from({ length: Math.max(old.length, now.length) }, (_, column) => {
        const parts = textChange(tally, 'body', '', old[column] ?? '', now[column] ?? '')?.parts;
        return parts ? [{ column: header[column] ?? String(column + 1), parts }] : [];
      }).flat();
      if (cells.length > 0) rows.push({ change: 'changed', row: label(index, now), cells });
    }
  }
  return rows.length > 0 ? { table, rows } : undefined;
}

/** Files of one id, by locale. */
export function byId<File extends { id: string; locale: string }>(files: readonly File[]) {
  const map = new Map<string, Map<string, File>>();
  for (const file of files) {
    const locales = map.get(file.id) ?? new Map<string, File>();
    locales.set(file.locale, file);
    map.set(file.id, locales);
  }
  return map;
}

/** Diffs of the named texts, in every locale both sides have. */
export function fileTexts<File extends { body: string; file?: string | undefined }>(
  tally: Tally,
  before: ReadonlyMap<string, File>,
  after: ReadonlyMap<string, File>,
  fields: ReadonlyArray<[TextField, (file: File) => string]>,
): { texts: TextChange[]; translations: TranslationChange } {
  const texts: TextChange[] = [];
  for (const [locale, old] of before) {
    const now = after.get(locale);
    if (!now) continue;
    for (const [field, read] of fields) {
      const change = textChange(tally, field, locale, read(old), read(now));
      if (change) texts.push(change);
    }
    const body = bodyChange(tally, locale, old, now);
    if (body) texts.push(body);
  }
  return {
    texts,
    translations: {
      added: [...after.keys()].filter((l) => !before.has(l)).sort(),
      removed: [...before.keys()].filter((l) => !after.has(l)).sort(),
    },
  };
}

/** Diffs of a localized string, in every locale either side has (a missing text counts as empty). */
export function localizedTexts(
  tally: Tally,
  field: TextField,
  before: Localized | undefined,
  after: Localized | undefined,
): TextChange[] {
  const locales = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return locales.flatMap((locale) => {
    const change = textChange(tally, field, locale, before?.[locale] ?? '', after?.[locale] ?? '');
    return change ? [change] : [];
  });
}
