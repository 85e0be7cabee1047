/**
 * The `getStaticPaths` of pages: which locales, editions and entries a page exists for. Pages
 * take these from here, so a page's set of addresses follows the site model and nothing else.
 */
import { localeParam, orderedLocales } from './lib/i18n/locales.ts';
import { otherEditions } from './lib/editions/list.ts';
import { getModel, getSite, type SiteModel } from './model.ts';

/** `getStaticPaths` entries for a page that exists once per locale. */
export async function localePaths() {
  const site = await getSite();
  return orderedLocales(site).map((locale) => ({
    params: { locale: localeParam(site, locale) },
    props: { locale },
  }));
}

/**
 * `getStaticPaths` entries for a page every edition has (criteria, chapters, scoring, results):
 * once per locale for the current edition, and again under `editions/<id>/` for each other one.
 */
export async function editionLocalePaths() {
  const site = await getSite();
  const editions = [undefined, ...otherEditions(site).map((e) => e.id)];
  return orderedLocales(site).flatMap((locale) =>
    editions.map((edition) => ({
      params: {
        locale:
          [localeParam(site, locale), ...(edition ? ['editions', edition] : [])]
            .filter(Boolean)
            .join('/') || undefined,
      },
      props: { locale, edition },
    })),
  );
}

/** The props of a page per entry: its locale, its id and the entry itself, so the page need not find it again. */
export interface EntryProps<Entry> {
  locale: string;
  id: string;
  entry: Entry;
}

/**
 * `getStaticPaths` for a page per entry per locale: `pick` lists the entries of a locale's model,
 * `param` names the route parameter that carries the entry's id.
 */
export async function entryPaths<Entry extends { id: string }>(
  param: string,
  pick: (model: SiteModel) => readonly Entry[],
) {
  const paths = await localePaths();
  const perLocale = await Promise.all(
    paths.map(async (path) => ({ path, model: await getModel(path.props.locale) })),
  );
  return perLocale.flatMap(({ path, model }) =>
    pick(model).map((entry) => ({
      params: { ...path.params, [param]: entry.id },
      props: { locale: path.props.locale, id: entry.id, entry } satisfies EntryProps<Entry>,
    })),
  );
}

/** `entryPaths` for a page per entry of every edition: `pick` lists the entries of a model. */
export async function editionEntryPaths<Entry extends { id: string }>(
  param: string,
  pick: (model: SiteModel) => readonly Entry[],
) {
  const paths = await editionLocalePaths();
  const perPath = await Promise.all(
    paths.map(async (path) => ({
      path,
      model: await getModel(path.props.locale, path.props.edition),
    })),
  );
  return perPath.flatMap(({ path, model }) =>
    pick(model).map((entry) => ({
      params: { ...path.params, [param]: entry.id },
      props: { ...path.props, id: entry.id, entry },
    })),
  );
}
