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

/** A criterion or sub-criterion with the kind it has or inherits from its top-level criterion. */
export type CriterionEntry = LocalizedEntry<CriterionData> & { kind: Kind | undefined };

/** The whole content tree, validated: what the rest of the generator builds from. */
export interface ContentTree {
  site: Site;
  taxonomies: Taxonomies;
  criteria: CriterionEntry[];
  panels: FileEntry<Panel>[];
  pilots: FileEntry<Pilot>[];
  methodology: LocalizedEntry<MethodologyData>[];
  reports: LocalizedEntry<ReportData>[];
  news: LocalizedEntry<NewsData>[];
  glossary: LocalizedEntry<GlossaryData>[];
  events: LocalizedEntry<EventData>[];
}
