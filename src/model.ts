/**
 * The one place that turns the validated tree into the site model pages render: site data,
 * kinds and published results from virtual:metodika/content, Markdown entries from Astro's
 * collections over the same tree. Pages never read files and never re-implement a rule.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  counts,
  dictionaries,
  editionResults,
  editions as editionData,
  history as editionHistory,
  kinds as currentKinds,
  panels as currentPanels,
  results as publishedResults,
  site,
  taxonomies,
} from 'virtual:metodika/content';
import { compareCodes } from './lib/content/codes.ts';
import { panelFor } from './lib/content/methodology.ts';
import type { Kind } from './lib/content/schemas/index.ts';
import { resolveEntries, resolveText } from './lib/i18n/fallback.ts';
import {
  localeParam,
  localePath,
  orderedLocales,
  type LocaleSettings,
} from './lib/i18n/locales.ts';
import { createTranslator } from './lib/i18n/ui.ts';
import { routeTitle, SECTIONS, type TitledRoute } from './lib/navigation/routes.ts';
import { criteriaTree, flatten, type NavGroup } from './lib/navigation/tree.ts';
import type { PublishedResults } from './lib/results/publish.ts';
import { openDataRows, toCsv } from './lib/results/open-data.ts';
import { protectionOf } from './lib/results/protection.ts';
import { handoutsOf } from './lib/handouts/list.ts';
import { QUASI_IDENTIFIERS } from './lib/content/schemas/taxonomies.ts';
import { longDate } from './lib/i18n/format.ts';
import type { EditionChanges } from './lib/editions/changes.ts';
import { currentEdition, otherEditions } from './lib/editions/list.ts';
import type { EditionPages } from './lib/editions/pages.ts';
import type { EditionResults } from './lib/results/by-edition.ts';
import { shownResults, type ShownResults } from './lib/editions/shown-results.ts';

/** site.json, validated. */
export async function getSite() {
  return site;
}

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
export function getModel(locale: string, edition?: string) {
  const key = `${locale}/${edition ?? ''}`;
  let model = models.get(key);
  if (!model) {
    model = buildModel(locale, edition);
    models.set(key, model);
  }
  return model;
}

async function buildModel(locale: string, editionId?: string) {
  const site = await getSite();
  const settings: LocaleSettings = { locales: site.locales, defaultLocale: site.defaultLocale };
  const t = createTranslator(dictionaries, locale, site.defaultLocale);
  const href = (...segments: string[]) => localePath(settings, locale, ...segments);
  const currentId = currentEdition(site)?.id;
  const edition = site.editions.find((e) => e.id === (editionId ?? currentId));
  const older = edition && edition.id !== currentId ? edition.id : undefined;
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

  /** The areas every edition has its own page of. */
  const perEdition = new Set<TitledRoute>(['scoring', 'results']);
  /** The sidebar link to an area's index page, titled as the page itself is. */
  const area = (key: TitledRoute, children: NavGroup['items'] = []) => ({
    href: perEdition.has(key) ? editionHref(key) : href(key),
    label: t(routeTitle(key)),
    children,
  });
  const kindsInUse = [...new Set(criteria.map((c) => c.kind).filter((k): k is Kind => !!k))];
  const link = (h: string, label: string, lang?: string) => ({
    href: h,
    label,
    lang,
    children: [],
  });
  // Grouped by what readers come to do: learn the method, assess against the criteria, see the
  // pilots' results, take part in events. One name per section, the same in header and sidebar.
  const sidebar: NavGroup[] = [
    {
      label: t('nav.methodology'),
      section: 'methodology',
      items: [
        ...methodology.map(({ href: h, title, lang }) => link(h, title, lang)),
        area('scoring'),
        area('glossary'),
        ...(site.editions.length > 0 ? [area('editions')] : []),
      ],
    },
    ...kindsInUse.map((kind) => ({
      label: t(`nav.kind.${kind}`),
      section: 'criteria',
      items: criteriaTree(criteria.filter((c) => c.kind === kind)),
    })),
    {
      label: t('nav.results'),
      section: 'results',
      items: [
        area('results'),
        ...(reports.length > 0
          ? [
              area(
                'reports',
                reports.map(({ href: h, title, lang }) => ({
                  href: h,
                  label: title,
                  lang,
                  children: [],
                })),
              ),
            ]
          : []),
        area('data'),
      ],
    },
    {
      label: t('nav.events'),
      section: 'events',
      items: [
        ...(news.length > 0 ? [area('news')] : []),
        ...(events.length > 0 ? [area('events')] : []),
        area('handouts'),
      ],
    },
  ];

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
    sections: SECTIONS.map((section) => ({
      section,
      label: t(`nav.${section}`),
      href:
        section === 'criteria'
          ? editionHref(section)
          : href(section === 'events' && events.length === 0 ? 'handouts' : section),
    })),
    /** A region's name in this locale (its id where taxonomies.json has none). */
    region: (id: string) => text(taxonomies.regions[id] ?? { [locale]: id }),
    /** The panel that scores a criterion code, following its top-level criterion's kind. */
    panelFor: (code: string) => panelFor(panels, kinds[code]),
  };
}

export type SiteModel = Awaited<ReturnType<typeof buildModel>>;

/**
 * The published pilot results: aggregates that passed every anonymity rule, computed by the
 * validating integration. With editions, the results of one edition's pilots alone (the current
 * one by default).
 */
