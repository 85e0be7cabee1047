/**
 * The site's areas by route key: the first path segment after the locale (`/en/criteria/1.1/`
 * → `criteria`). The one table the sidebar, the header, search facets, OG sections and UI
 * strings read, so an area is named the same way everywhere.
 */

/** What search files a page as: `search.type.<type>` is its label. */
export type SearchType =
  'methodology' | 'criterion' | 'glossary' | 'report' | 'news' | 'event' | 'about' | 'page';

interface Area {
  search: SearchType;
  /** True where a page below the area is about one criterion (`section.criterion` on its OG image). */
  perCriterion?: true;
  /** True where the area's index page has a title of its own (`<key>.title`). */
  titled?: true;
}

export const ROUTES = {
  methodology: { search: 'methodology' },
  criteria: { search: 'criterion', perCriterion: true, titled: true },
  scoring: { search: 'methodology', titled: true },
  results: { search: 'report', perCriterion: true, titled: true },
  reports: { search: 'report', titled: true },
  data: { search: 'report', titled: true },
  glossary: { search: 'glossary', titled: true },
  news: { search: 'news', titled: true },
  events: { search: 'event', titled: true },
  handouts: { search: 'page', titled: true },
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
