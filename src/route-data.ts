/**
 * One object per page, computed once in the page's frontmatter and put on `Astro.locals`, as
 * Starlight's `utils/routing/data.ts` does: the locale's model, the page's route (read from its
 * address, so a page never spells it again), its section and search facets. Layouts and
 * components read it instead of re-deriving them from the URL or taking them as props.
 */
import type { AstroGlobal } from 'astro';
import { AstroError } from 'astro/errors';
import { localeBase } from './lib/i18n/locales.ts';
import type { Kind } from './lib/content/schemas/index.ts';
import { routeKey, routeOfPath, routeSection, type RouteKey } from './lib/navigation/routes.ts';
import { editionFilterValue, searchMetadata } from './lib/search/metadata.ts';
import {
  currentEditionId,
  pageEditionOf,
  type EditionId,
  type PageEdition,
} from './lib/editions/list.ts';
import { getModel, getSite, type SiteModel } from './model.ts';
import { summaryEdition } from './results-model.ts';

export interface RouteData {
  /** The model of the page's locale and edition. */
  model: SiteModel;
  /** The page's path segments after the locale and the edition prefix, the same in every edition. */
  route: string[];
  /**
   * All of the page's path segments after the locale, the same in every locale: an older
   * edition's prefix (`editions/<id>`) and then `route`. Links to the page in another language.
   */
  segments: string[];
  /** The area the page belongs to; undefined for the home page and the 404. */
  key: RouteKey | undefined;
  /** The page's own address in its locale (and edition). */
  href: string;
  /**
   * The edition whose pilots the page's results show: the page's own edition on an older
   * edition's pages, the edition a report names, and otherwise the newest edition with results
   * (summaryEdition), on the current edition's results pages too. Undefined means the current.
   */
  resultsEdition: PageEdition;
  /** What the page is part of ("Criterion 1.1", "Glossary", the publisher on the home page): on its OG image. */
  section: string;
  /** The page's Pagefind filters and metadata, one attribute set per element. */
  search: Array<Record<string, string>>;
}

export interface RouteOptions {
  /** The 404 page: it stands for no page, so its route is empty whatever its address. */
  notFound?: boolean;
  /** The criterion a criterion page is about: search files it by code and kind. */
  criterion?: { code: string; kind?: Kind | undefined } | undefined;
  /** For events: the id of the region search can filter by. */
  region?: string | undefined;
  /** For a report: the edition whose pilots it reports on (its frontmatter `edition`). */
  resultsEdition?: EditionId | undefined;
}

/**
 * Works out a page's route data from its locale and edition (getStaticPaths props) and its
 * address, and puts it on `Astro.locals`.
 */
export async function useRouteData(
  astro: Pick<AstroGlobal, 'props' | 'url' | 'locals'>,
  options: RouteOptions = {},
): Promise<RouteData> {
  // A page every edition has gets its edition from getStaticPaths (editionLocalePaths).
  const props = astro.props as { locale?: string; edition?: string };
  const site = await getSite();
  const model = await getModel(props.locale ?? site.defaultLocale, props.edition);
  const { t } = model;
  const page = astro.url.pathname;
  const route = options.notFound
    ? []
    : routeOfPath(page, localeBase(model.settings, model.locale), model.editionRoute);
  if (!route)
    throw new AstroError(
      `${page}: the address is not a page of locale "${model.locale}"${model.older ? ` in edition "${model.edition?.id}"` : ''}`,
      "A page's `getStaticPaths` gives each address the locale (and edition) it is in: use " +
        '`localePaths`, `editionLocalePaths`, `entryPaths` or `editionEntryPaths` from src/paths.ts, ' +
        'whose `locale` parameter and props agree.',
    );
  const key = routeKey(route);
  const section = routeSection(route);
  const current = currentEditionId(site);
  // Every page of a tree with editions is filed under one, so a default search is the current one's.
  const edition = model.edition && editionFilterValue(model.text(model.edition.title).text);
  const named = pageEditionOf(options.resultsEdition, current);
  const resultsEdition = model.older
    ? model.edition?.id
    : key === 'data'
      ? undefined
      : key === 'reports'
        ? named
        : await summaryEdition();
  const data: RouteData = {
    model,
    route,
    segments: [...model.editionRoute, ...route],
    key,
    href: model.href(...model.editionRoute, ...route),
    resultsEdition,
    section: section ? t(section.key, { code: section.code ?? '' }) : model.publisher.text,
    search: key
      ? searchMetadata(route, (type) => t(`search.type.${type}`), {
          code: options.criterion?.code,
          // Qualified ("Results criteria"), so a kind never reads as the page type "Results".
          kind: options.criterion?.kind && t(`search.kind.${options.criterion.kind}`),
          region: options.region && model.region(options.region).text,
          edition,
        })
      : // The home page has no type, but a search within an edition still finds it.
        edition
        ? [{ 'data-pagefind-filter': `edition:${edition}` }]
        : [],
  };
  astro.locals.route = data;
  return data;
}

/**
 * Makes reading `locals.route` before a page set it an AstroError naming the page and what to
 * do, as Starlight guards `locals.starlightRoute`; run for every page by src/middleware.ts.
 */
export function guardRoute(locals: App.Locals, page: string): void {
  if (Object.getOwnPropertyDescriptor(locals, 'route')) return;
  let data: RouteData | undefined;
  Object.defineProperty(locals, 'route', {
    get() {
      if (!data)
        throw new AstroError(
          `${page}: \`Astro.locals.route\` is read before the page set it`,
          'A page sets its route data with `await useRouteData(Astro)` (src/route-data.ts) in its ' +
            'frontmatter, before it renders a layout or a component that reads it. Add that line ' +
            'to the page, or render the component only inside such a page.',
        );
      return data;
    },
    set(value: RouteData) {
      data = value;
    },
    enumerable: true,
    configurable: true,
  });
}
