/**
 * One object per page, computed once in the page's frontmatter and put on `Astro.locals`, as
 * Starlight's `utils/routing/data.ts` does: the locale's model, the page's route, its section
 * and search facets. Layouts and components read it instead of re-deriving them from the URL.
 */
import type { AstroGlobal } from 'astro';
import type { Kind } from './lib/content/schemas/index.ts';
import { routeKey, routeSection, type RouteKey } from './lib/navigation/routes.ts';
import { searchMetadata } from './lib/search/metadata.ts';
import { getModel, getSite, type SiteModel } from './model.ts';

export interface RouteData {
  model: SiteModel;
  /** The page's path segments after the locale, the same in every locale. */
  route: string[];
  /** The area the page belongs to; undefined for the home page and the 404. */
  key: RouteKey | undefined;
  /** The page's own address in its locale. */
  href: string;
  /** What the page is part of ("Criterion 1.1", "Glossary", the publisher on the home page): on its OG image. */
  section: string;
  /** The page's Pagefind filters and metadata, one attribute set per element. */
  search: Array<Record<string, string>>;
}

export interface RouteOptions {
  /** The criterion a criterion page is about: search files it by code and kind. */
  criterion?: { code: string; kind?: Kind | undefined } | undefined;
  /** For events: the id of the region search can filter by. */
  region?: string | undefined;
}

/** Works out a page's route data from its locale (a getStaticPaths prop) and path segments, and puts it on `Astro.locals`. */
export async function useRouteData(
  astro: AstroGlobal,
  route: string[],
  options: RouteOptions = {},
): Promise<RouteData> {
  const { locale } = astro.props as { locale?: string };
  const model = await getModel(locale ?? (await getSite()).defaultLocale);
  const { t } = model;
  const key = routeKey(route);
  const section = routeSection(route);
  const data: RouteData = {
    model,
    route,
    key,
    href: model.href(...route),
    section: section ? t(section.key, { code: section.code ?? '' }) : model.publisher.text,
    search: key
      ? searchMetadata(route, (type) => t(`search.type.${type}`), {
          code: options.criterion?.code,
          kind: options.criterion?.kind && t(`criteria.${options.criterion.kind}`),
          region: options.region && model.region(options.region).text,
        })
      : [],
  };
  astro.locals.route = data;
  return data;
}
