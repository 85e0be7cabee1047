/**
 * The sidebar and the header's sections of one locale and edition, from the pages the site
 * model lists. Pure, so what a reader can navigate to is tested without a build.
 */
import type { Kind } from '../content/schemas/index.ts';
import type { Translate } from '../i18n/ui.ts';
import { routeTitle, SECTIONS, type Section, type TitledRoute } from './routes.ts';
import { criteriaTree, type NavGroup, type NavItem, type NavLink } from './tree.ts';

/** A criterion as the sidebar lists it: under its kind, nested by code. */
export interface SidebarCriterion extends NavLink {
  code: string;
  kind: Kind | undefined;
}

/** What the sidebar and header are built from: links, already in reading order. */
export interface NavigationInput {
  t: Translate;
  /** A link to a page tied to no edition. */
  href: (...segments: string[]) => string;
  /** A link to a page of the shown edition: criteria, chapters, scoring and results. */
  editionHref: (...segments: string[]) => string;
  /** The tree has editions, so the sidebar links to their list. */
  hasEditions: boolean;
  methodology: readonly NavLink[];
  criteria: readonly SidebarCriterion[];
  reports: readonly NavLink[];
  news: readonly unknown[];
  events: readonly unknown[];
}

/** The areas every edition has its own page of. */
const PER_EDITION = new Set<TitledRoute>(['scoring', 'results']);

/** A link without children, keeping the language its label is in. */
const leaf = ({ href, label, lang }: NavLink): NavItem => ({ href, label, lang, children: [] });

/**
 * The sidebar's groups. Grouped by what readers come to do: learn the method, assess against the
 * criteria, see the pilots' results, take part in events. One name per section, the same in
 * header and sidebar.
 */
export function sidebarOf(input: NavigationInput): NavGroup[] {
  const { t, href, editionHref, criteria, reports } = input;
  /** The sidebar link to an area's index page, titled as the page itself is. */
  const area = (key: TitledRoute, children: NavGroup['items'] = []) => ({
    href: PER_EDITION.has(key) ? editionHref(key) : href(key),
    label: t(routeTitle(key)),
    children,
  });
  const kindsInUse = [...new Set(criteria.map((c) => c.kind).filter((k): k is Kind => !!k))];
  return [
    {
      label: t('nav.methodology'),
      section: 'methodology',
      items: [
        ...input.methodology.map(leaf),
        area('scoring'),
        area('glossary'),
        ...(input.hasEditions ? [area('editions')] : []),
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
        ...(reports.length > 0 ? [area('reports', reports.map(leaf))] : []),
        area('data'),
      ],
    },
    {
      label: t('nav.events'),
      section: 'events',
      items: [
        ...(input.news.length > 0 ? [area('news')] : []),
        ...(input.events.length > 0 ? [area('events')] : []),
        area('handouts'),
      ],
    },
  ];
}

/** One of the header's sections, with its index page. */
export interface HeaderSection {
  section: Section;
  label: string;
  href: string;
}

/**
 * The header's sections, each with its index page: the criteria of the shown edition, and the
 * handouts for events while there are none.
 */
export function sectionsOf(
  input: Pick<NavigationInput, 't' | 'href' | 'editionHref' | 'events'>,
): HeaderSection[] {
  const { t, href, editionHref } = input;
  return SECTIONS.map((section) => ({
    section,
    label: t(`nav.${section}`),
    href:
      section === 'criteria'
        ? editionHref(section)
        : href(section === 'events' && input.events.length === 0 ? 'handouts' : section),
  }));
}