export async function getResults(edition?: string): Promise<PublishedResults> {
  if (edition === undefined) return publishedResults;
  const found = editionResults.find((r) => r.edition === edition);
  if (!found) throw new Error(`There are no results for edition "${edition}"`);
  return found.results;
}

/** What the edition pages need from the whole tree: the change lists, pages and results of every edition. */
export interface EditionHistory {
  pairs: EditionChanges[];
  pages: EditionPages;
  results: EditionResults[];
}

/**
 * The change lists between consecutive editions, which pages each edition has, and each
 * edition's own results; undefined for a tree without editions.
 */
export async function getEditionHistory(): Promise<EditionHistory | undefined> {
  if (!editionHistory) return undefined;
  const { pairs, codes, chapters } = editionHistory;
  return {
    pairs,
    pages: {
      codes: (id) => new Set(codes[id] ?? []),
      chapters: (id) => chapters[id] ?? [],
    },
    results: editionResults,
  };
}

const shown = new Map<string, ShownResults>();

/**
 * Which edition's results the pages of `edition` (the current one by default) show, and each of
 * its criterion codes there: shownResults over the published editions and the change lists.
 */
export async function getShownResults(edition?: string): Promise<ShownResults> {
  const site = await getSite();
  const current = currentEdition(site)?.id ?? '';
  const page = edition ?? current;
  let found = shown.get(page);
  if (!found) {
    const kinds = page === current ? currentKinds : editionData.find((e) => e.id === page)?.kinds;
    found = shownResults({
      page,
      current,
      editions: editionResults.map((r) => ({
        edition: r.edition,
        published: r.results.published,
      })),
      pairs: editionHistory?.pairs ?? [],
      codes: Object.keys(kinds ?? {}),
    });
    shown.set(page, found);
  }
  return found;
}

/**
 * The edition whose results the current edition's results pages and the pages tied to no edition
 * (a handout, a chapter, the home page) show, when it is not the current one: the newest edition
 * that has published results, so a tree whose pilots all assessed an older edition still shows
 * them. Undefined means the current edition.
 */
export async function summaryEdition(): Promise<string | undefined> {
  const { edition, borrowed } = await getShownResults();
  return borrowed ? edition : undefined;
}

/**
 * The published results as open-data rows with labels in every locale; with editions, the rows
 * of every edition, each saying which edition its figure belongs to.
 */
export async function getOpenData() {
  const site = await getSite();
  const current = currentEdition(site)?.id;
  const perEdition = await Promise.all(
    editionResults.map(async ({ edition, results }) => {
      const older = edition === current || edition === '' ? undefined : edition;
      const rows = await openDataOf(site, results, older);
      return {
        edition: edition || undefined,
        results,
        rows: edition ? rows.map((row) => ({ edition, ...row })) : rows,
      };
    }),
  );
  const results = await getResults();
  const rows = perEdition.flatMap((e) => e.rows);
  /** Per edition: how many pilots its figures rest on (null where nothing is published). */
  const editions = site.editions.length
    ? perEdition.map((e) => ({
        id: e.edition ?? '',
        published: e.results.published,
        pilotCount: e.results.published ? e.results.pilotCount : null,
      }))
    : undefined;
  const json = `${JSON.stringify(
    {
      sampleData: site.sampleData,
      minGroupSize: results.k,
      pilotCount: results.published ? results.pilotCount : null,
      ...(editions ? { currentEdition: current, editions } : {}),
      protection: protectionOf(
        perEdition.map((e) => e.results),
        site.anonymity.protectionWidth,
      ),
      locales: site.locales,
      rows,
    },
    null,
    2,
  )}\n`;
  return {
    site,
    results,
    rows,
    editions,
    csv: toCsv(rows, site.locales, editions !== undefined),
    json,
  };
}

/** One edition's published results as open-data rows, labelled with that edition's criteria. */
async function openDataOf(
  site: Awaited<ReturnType<typeof getSite>>,
  results: PublishedResults,
  edition: string | undefined,
) {
  const perLocale = await Promise.all(
    site.locales.map(async (locale) => ({ locale, model: await getModel(locale, edition) })),
  );
  const each = (pick: (model: SiteModel) => string) =>
    Object.fromEntries(perLocale.map(({ locale, model }) => [locale, pick(model)]));
  const kinds = Object.fromEntries(
    (await getModel(site.defaultLocale, edition)).criteria.map((c) => [c.code, c.kind ?? '']),
  );
  return openDataRows(results, kinds, {
    // A label not translated into a locale is left empty, never the default locale's text in disguise.
    criterion: (code) =>
      each((m) => {
        const criterion = m.criteria.find((c) => c.code === code);
        return criterion && !criterion.fallback ? criterion.title : '';
      }),
    kind: (kind) => each((m) => m.t(`criteria.${kind}`)),
    group: (field, id) => {
      const taxonomy = QUASI_IDENTIFIERS.find((q) => q.field === field)?.taxonomy;
      const label = taxonomy ? taxonomies[taxonomy][id] : undefined;
      return each((m) => {
        if (!label) return m.t('results.other');
        const text = m.text(label);
        return text.fallback ? '' : text.text;
      });
    },
  });
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

/** taxonomies.json, validated. */
export async function getTaxonomies() {
  return taxonomies;
}
