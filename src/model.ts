/**
 * The one place that turns the validated tree into the site model pages render: site data and
 * kinds from virtual:metodika/content, Markdown entries from Astro's collections over the same
 * tree, one model per locale and edition. Pages never read files and never re-implement a rule.
 * Their addresses are in paths.ts, the published results in results-model.ts, the sidebar in
 * lib/navigation/sidebar.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  counts,
  dictionaries,
  editions as editionData,
  kinds as currentKinds,
  panels as currentPanels,
  site,
  taxonomies,
} from 'virtual:metodika/content';
import { compareCodes } from './lib/content/codes.ts';
import { panelFor } from './lib/content/methodology.ts';
import { currentEditionId, pageEditionOf, type PageEdition } from './lib/editions/list.ts';
import { handoutsOf } from './lib/handouts/list.ts';
import { resolveEntries, resolveText } from './lib/i18n/fallback.ts';
import { longDate } from './lib/i18n/format.ts';
import { localePath, type LocaleSettings } from './lib/i18n/locales.ts';
import { createTranslator } from './lib/i18n/ui.ts';
import { sectionsOf, sidebarOf } from './lib/navigation/sidebar.ts';
import { flatten } from './lib/navigation/tree.ts';

/** site.json, validated. */
export async function getSite() {
  return site;
}

/** Entries of an older edition's criteria or chapters, split into locale and id like `localized`. */
async function editionLocalized<Name extends 'editionCriteria' | 'editionMethodology'>(
  name: Name,
  edition: string,
) {
  if (!counts[name]) return [];
  // `<edition>/<locale>/<id>`; only an edition that exists is ever asked for.
  return (await getCollection(name)).flatMap((entry) => {
    const [owner, locale = '', ...rest] = entry.id.split('/');
    return owner === edition
      ? [{ entry: entry as CollectionEntry<Name>, id: rest.join('/'), locale }]
      : [];
  });
}

/** Entries of a per-locale collection split into locale and id (`lv/1.1` → `lv`, `1.1`). */
async function localized<
  Name extends 'criteria' | 'methodology' | 'glossary' | 'reports' | 'news' | 'events',
>(name: Name) {
  // Astro warns about an empty collection; a tree without news or reports is not a mistake.
  if (!counts[name]) return [];
  return (await getCollection(name)).map((entry) => {
    const at = entry.id.indexOf('/');
    return {
      entry: entry as CollectionEntry<Name>,
      id: entry.id.slice(at + 1),
      locale: entry.id.slice(0, at),
    };
  });
}

const models = new Map<string, ReturnType<typeof buildModel>>();

/**
 * Everything a page of `locale` renders from, computed once per locale, edition and build.
 * `edition` names an older edition; without it (or with the current one's id) the model is the
 * current edition's, at the site's own URLs.
 */
export function getModel(locale: string, edition?: PageEdition) {
  const key = `${locale}/${edition ?? ''}`;
  let model = models.get(key);
  if (!model) {
    model = buildModel(locale, edition);
    models.set(key, model);
  }
  return model;
}

