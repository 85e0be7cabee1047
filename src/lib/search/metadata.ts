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

/** Pagefind attributes values must not break its `name:value, name:value` lists. */
const clean = (value: string) => value.replace(/[,:]/g, ' ');

/**
 * The Pagefind filter and meta attributes of a page: its type (label in the reader's language),
 * and the extra facets a page has (criterion code and kind, event region).
 */
export function searchMetadata(
  route: readonly string[],
  typeLabel: (type: string) => string,
  facets: {
    code?: string | undefined;
    kind?: string | undefined;
    region?: string | undefined;
  } = {},
): Record<string, string> {
  const type = TYPE_BY_AREA[route[0] ?? ''] ?? 'page';
  const filters = [`type:${clean(typeLabel(type))}`];
  if (facets.kind) filters.push(`kind:${clean(facets.kind)}`);
  if (facets.region) filters.push(`region:${clean(facets.region)}`);
  const meta = [`type:${clean(typeLabel(type))}`];
  if (facets.code) meta.push(`code:${facets.code}`);
  return { 'data-pagefind-filter': filters.join(', '), 'data-pagefind-meta': meta.join(', ') };
}
