/**
 * The shape of a change list between two editions: what it compares of each edition
 * (`ChangesInput`) and what it finds (`EditionChanges`), down to one text's word-level diff.
 */
import type { CriterionData, Kind, MethodologyData, Panel } from '../content/schemas/index.ts';
import type { DiffPart } from './text-diff.ts';

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
