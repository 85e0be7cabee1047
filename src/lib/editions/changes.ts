import { compareCodes } from '../content/codes.ts';
import { panelFor } from '../content/methodology.ts';
import type {
  CriterionData,
  Kind,
  Localized,
  MethodologyData,
  Panel,
} from '../content/schemas/index.ts';
import { plainBody, type PlainTable } from '../markdown/plain-text.ts';
import { matchCriteria } from './match.ts';
import { sameButTypography, wordDiff, type DiffPart } from './text-diff.ts';

/** A criterion file of one edition in one locale, as the change list reads it. */
export interface CriterionFile {
  id: string;
  locale: string;
  /** Where it was read from: an `.mdx` body is read as MDX. */
  file?: string;
  data: CriterionData;
  body: string;
}

/** A methodology chapter of one edition in one locale. */
export interface ChapterFile {
  id: string;
  locale: string;
  /** Where it was read from: an `.mdx` body is read as MDX. */
  file?: string;
  data: MethodologyData;
  body: string;
}

/** What the change list compares of an edition. */
export interface EditionSide {
  id: string;
  criteria: readonly CriterionFile[];
  panels: readonly Panel[];
  methodology: readonly ChapterFile[];
}

export interface ChangesInput {
  from: EditionSide;
  to: EditionSide;
  /** The later edition's renumbering (site.json `editions[].renumbered`). */
  renumbered: Readonly<Record<string, string | null>>;
  defaultLocale: string;
}

/** A text of a criterion, chapter, panel, band or dimension. */
export type TextField =
  | 'title'
  | 'summary'
  | 'kind'
  | 'examples'
  | 'questions'
  | 'evidence'
  | 'body'
  | 'description'
  | 'label';

/**
 * One text that differs between the editions, in one locale, as a word-level diff of what
 * readers see (a body's Markdown rendered to text), and its tables cell by cell.
 */
export interface TextChange {
  field: TextField;
  locale: string;
  /** Empty when only a table changed. */
  parts: DiffPart[];
  tables: TableChange[];
}

/** A table of a body whose cells changed, by its place among the body's tables (from 1). */
export interface TableChange {
  table: number;
  rows: RowChange[];
}

/**
 * A row of a table, named by its first cell (the header row by undefined): added or removed
 * whole, or the cells that changed, each named by its column's header.
 */
export type RowChange =
  | { change: 'added' | 'removed'; row: string | undefined; cells: string[] }
  | {
      change: 'changed';
      row: string | undefined;
      cells: Array<{ column: string; parts: DiffPart[] }>;
    };

/** Locales in which a file exists in only one of the two editions. */
export interface TranslationChange {
  added: string[];
  removed: string[];
}

/** What happened to one criterion or sub-criterion between two editions. */
export type CriterionChange =
  | { change: 'added'; to: string }
  | { change: 'removed'; from: string }
  | {
      change: 'changed';
      from: string;
      to: string;
      /** The code changed (`from` ≠ `to`). */
      renumbered: boolean;
      /** The title changed in the default locale. */
      renamed: boolean;
      texts: TextChange[];
      translations: TranslationChange;
    };

/** What happened to one methodology chapter (matched by its file name). */
export type ChapterChange =
  | { change: 'added' | 'removed'; slug: string }
  | { change: 'changed'; slug: string; texts: TextChange[]; translations: TranslationChange };

/** A band of a panel, matched by its range: a band whose range changed is removed and added. */
export type BandChange =
  | { change: 'added' | 'removed'; min: number; max: number }
  | { change: 'changed'; min: number; max: number; texts: TextChange[] };

/** A fine-tuned dimension of a panel, matched by its id. */
export type DimensionChange =
  | { change: 'added' | 'removed'; id: string }
  | { change: 'changed'; id: string; texts: TextChange[] };

/** What happened to the panel of one kind. */
export type PanelChange =
  | { change: 'added' | 'removed'; kind: Kind; panel: string }
  | {
      change: 'changed';
      kind: Kind;
      panel: string;
      texts: TextChange[];
      dimensions: DimensionChange[];
      bands: BandChange[];
    };

/** Every difference between two consecutive editions: the only input of change pages. */
export interface EditionChanges {
  from: string;
  to: string;
  /** By code (the newer one where there is one), numerically. */
  criteria: CriterionChange[];
  panels: PanelChange[];
  chapters: ChapterChange[];
  /** Texts that differ only in typography (quotation marks, dashes, spaces): not listed. */
  typographyOnly: number;
}

