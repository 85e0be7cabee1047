import type {
  CriterionData,
  EventData,
  GlossaryData,
  Kind,
  MethodologyData,
  NewsData,
  Panel,
  Pilot,
  ReportData,
  Site,
  Taxonomies,
} from './schemas/index.ts';

/** A Markdown entry of a per-locale collection, after its frontmatter passed the schema. */
export interface LocalizedEntry<Data> {
  /** File name without extension: code, slug or id, the same in every locale. */
  id: string;
  locale: string;
  /** Path relative to the content root. */
  file: string;
  data: Data;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** A JSON entry (panel or pilot) with the file it came from. */
export interface FileEntry<Data> {
  file: string;
  data: Data;
}

/** A criterion or sub-criterion in one locale. */
export type CriterionEntry = LocalizedEntry<CriterionData>;

/** What each edition of the methodology has of its own: criteria, panels and chapters. */
export interface EditionContent {
  /** In code order. */
  criteria: CriterionEntry[];
  /**
   * The kind of every code of the default locale, in code order: a top-level criterion's own,
   * inherited below it (criterionKinds). Computed once, when the tree is read.
   */
  kinds: ReadonlyMap<string, Kind>;
  panels: FileEntry<Panel>[];
  methodology: LocalizedEntry<MethodologyData>[];
}

/** The whole content tree, validated: what the rest of the generator builds from. */
export interface ContentTree extends EditionContent {
  site: Site;
  taxonomies: Taxonomies;
  pilots: FileEntry<Pilot>[];
  /**
   * Every edition of site.json but the current one, read from `editions/<id>/`, in the order
   * site.json lists them. The current edition is the tree's own criteria, panels and chapters.
   */
  editions: Array<EditionContent & { id: string }>;
  reports: LocalizedEntry<ReportData>[];
  news: LocalizedEntry<NewsData>[];
  glossary: LocalizedEntry<GlossaryData>[];
  events: LocalizedEntry<EventData>[];
}
