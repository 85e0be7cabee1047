import { isTopLevel } from '../content/codes.ts';

/** The kinds of page search tells apart, by the first segment of their route. */
const TYPE_BY_AREA: Record<string, string> = {
  methodology: 'methodology',
  criteria: 'criterion',
  scoring: 'methodology',
  glossary: 'glossary',
  reports: 'report',
  results: 'report',
  data: 'report',
  news: 'news',
  events: 'event',
  accessibility: 'about',
};

/** A value must not read as another `name:value` pair. */
const clean = (value: string) => value.replace(/[,:]/g, ' ');

/**
 * The Pagefind filters and metadata of a page: its type (label in the reader's language) and the
 * facets it has (criterion code and kind, event region). One attribute per element: Pagefind
 * reads a single `name:value` from each.
 */
export function searchMetadata(
  route: readonly string[],
  typeLabel: (type: string) => string,
  facets: {
    code?: string | undefined;
    kind?: string | undefined;
    region?: string | undefined;
  } = {},
): Array<Record<string, string>> {
  const area = TYPE_BY_AREA[route[0] ?? ''] ?? 'page';
  // A sub-criterion is not a criterion to a reader: it is scored, a criterion groups them.
  const kind =
    area === 'criterion' && facets.code && !isTopLevel(facets.code) ? 'subcriterion' : area;
  const type = clean(typeLabel(kind));
  return [
    { 'data-pagefind-filter': `type:${type}` },
    { 'data-pagefind-meta': `type:${type}` },
    ...(facets.kind ? [{ 'data-pagefind-filter': `kind:${clean(facets.kind)}` }] : []),
    ...(facets.region ? [{ 'data-pagefind-filter': `region:${clean(facets.region)}` }] : []),
    ...(facets.code ? [{ 'data-pagefind-meta': `code:${facets.code}` }] : []),
  ];
}
