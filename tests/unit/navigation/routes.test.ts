import { describe, expect, it } from 'vitest';
import {
  ROUTES,
  SECTIONS,
  routeKey,
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
