/**
 * Which edition is which, decided once: the current edition of site.json, and the edition a
 * pilot, a release or a report belongs to. An edition is named by its id everywhere; a tree
 * without editions has one, the tree's own, named "" (NO_EDITIONS).
 */
import type { Edition, Pilot, Site } from './schemas/index.ts';

/** An edition's id as site.json names it; NO_EDITIONS for the one edition of a tree without editions. */
export type EditionId = string;

/**
 * The edition a page belongs to, as its address says: undefined for the current edition's pages
 * (the site's own URLs, and every page of a tree without editions), an older edition's id for the
 * pages under `/editions/<id>/`.
 */
export type PageEdition = EditionId | undefined;

/** The id of the one edition of a tree that declares none. */
export const NO_EDITIONS: EditionId = '';

/**
 * The current edition: the one site.json marks `current`, undefined for a tree without editions.
 * When site.json marks none or two (reported there), the latest marked, else the last, stands in,
 * so the rest of the tree is still checked against one edition.
 */
export function currentEdition(site: Pick<Site, 'editions'>): Edition | undefined {
  return site.editions.findLast((edition) => edition.current) ?? site.editions.at(-1);
}

/** The id of the current edition; NO_EDITIONS for a tree without editions. */
export function currentEditionId(site: Pick<Site, 'editions'>): EditionId {
  return currentEdition(site)?.id ?? NO_EDITIONS;
}

/** The edition a pilot assessed, a release recorded or a report shows: the current one when it names none. */
export function editionOf(item: { edition?: string | undefined }, current: EditionId): EditionId {
  return item.edition ?? current;
}

/**
 * Where an edition's pages live: the current edition's at the site's own URLs (undefined), as
 * are those of no edition named (undefined).
 */
export function pageEditionOf(edition: EditionId | undefined, current: EditionId): PageEdition {
  return edition === current ? undefined : edition;
}

/**
 * The pilots of each edition, in site.json's order, so results never mix pilots that scored
 * different criteria. A pilot that names no edition assessed the current one. A tree without
 * editions has one group, under "".
 */
export function pilotsByEdition<P extends Pick<Pilot, 'edition'>>(
  pilots: readonly P[],
  site: Pick<Site, 'editions'>,
): Map<string, P[]> {
  const current = currentEditionId(site);
  const groups = new Map<string, P[]>(
    site.editions.length > 0 ? site.editions.map((e) => [e.id, []]) : [['', []]],
  );
  for (const pilot of pilots) groups.get(editionOf(pilot, current))?.push(pilot);
  return groups;
}

/**
 * Whether `pilotCount` pilots publish results at all: the first anonymity rule, and also what
 * decides which edition's results a page shows. It lives here, beside the editions, so that
 * `npm run check` can tell which edition a page renders without publishing anything.
 */
export function publishes(pilotCount: number, k: number): boolean {
  return pilotCount >= k;
}

/**
 * The edition whose results a page of edition `page` shows: its own when it publishes; for the
 * current edition without results, the newest edition that has them; otherwise none.
 */
export function shownEdition(
  page: string,
  current: string,
  editions: ReadonlyArray<{ edition: string; published: boolean }>,
): string | undefined {
  if (editions.find((e) => e.edition === page)?.published) return page;
  return page === current ? editions.filter((e) => e.published).at(-1)?.edition : undefined;
}