async function buildModel(locale: string, editionId?: PageEdition) {
  const site = await getSite();
  const settings: LocaleSettings = { locales: site.locales, defaultLocale: site.defaultLocale };
  const t = createTranslator(dictionaries, locale, site.defaultLocale);
  const href = (...segments: string[]) => localePath(settings, locale, ...segments);
  const currentId = currentEditionId(site);
  const edition = site.editions.find((e) => e.id === (editionId ?? currentId));
  const older = pageEditionOf(edition?.id, currentId);
  const own = older ? editionData.find((e) => e.id === older) : undefined;
  const kinds = own ? own.kinds : currentKinds;
  const panels = own ? own.panels : currentPanels;
  /** The segments of this edition's prefix: none for the current edition. */
  const editionRoute = older ? ['editions', older] : [];
  /** A link to a page of this edition: criteria, chapters, scoring and results. */
  const editionHref = (...segments: string[]) => href(...editionRoute, ...segments);
  const text = (value: Record<string, string>) => resolveText(value, locale, site.defaultLocale);
  const langOf = (entry: { locale: string; fallback: boolean }) =>
    entry.fallback ? entry.locale : undefined;

  /** A page collection in this locale (the load step left drafts out), in `order`, each with its link, title and language. */
  const pages = async <Name extends 'methodology' | 'reports' | 'news' | 'events'>(
    name: Name,
    order: (a: CollectionEntry<Name>['data'], b: CollectionEntry<Name>['data']) => number,
  ) =>
    resolveEntries(await localized(name), locale, site.defaultLocale)
      .sort((a, b) => order(a.entry.data, b.entry.data))
      .map((page) => ({
        ...page,
        href: href(name, page.id),
        title: page.entry.data.title,
        lang: langOf(page),
      }));

  const methodology = older
    ? resolveEntries(
        await editionLocalized('editionMethodology', older),
        locale,
        site.defaultLocale,
      )
        .sort((a, b) => a.entry.data.order - b.entry.data.order)
        .map((page) => ({
          ...page,
          href: editionHref('methodology', page.id),
          title: page.entry.data.title,
          lang: langOf(page),
        }))
    : await pages('methodology', (a, b) => a.order - b.order);

  const criterionEntries: Array<{
    entry: CollectionEntry<'criteria'> | CollectionEntry<'editionCriteria'>;
    id: string;
    locale: string;
  }> = older ? await editionLocalized('editionCriteria', older) : await localized('criteria');
  const criteria = resolveEntries(criterionEntries, locale, site.defaultLocale)
    .sort((a, b) => compareCodes(a.id, b.id))
    .map((criterion) => ({
      ...criterion,
      code: criterion.id,
      href: editionHref('criteria', criterion.id),
      title: criterion.entry.data.title,
      label: `${criterion.id} ${criterion.entry.data.title}`,
      lang: langOf(criterion),
      kind: kinds[criterion.id],
    }));

  const reports = await pages('reports', (a, b) => b.date.localeCompare(a.date));
  const news = await pages('news', (a, b) => b.date.localeCompare(a.date));
  const events = await pages('events', (a, b) => Date.parse(b.start) - Date.parse(a.start));

  const handouts = handoutsOf(reports.map((r) => r.id)).map((handout) => {
    const report = reports.find((r) => r.id === handout.id);
    return {
      ...handout,
      href: href('handouts', handout.id),
      title: report ? report.title : t(`handouts.${handout.id}`),
      lang: report?.lang,
      report,
    };
  });

  const collator = new Intl.Collator(locale);
  const glossary = resolveEntries(await localized('glossary'), locale, site.defaultLocale)
    .map((term) => ({
      ...term,
      href: href('glossary', term.id),
      title: term.entry.data.term,
      lang: langOf(term),
    }))
    .sort((a, b) => collator.compare(a.title, b.title));

  const navigation = {
    t,
    href,
    editionHref,
    hasEditions: site.editions.length > 0,
    methodology: methodology.map(({ href: h, title, lang }) => ({ href: h, label: title, lang })),
    criteria,
    reports: reports.map(({ href: h, title, lang }) => ({ href: h, label: title, lang })),
    news,
    events,
  };
  const sidebar = sidebarOf(navigation);

  return {
    locale,
    settings,
    site,
    t,
    href,
    editionHref,
    /** The edition the model shows; undefined for a tree without editions. */
    edition,
    /** True for an edition other than the current one, whose pages carry the banner. */
    older: older !== undefined,
    editionRoute,
    text,
    /** A content date (`YYYY-MM-DD`) in this locale's long form. */
    date: (day: string) => longDate(day, locale),
    title: text(site.title),
    publisher: text(site.publisher),
    description: site.description ? text(site.description) : text(site.title),
    methodology,
    reports,
    news,
    events,
    handouts,
    criteria,
    panels,
    glossary,
    sidebar,
    sequence: flatten(sidebar),
    /** The header's sections, each with its index page. */
    sections: sectionsOf(navigation),
    /** A region's name in this locale (its id where taxonomies.json has none). */
    region: (id: string) => text(taxonomies.regions[id] ?? { [locale]: id }),
    /** The panel that scores a criterion code, following its top-level criterion's kind. */
    panelFor: (code: string) => panelFor(panels, kinds[code]),
  };
}

export type SiteModel = Awaited<ReturnType<typeof buildModel>>;

/** taxonomies.json, validated. */
export async function getTaxonomies() {
  return taxonomies;
}
