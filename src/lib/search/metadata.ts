import { searchType, type SearchType } from '../navigation/routes.ts';

/** A value must not read as another `name:value` pair. */
const clean = (value: string) => value.replace(/[,:]/g, ' ');

/**
 * The value of a page's `edition` filter: the edition's title, as the search page also asks for
 * it, so that a default search is filtered to the current edition and a choice reaches the others.
 */
export const editionFilterValue = (title: string) => clean(title);

/**
 * The Pagefind filters and metadata of a page: its type (label in the reader's language) and the
 * facets it has (criterion code and kind, event region). One attribute per element: Pagefind
 * reads a single `name:value` from each.
 */
export function searchMetadata(
  route: readonly string[],
  typeLabel: (type: SearchType) => string,
  facets: {
    code?: string | undefined;
    kind?: string | undefined;
    region?: string | undefined;
    edition?: string | undefined;
  } = {},
): Array<Record<string, string>> {
  const type = clean(typeLabel(searchType(route, facets.code)));
  return [
    { 'data-pagefind-filter': `type:${type}` },
    { 'data-pagefind-meta': `type:${type}` },
    ...(facets.kind ? [{ 'data-pagefind-filter': `kind:${clean(facets.kind)}` }] : []),
    ...(facets.region ? [{ 'data-pagefind-filter': `region:${clean(facets.region)}` }] : []),
    ...(facets.code ? [{ 'data-pagefind-meta': `code:${facets.code}` }] : []),
    ...(facets.edition ? [{ 'data-pagefind-filter': `edition:${clean(facets.edition)}` }] : []),
  ];
}
