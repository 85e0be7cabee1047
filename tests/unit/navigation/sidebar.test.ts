import { describe, expect, it } from 'vitest';
import {
  sectionsOf,
  sidebarOf,
  type NavigationInput,
} from '../../../src/lib/navigation/sidebar.ts';
import { flatten } from '../../../src/lib/navigation/tree.ts';

/** A small site in memory: two chapters, three criteria of two kinds, one report, no events. */
function site(overrides: Partial<NavigationInput> = {}): NavigationInput {
  const href = (...segments: string[]) => `/en/${segments.map((s) => `${s}/`).join('')}`;
  return {
    t: (key, values) => (values ? `${key}(${JSON.stringify(values)})` : key),
    href,
    editionHref: (...segments) => href('editions', 'old', ...segments),
    hasEditions: true,
    methodology: [
      { href: '/en/methodology/intro/', label: 'Intro', lang: undefined },
      { href: '/en/methodology/use/', label: 'Use', lang: 'lv' },
    ],
    criteria: [
      { code: '2', kind: 'result', href: '/c/2/', label: '2 Results', lang: undefined },
      { code: '1.1', kind: 'enabler', href: '/c/1.1/', label: '1.1 Plans', lang: undefined },
      { code: '1', kind: 'enabler', href: '/c/1/', label: '1 Leadership', lang: undefined },
    ],
    reports: [{ href: '/en/reports/pilot/', label: 'Pilot', lang: undefined }],
    news: [],
    events: [],
    ...overrides,
  };
}

describe('the sidebar', () => {
  it('groups the criteria by kind, nested by code, between the method and the results', () => {
    const groups = sidebarOf(site());
    expect(groups.map((g) => g.label)).toEqual([
      'nav.methodology',
      'nav.kind.result',
      'nav.kind.enabler',
      'nav.results',
      'nav.events',
    ]);
    const enablers = groups[2]?.items ?? [];
    expect(enablers.map((i) => i.href)).toEqual(['/c/1/']);
    expect(enablers[0]?.children.map((c) => c.href)).toEqual(['/c/1.1/']);
  });

  it("links scoring and results to the shown edition's pages and the glossary to the site's", () => {
    const links = flatten(sidebarOf(site())).map((l) => l.href);
    expect(links).toContain('/en/editions/old/scoring/');
    expect(links).toContain('/en/editions/old/results/');
    expect(links).toContain('/en/glossary/');
    expect(links).toContain('/en/editions/');
  });

  it('keeps the language of an untranslated chapter on its link', () => {
    const [methodology] = sidebarOf(site());
    expect(methodology?.items[1]).toEqual({
      href: '/en/methodology/use/',
      label: 'Use',
      lang: 'lv',
      children: [],
    });
  });

  it('leaves out reports, news, events and editions a tree does not have', () => {
    const links = flatten(sidebarOf(site({ reports: [], hasEditions: false }))).map((l) => l.href);
    expect(links).not.toContain('/en/reports/');
    expect(links).not.toContain('/en/news/');
    expect(links).not.toContain('/en/events/');
    expect(links).not.toContain('/en/editions/');
    expect(links).toContain('/en/handouts/');
  });
});

describe("the header's sections", () => {
  it("leads to the shown edition's criteria, and to the handouts while there are no events", () => {
    expect(sectionsOf(site()).map((s) => [s.section, s.href])).toEqual([
      ['methodology', '/en/methodology/'],
      ['criteria', '/en/editions/old/criteria/'],
      ['results', '/en/results/'],
      ['events', '/en/handouts/'],
    ]);
    expect(sectionsOf(site({ events: [{}] })).at(-1)?.href).toBe('/en/events/');
  });
});
