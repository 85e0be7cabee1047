import { AstroError } from 'astro/errors';
import { describe, expect, it, vi } from 'vitest';

// The site model without a build: the virtual modules are what the content pipeline serves for
// the valid fixture tree (the real load step), and astro:content's collections are its Markdown
// sources, as the loaders in content.config.ts store them.
const modules = vi.hoisted(async () => {
  const { createPipeline } = await import('../../../src/integrations/content-pipeline.ts');
  const { join: joinPath } = await import('node:path');
  const pipeline = createPipeline(joinPath(import.meta.dirname, '../../fixtures/valid'));
  const outcome = await pipeline.validate();
  if (!outcome.ok || !pipeline.modules) throw new Error(outcome.message);
  return pipeline.modules;
});
vi.mock('virtual:metodika/content', async () => (await modules).data);
vi.mock('astro:content', async () => {
  const { entries } = (await modules).sources;
  return {
    getCollection: async (name: keyof typeof entries) =>
      entries[name].map((source) => ({ id: source.id, collection: name, data: source.data })),
  };
});

const { getModel } = await import('../../../src/model.ts');
const { getOpenData, getResults } = await import('../../../src/results-model.ts');
const { guardRoute, useRouteData } = await import('../../../src/route-data.ts');

describe('the site model of the valid fixture tree', () => {
  it('groups the criteria in the sidebar by kind, in code order, under the kind names', async () => {
    const model = await getModel('lv');
    const groups = model.sidebar.map((g) => g.label);
    expect(groups).toEqual(
      expect.arrayContaining([model.t('nav.kind.enabler'), model.t('nav.kind.result')]),
    );
    const enablers = model.sidebar.find((g) => g.label === model.t('nav.kind.enabler'));
    expect(enablers?.items.map((i) => i.href)).toEqual(['/criteria/1/']);
    expect(enablers?.items[0]?.children.map((c) => c.href)).toEqual([
      '/criteria/1.1/',
      '/criteria/1.2/',
    ]);
  });

  it('gives every sub-criterion the kind and panel of its top-level criterion', async () => {
    const model = await getModel('lv');
    expect(model.criteria.map((c) => [c.code, c.kind])).toEqual([
      ['1', 'enabler'],
      ['1.1', 'enabler'],
      ['1.2', 'enabler'],
      ['2', 'result'],
      ['2.1', 'result'],
    ]);
    expect(model.panelFor('1.2')?.appliesTo).toBe('enabler');
    expect(model.panelFor('2.1')?.appliesTo).toBe('result');
  });

  it('shows an English reader the Latvian text, marked as Latvian, where no translation exists', async () => {
    const model = await getModel('en');
    const translated = model.criteria.find((c) => c.code === '1.1');
    const untranslated = model.criteria.find((c) => c.code === '1.2');
    expect(translated?.lang).toBeUndefined();
    expect(untranslated?.lang).toBe('lv');
    expect(untranslated?.href).toBe('/en/criteria/1.2/');
    expect(model.t('nav.methodology')).not.toBe((await getModel('lv')).t('nav.methodology'));
  });

  it('writes the open data with a row per published figure and labels in every locale', async () => {
    const { csv, rows } = await getOpenData();
    const [header] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('label_lv,label_en');
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('published results', () => {
  it('names the page and the editions that have results when a page asks for another', async () => {
    const failure = await getResults('no-such-edition', '/en/results/').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AstroError);
    expect((failure as AstroError).message).toContain('/en/results/');
    expect((failure as AstroError).message).toContain('no-such-edition');
    expect((failure as AstroError).hint).toContain('site.json');
  });
});

describe('route data', () => {
  /** What a page's frontmatter hands useRouteData: its props, its address and its locals. */
  const astro = (locale: string, path: string, edition?: string) => {
    const locals = {} as App.Locals;
    guardRoute(locals, path);
    return { props: { locale, edition }, url: new URL(path, 'https://example.org'), locals };
  };

  it('puts the page, its section and its address in the reader’s locale on Astro.locals', async () => {
    const page = astro('en', '/en/criteria/1.1/');
    const data = await useRouteData(page, { criterion: { code: '1.1', kind: 'enabler' } });
    expect(page.locals.route).toBe(data);
    expect(data.route).toEqual(['criteria', '1.1']);
    expect(data.href).toBe('/en/criteria/1.1/');
    expect(data.key).toBe('criteria');
    expect(data.section).toContain('1.1');
    expect(data.search.flatMap((a) => Object.values(a))).toContain('code:1.1');
  });

  it('serves the default locale at the root', async () => {
    const data = await useRouteData(astro('lv', '/glossary/'));
    expect(data.route).toEqual(['glossary']);
    expect(data.href).toBe('/glossary/');
    expect(data.model.locale).toBe('lv');
  });

  it('links the 404 page to the home page in the other languages, whatever its address', async () => {
    const data = await useRouteData(astro('en', '/en/404/'), { notFound: true });
    expect(data.route).toEqual([]);
    expect(data.segments).toEqual([]);
    expect(data.key).toBeUndefined();
  });

  it('refuses an address of another locale with a hint naming the path helpers', async () => {
    const failure = await useRouteData(astro('en', '/criteria/1.1/')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AstroError);
    expect((failure as AstroError).message).toContain('/criteria/1.1/');
    expect((failure as AstroError).hint).toContain('src/paths.ts');
  });

  it('tells a component that reads the route data where no page set it how to set it', () => {
    const { locals } = astro('lv', '/glossary/');
    let failure: unknown;
    try {
      void locals.route;
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AstroError);
    expect((failure as AstroError).message).toContain('/glossary/');
    expect((failure as AstroError).hint).toContain('useRouteData(Astro)');
  });
});
