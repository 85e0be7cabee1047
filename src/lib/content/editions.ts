/**
 * Which edition is which, decided once: the current edition of site.json, and the edition a
 * pilot, a release or a report belongs to. An edition is named by its id everywhere; a tree
 * without editions has one, the tree's own, named "" (NO_EDITIONS).
 */
import type { Edition, Site } from './schemas/index.ts';

/** The id of the one edition of a tree that declares none. */
export const NO_EDITIONS = '';

/**
 * The current edition: the one site.json marks `current`, undefined for a tree without editions.
 * When site.json marks none or two (reported there), the latest marked, else the last, stands in,
 * so the rest of the tree is still checked against one edition.
 */
export function currentEdition(site: Pick<Site, 'editions'>): Edition | undefined {
  return site.editions.findLast((edition) => edition.current) ?? site.editions.at(-1);
}

/** The id of the current edition; NO_EDITIONS for a tree without editions. */
export function currentEditionId(site: Pick<Site, 'editions'>): string {
  return currentEdition(site)?.id ?? NO_EDITIONS;
}

/** The edition a pilot assessed, a release recorded or a report shows: the current one when it names none. */
export function editionOf(item: { edition?: string | undefined }, current: string): string {
  return item.edition ?? current;
}
