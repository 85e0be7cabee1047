/**
 * The site's areas by route key: the first path segment after the locale (`/en/criteria/1.1/`
 * → `criteria`). The one table the sidebar, the header, search facets, OG sections and UI
 * strings read, so an area is named the same way everywhere.
 */

import { isTopLevel } from '../content/codes.ts';

/** What search files a page as: `search.type.<type>` is its label. */
export type SearchType =
  | 'methodology'
  | 'criterion'
  | 'subcriterion'
  | 'glossary'
  | 'report'
  | 'news'
  | 'event'
  | 'about'
  | 'page';

/**
 * The sections of the sidebar and header, grouped by what readers come to do; previous/next
 * stays inside one.
 */
export const SECTIONS = ['methodology', 'criteria', 'results', 'events'] as const;
export type Section = (typeof SECTIONS)[number];

interface Area {
  search: SearchType;
  /** The section the area's pages belong to; none for home, search, accessibility, … */
  section?: Section;
  /** True where a page below the area is about one criterion (`section.criterion` on its OG image). */
  perCriterion?: true;
  /** True where the area's index page has a title of its own (`<key>.title`). */
  titled?: true;
}

export const ROUTES = {
  methodology: { search: 'methodology', section: 'methodology', titled: true },
  criteria: { search: 'criterion', section: 'criteria', perCriterion: true, titled: true },
  scoring: { search: 'methodology', section: 'methodology', titled: true },
  results: { search: 'report', section: 'results', perCriterion: true, titled: true },
  reports: { search: 'report', section: 'results', titled: true },
  data: { search: 'report', section: 'results', titled: true },
  glossary: { search: 'glossary', section: 'methodology', titled: true },
  editions: { search: 'methodology', section: 'methodology', titled: true },
  news: { search: 'news', section: 'events', titled: true },
  events: { search: 'event', section: 'events', titled: true },
  handouts: { search: 'page', section: 'events', titled: true },
  accessibility: { search: 'about', titled: true },
  search: { search: 'page', titled: true },
  'self-assessment': { search: 'page' },
} as const satisfies Record<string, Area>;

export type RouteKey = keyof typeof ROUTES;
/** The areas whose index page has a title of its own. */
export type TitledRoute = {
  [Key in RouteKey]: (typeof ROUTES)[Key] extends { titled: true } ? Key : never;
}[RouteKey];

/** The route key of a page's path segments; undefined for the home page (and the 404). */
export function routeKey(route: readonly string[]): RouteKey | undefined {
  const [first] = route;
  return first !== undefined && first in ROUTES ? (first as RouteKey) : undefined;
}

/** The UI string that titles an area's index page (and its links in the sidebar and header). */
export function routeTitle(key: TitledRoute): `${TitledRoute}.title` {
  return `${key}.title`;
}

/**
 * The UI string naming the section a page belongs to, for its OG image: `section.<key>`, or
 * `section.criterion` (with the code) for a page about one criterion.
 */
export function routeSection(route: readonly string[]): { key: string; code?: string } | undefined {
  const key = routeKey(route);
  if (!key) return undefined;
  const item = route[1];
  const area: Area = ROUTES[key];
  return area.perCriterion && item
    ? { key: 'section.criterion', code: item }
    : { key: `section.${key}` };
}

/** The section of a page from its route (`['glossary', 'caf']` → `methodology`); none for home, search, … */
export function sectionOf(route: readonly string[]): Section | undefined {
  const key = routeKey(route);
  if (!key) return undefined;
  const area: Area = ROUTES[key];
  return area.section;
}

/**
 * What search files a page as: its area's type, except that a sub-criterion is not a criterion
 * to a reader (it is scored; a criterion groups them).
 */
export function searchType(route: readonly string[], code?: string): SearchType {
  const key = routeKey(route);
  const type = key ? ROUTES[key].search : 'page';
  return type === 'criterion' && code && !isTopLevel(code) ? 'subcriterion' : type;
}

/**
 * A page's route from its address: the path segments after its locale's prefix (`localeBase`)
 * and its edition's (`editionRoute`), decoded, so a page never spells its own route again
 * (`/en/editions/2011/criteria/1.1/` → `criteria`, `1.1`). Undefined for an address outside the
 * locale, which no page of the locale has.
 */
export function routeOfPath(
  pathname: string,
  localeBase: string,
  editionRoute: readonly string[] = [],
): string[] | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!path.startsWith(localeBase)) return undefined;
  const segments = path
    .slice(localeBase.length)
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const inEdition = editionRoute.every((segment, i) => segments[i] === segment);
  return inEdition ? segments.slice(editionRoute.length) : undefined;
}
