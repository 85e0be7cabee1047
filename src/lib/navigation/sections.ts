/**
 * The site's sections, grouped by what readers come to do, and the area (first path segment)
 * each page belongs to. The header marks the current section; previous/next stays inside one.
 */
export const SECTIONS = ['methodology', 'criteria', 'results', 'events'] as const;
export type Section = (typeof SECTIONS)[number];

const SECTION_OF_AREA: Record<string, Section> = {
  methodology: 'methodology',
  scoring: 'methodology',
  glossary: 'methodology',
  criteria: 'criteria',
  results: 'results',
  reports: 'results',
  data: 'results',
  news: 'events',
  events: 'events',
  handouts: 'events',
};

/** The section of a page from its route (`['glossary', 'caf']` → `methodology`); none for home, search, … */
export function sectionOf(route: readonly string[]): Section | undefined {
  return SECTION_OF_AREA[route[0] ?? ''];
}