/** Counts the texts that differ only in typography while the lists are worked out. */
interface Tally {
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
function byId<File extends { id: string; locale: string }>(files: readonly File[]) {
  const map = new Map<string, Map<string, File>>();
  for (const file of files) {
    const locales = map.get(file.id) ?? new Map<string, File>();
    locales.set(file.locale, file);
    map.set(file.id, locales);
  }
  return map;
}

/** Diffs of the named texts, in every locale both sides have. */
function fileTexts<File extends { body: string; file?: string | undefined }>(
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
function localizedTexts(
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

// Lists show one item a line, so an added question reads as a line of its own.
const list = (items: readonly string[] | undefined) => (items ?? []).join('\n');
const CRITERION_TEXTS: ReadonlyArray<[TextField, (file: CriterionFile) => string]> = [
  ['title', (f) => f.data.title],
  ['summary', (f) => f.data.summary],
  ['kind', (f) => f.data.kind ?? ''],
  ['examples', (f) => list(f.data.examples)],
  ['questions', (f) => list(f.data.questions)],
  ['evidence', (f) => list(f.data.evidence)],
];
const CHAPTER_TEXTS: ReadonlyArray<[TextField, (file: ChapterFile) => string]> = [
  ['title', (f) => f.data.title],
  ['description', (f) => f.data.description],
];

function criterionChanges(input: ChangesInput, tally: Tally): CriterionChange[] {
  const { from, to, defaultLocale } = input;
  const before = byId(from.criteria);
  const after = byId(to.criteria);
  const titled = (files: Map<string, Map<string, CriterionFile>>) =>
    [...files].flatMap(([code, locales]) => {
      const file = locales.get(defaultLocale);
      return file ? [{ code, title: file.data.title }] : [];
    });
  const matching = matchCriteria(titled(before), titled(after), input.renumbered);
  const changes: CriterionChange[] = [
    ...matching.added.map((code): CriterionChange => ({ change: 'added', to: code })),
    ...matching.removed.map((code): CriterionChange => ({ change: 'removed', from: code })),
  ];
  for (const [old, now] of matching.successors) {
    const { texts, translations } = fileTexts(
      tally,
      before.get(old) ?? new Map(),
      after.get(now) ?? new Map(),
      CRITERION_TEXTS,
    );
    const renumbered = old !== now;
    const changed = translations.added.length + translations.removed.length > 0;
    if (!renumbered && !changed && texts.length === 0) continue;
    const renamed = texts.some((t) => t.field === 'title' && t.locale === defaultLocale);
    changes.push({
      change: 'changed',
      from: old,
      to: now,
      renumbered,
      renamed,
      texts,
      translations,
    });
  }
  const code = (c: CriterionChange) => (c.change === 'removed' ? c.from : c.to);
  return changes.sort(
    (a, b) => compareCodes(code(a), code(b)) || (a.change === 'removed' ? -1 : 1),
  );
}

function chapterChanges(input: ChangesInput, tally: Tally): ChapterChange[] {
  const before = byId(input.from.methodology);
  const after = byId(input.to.methodology);
  const slugs = [...new Set([...before.keys(), ...after.keys()])].sort();
  return slugs.flatMap((slug): ChapterChange[] => {
    const old = before.get(slug);
    const now = after.get(slug);
    if (!old) return [{ change: 'added', slug }];
    if (!now) return [{ change: 'removed', slug }];
    const { texts, translations } = fileTexts(tally, old, now, CHAPTER_TEXTS);
    const changed = texts.length + translations.added.length + translations.removed.length > 0;
    return changed ? [{ change: 'changed', slug, texts, translations }] : [];
  });
}

function panelChange(tally: Tally, old: Panel, now: Panel): PanelChange | undefined {
  const texts = [
    ...localizedTexts(tally, 'title', old.title, now.title),
    ...localizedTexts(tally, 'description', old.description, now.description),
  ];
  const dimensions: DimensionChange[] = [
    ...old.dimensions.flatMap((d): DimensionChange[] => {
      const match = now.dimensions.find((n) => n.id === d.id);
      if (!match) return [{ change: 'removed', id: d.id }];
      const labels = localizedTexts(tally, 'label', d.label, match.label);
      return labels.length > 0 ? [{ change: 'changed', id: d.id, texts: labels }] : [];
    }),
    ...now.dimensions
      .filter((d) => !old.dimensions.some((o) => o.id === d.id))
      .map((d): DimensionChange => ({ change: 'added', id: d.id })),
  ];
  const range = (b: { min: number; max: number }) => `${b.min}-${b.max}`;
  const bands: BandChange[] = [
    ...old.bands.flatMap((band): BandChange[] => {
      const match = now.bands.find((n) => range(n) === range(band));
      if (!match) return [{ change: 'removed', min: band.min, max: band.max }];
      const bandTexts = [
        ...localizedTexts(tally, 'label', band.label, match.label),
        ...localizedTexts(tally, 'description', band.description, match.description),
      ];
      return bandTexts.length > 0
        ? [{ change: 'changed', min: band.min, max: band.max, texts: bandTexts }]
        : [];
    }),
    ...now.bands
      .filter((band) => !old.bands.some((o) => range(o) === range(band)))
      .map((band): BandChange => ({ change: 'added', min: band.min, max: band.max })),
  ].sort((a, b) => a.min - b.min || (a.change === 'removed' ? -1 : 1));
  if (texts.length + dimensions.length + bands.length === 0) return undefined;
  return { change: 'changed', kind: now.appliesTo, panel: now.id, texts, dimensions, bands };
}

function panelChanges(input: ChangesInput, tally: Tally): PanelChange[] {
  const kinds = [...new Set([...input.from.panels, ...input.to.panels].map((p) => p.appliesTo))];
  return kinds.sort().flatMap((kind): PanelChange[] => {
    const old = panelFor(input.from.panels, kind);
    const now = panelFor(input.to.panels, kind);
    if (!old && now) return [{ change: 'added', kind, panel: now.id }];
    if (old && !now) return [{ change: 'removed', kind, panel: old.id }];
    const change = old && now ? panelChange(tally, old, now) : undefined;
    return change ? [change] : [];
  });
}

/**
 * Everything that differs between two editions, computed from their files rather than written
 * by hand: criteria added, removed, renumbered or renamed, their texts word by word (bodies as
 * rendered text, tables cell by cell), chapters, panels, dimensions and bands. Criteria whose
 * files are the same in both, or differ only in typography, appear nowhere.
 */
export function compareEditions(input: ChangesInput): EditionChanges {
  const tally: Tally = { typographyOnly: 0 };
  return {
    from: input.from.id,
    to: input.to.id,
    criteria: criterionChanges(input, tally),
    panels: panelChanges(input, tally),
    chapters: chapterChanges(input, tally),
    typographyOnly: tally.typographyOnly,
  };
}
