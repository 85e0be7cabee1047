/**
 * The pilots' published results as pages read them: an edition's results, which edition's
 * results a page shows, the edition history and the open data. Computed by the content pipeline
 * (virtual:metodika/content); labelled here with the site model's titles.
 */
import {
  editionResults,
  editions as editionData,
  history as editionHistory,
  kinds as currentKinds,
  results as publishedResults,
  taxonomies,
} from 'virtual:metodika/content';
import { AstroError } from 'astro/errors';
import { QUASI_IDENTIFIERS } from './lib/content/schemas/taxonomies.ts';
import type { EditionChanges } from './lib/editions/changes.ts';
import { currentEditionId, pageEditionOf, type PageEdition } from './lib/editions/list.ts';
import type { EditionPages } from './lib/editions/pages.ts';
import { shownResults, type ShownResults } from './lib/editions/shown-results.ts';
import type { EditionResults } from './lib/results/by-edition.ts';
import { openDataRows, toCsv } from './lib/results/open-data.ts';
import { protectionOf } from './lib/results/protection.ts';
import type { PublishedResults } from './lib/results/publish.ts';
import { getModel, getSite, type SiteModel } from './model.ts';

/**
 * The published pilot results: aggregates that passed every anonymity rule, computed by the
 * validating integration. With editions, the results of one edition's pilots alone (the current
 * one by default).
 */
export async function getResults(edition?: PageEdition, page?: string): Promise<PublishedResults> {
  if (edition === undefined) return publishedResults;
  const found = editionResults.find((r) => r.edition === edition);
  if (!found)
    throw new AstroError(
      `${page ?? 'A page'}: there are no results for edition "${edition}"`,
      `The editions with results are ${editionResults.map((r) => `"${r.edition}"`).join(', ') || 'none'}. ` +
        "A page asks for an edition's results through its route data (resultsEdition): check " +
        "that the edition a report names is one of site.json's editions.",
    );
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
export async function getShownResults(edition?: PageEdition): Promise<ShownResults> {
  const site = await getSite();
  const current = currentEditionId(site);
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
export async function summaryEdition(): Promise<PageEdition> {
  const { edition, borrowed } = await getShownResults();
  return borrowed ? edition : undefined;
}

/**
 * The published results as open-data rows with labels in every locale; with editions, the rows
 * of every edition, each saying which edition its figure belongs to.
 */
export async function getOpenData() {
  const site = await getSite();
  const current = currentEditionId(site);
  const perEdition = await Promise.all(
    editionResults.map(async ({ edition, results }) => {
      const rows = await openDataOf(site, results, pageEditionOf(edition, current));
      return {
        edition,
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
        id: e.edition,
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
  edition: PageEdition,
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
