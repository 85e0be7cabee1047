/** Where each collection of the contract lives in a content tree and how its files look. */
export interface CollectionLayout {
  /** Folder under the content root. */
  dir: string;
  /** True where files sit in one subfolder per locale (`criteria/lv/1.md`). */
  perLocale: boolean;
  /** File extensions this collection reads. */
  extensions: readonly string[];
}

/** The collections of the contract (content-model.md), in the order problems are reported. */
export const COLLECTIONS = {
  criteria: { dir: 'criteria', perLocale: true, extensions: ['.md'] },
  scales: { dir: 'scales', perLocale: false, extensions: ['.json'] },
  pilots: { dir: 'pilots', perLocale: false, extensions: ['.json'] },
  methodology: { dir: 'methodology', perLocale: true, extensions: ['.mdx', '.md'] },
  reports: { dir: 'reports', perLocale: true, extensions: ['.mdx', '.md'] },
  news: { dir: 'news', perLocale: true, extensions: ['.md', '.mdx'] },
  glossary: { dir: 'glossary', perLocale: true, extensions: ['.md'] },
  events: { dir: 'events', perLocale: true, extensions: ['.md'] },
} as const satisfies Record<string, CollectionLayout>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The collections of Markdown and MDX pages, one folder per locale; the rest are JSON data. */
export const MARKDOWN_COLLECTIONS = [
  'criteria',
  'methodology',
  'reports',
  'news',
  'glossary',
  'events',
] as const satisfies readonly CollectionName[];
export type MarkdownCollection = (typeof MARKDOWN_COLLECTIONS)[number];

/** The collections each edition of the methodology has its own copy of (`editions/<id>/…`). */
export const EDITION_COLLECTIONS = [
  'criteria',
  'scales',
  'methodology',
] as const satisfies readonly CollectionName[];

/** The folder that holds every edition but the current one. */
export const EDITIONS_DIR = 'editions';

/**
 * The Markdown collections of the older editions, each over one edition collection of every
 * edition but the current one (ids `<edition>/<locale>/<file name>`).
 */
export const EDITION_MARKDOWN = {
  editionCriteria: 'criteria',
  editionMethodology: 'methodology',
} as const satisfies Record<string, MarkdownCollection>;
export type EditionMarkdownCollection = keyof typeof EDITION_MARKDOWN;

/** Where the editor's images are (`images/report-chart.png`), published at `/images/…`. */
export const IMAGES_DIR = 'images';
/** The image files `images/` may hold: pictures only, no SVG (it can carry a script). */
export const IMAGE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg', '.webp', '.gif'];

/** The files of the tree root. */
export const SITE_FILE = 'site.json';
export const TAXONOMIES_FILE = 'taxonomies.json';
/** What `npm run release` records (see src/lib/anonymity/release.ts). */
export const RELEASES_FILE = 'releases.json';

/** The file name without folder and extension: the id, code or slug the file must carry. */
export function fileId(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
}
