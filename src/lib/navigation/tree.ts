import { compareCodes, parentCode } from '../content/codes.ts';

/** One link in the sidebar, breadcrumbs or previous/next. */
export interface NavLink {
  href: string;
  label: string;
  /** Set when the label is in another language than the page (a fallback). */
  lang?: string | undefined;
}

/** A sidebar entry and, for criteria, its sub-criteria. */
export interface NavItem extends NavLink {
  children: NavItem[];
}

/** A titled group of the sidebar; groups of one `section` form what previous/next walks through. */
export interface NavGroup {
  label: string;
  /** The section the group belongs to, e.g. `criteria` for both kinds' groups. */
  section: string;
  items: NavItem[];
}

/** Nests criteria under their parents by code, at any depth, in numeric order. */
export function criteriaTree<T extends NavLink & { code: string }>(
  criteria: readonly T[],
): NavItem[] {
  const items = new Map<string, NavItem>();
  const roots: NavItem[] = [];
  for (const criterion of [...criteria].sort((a, b) => compareCodes(a.code, b.code))) {
    const item: NavItem = {
      href: criterion.href,
      label: criterion.label,
      lang: criterion.lang,
      children: [],
    };
    items.set(criterion.code, item);
    const parent = parentCode(criterion.code);
    (parent ? items.get(parent)?.children : roots)?.push(item);
  }
  return roots;
}

/** Every item of the groups in reading order: the sequence previous/next walks. */
export function flatten(groups: readonly NavGroup[]): NavLink[] {
  const walk = (items: readonly NavItem[]): NavLink[] =>
    items.flatMap(({ children, ...link }) => [link, ...walk(children)]);
  return groups.flatMap((group) => walk(group.items));
}

/**
 * The reading order of the section `href` is in: previous/next stays within it, so the last
 * criterion does not lead on to the pilot results.
 */
export function sectionSequence(groups: readonly NavGroup[], href: string): NavLink[] {
  const home = groups.find((group) => flatten([group]).some((link) => link.href === href));
  return home ? flatten(groups.filter((group) => group.section === home.section)) : [];
}

/** The pages before and after `href` in reading order. */
export function previousAndNext(
  sequence: readonly NavLink[],
  href: string,
): { previous?: NavLink; next?: NavLink } {
  const at = sequence.findIndex((link) => link.href === href);
  if (at === -1) return {};
  const previous = sequence[at - 1];
  const next = sequence[at + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The chain of items from a group's top down to `href`, for breadcrumbs. */
export function trail(items: readonly NavItem[], href: string): NavLink[] {
  for (const item of items) {
    if (item.href === href) return [item];
    const below = trail(item.children, href);
    if (below.length > 0) return [item, ...below];
  }
  return [];
}

/** True when `href` is the item or lies below it: the sidebar opens that branch. */
export function contains(item: NavItem, href: string): boolean {
  return item.href === href || item.children.some((child) => contains(child, href));
}
