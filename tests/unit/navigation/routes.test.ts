import { describe, expect, it } from 'vitest';
import {
  ROUTES,
  SECTIONS,
  routeKey,
  routeOfPath,
  routeSection,
  routeTitle,
  sectionOf,
} from '../../../src/lib/navigation/routes.ts';
import { searchMetadata } from '../../../src/lib/search/metadata.ts';
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };

const strings: Record<string, string> = en;

describe('the route-key table', () => {
  it('names every area with a section and a search type that have UI strings', () => {
    for (const key of Object.keys(ROUTES) as Array<keyof typeof ROUTES>) {
      expect(strings[`section.${key}`], key).toBeDefined();
      expect(strings[`search.type.${ROUTES[key].search}`], key).toBeDefined();
      if ('titled' in ROUTES[key])
        expect(strings[routeTitle(key as 'criteria')], key).toBeDefined();
    }
  });

  it('files a criterion page and its results page under that criterion on the OG image', () => {
    expect(routeSection(['criteria', '1.1'])).toEqual({ key: 'section.criterion', code: '1.1' });
    expect(routeSection(['results', '2'])).toEqual({ key: 'section.criterion', code: '2' });
    expect(routeSection(['criteria'])).toEqual({ key: 'section.criteria' });
    expect(routeSection(['glossary', 'term'])).toEqual({ key: 'section.glossary' });
    expect(routeSection([])).toBeUndefined();
  });

  it('gives search the type of the area a page is in', () => {
    expect(routeKey(['events', 'riga', 'bundle'])).toBe('events');
    const [filter] = searchMetadata(['events', 'riga'], (type) => type);
    expect(filter).toEqual({ 'data-pagefind-filter': 'type:event' });
  });

  it('files a sub-criterion apart from a criterion, from the same table', () => {
    const type = (route: string[], code: string) =>
      searchMetadata(route, (t) => t, { code })[0]?.['data-pagefind-filter'];
    expect(type(['criteria', '1'], '1')).toBe('type:criterion');
    expect(type(['criteria', '1.1'], '1.1')).toBe('type:subcriterion');
    expect(type(['results', '1.1'], '1.1')).toBe('type:report');
  });

  it('puts every area of a section in one of the sections, and home and search in none', () => {
    expect(sectionOf(['glossary', 'caf'])).toBe('methodology');
    expect(sectionOf(['data'])).toBe('results');
    expect(sectionOf(['handouts', 'worksheet'])).toBe('events');
    expect(sectionOf([])).toBeUndefined();
    expect(sectionOf(['search'])).toBeUndefined();
    for (const key of Object.keys(ROUTES) as Array<keyof typeof ROUTES>) {
      const section = sectionOf([key]);
      if (section) expect(SECTIONS).toContain(section);
    }
  });
});

describe('a page’s route read from its address', () => {
  it('strips the locale’s prefix, and nothing for the default locale at the root', () => {
    expect(routeOfPath('/en/criteria/1.1/', '/en/')).toEqual(['criteria', '1.1']);
    expect(routeOfPath('/criteria/1.1/', '/')).toEqual(['criteria', '1.1']);
    expect(routeOfPath('/en/', '/en/')).toEqual([]);
    expect(routeOfPath('/', '/')).toEqual([]);
  });

  it('strips an older edition’s prefix, so the route is the same in every edition', () => {
    expect(routeOfPath('/en/editions/old/criteria/1/', '/en/', ['editions', 'old'])).toEqual([
      'criteria',
      '1',
    ]);
    expect(routeOfPath('/editions/old/changes/', '/')).toEqual(['editions', 'old', 'changes']);
  });

  it('decodes segments and accepts an address without its trailing slash', () => {
    expect(routeOfPath('/glossary/%C4%81rpus', '/')).toEqual(['glossary', 'ārpus']);
  });

  it('finds no route in an address of another locale or edition', () => {
    expect(routeOfPath('/lt/criteria/', '/en/')).toBeUndefined();
    expect(routeOfPath('/en/criteria/', '/en/', ['editions', 'old'])).toBeUndefined();
  });
});
