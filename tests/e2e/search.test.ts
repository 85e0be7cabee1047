import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { DEFAULT_SITE } from './global-setup.ts';
import { axeViolations } from '../helpers/axe.ts';

interface Query {
  kind: string;
  locale: string;
  query: string;
  expect: string;
  /** The page must be the first result, not only in the top five. */
  first?: boolean;
}

const QUERIES = JSON.parse(
  readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8'),
) as Query[];
const prefix = (locale: string) => (locale === 'lv' ? '' : `/${locale}`);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
const found = new Map<Query, string[]>();

/** Types the query into the search page, as a reader would, and reads the top five results. */
async function search(query: Query): Promise<string[]> {
  await page.goto(
    `${server.url}${prefix(query.locale)}/search/?q=${encodeURIComponent(query.query)}`,
  );
  await page.waitForFunction(
    () => document.querySelector('#search-status')?.getAttribute('data-state') === 'done',
  );
  return page.$$eval('#search-results > li > a', (links) =>
    links.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname),
  );
}

beforeAll(async () => {
  server = await serve(DEFAULT_SITE);
  browser = await launchBrowser();
  page = await browser.newPage();
  for (const query of QUERIES) found.set(query, await search(query));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search quality on the query set', () => {
  it('has at least 40 queries in lv, en and lt', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUERIES.map((q) => q.locale))).toEqual(new Set(['lv', 'en', 'lt']));
  });

  const kinds = [...new Set(QUERIES.map((q) => q.kind))];
  for (const kind of kinds) {
    it(`finds the expected page in the top 5 for at least 95% of "${kind}" queries`, () => {
      const queries = QUERIES.filter((q) => q.kind === kind);
      const misses = queries.filter((q) => !(found.get(q) ?? []).includes(q.expect));
      const hitRate = 1 - misses.length / queries.length;
      expect(
        hitRate,
        misses.map((q) => `${q.query} → ${(found.get(q) ?? []).join(' ')}`).join('\n'),
      ).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('shows results that pass axe-core (WCAG 2.1 AA) and carry their type and criterion code', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('finanšu pārvaldība')}`);
    await page.waitForFunction(
      () => document.querySelector('#search-status')?.getAttribute('data-state') === 'done',
    );
    expect(await page.textContent('#search-results > li:first-child .search-results__meta')).toBe(
      'Apakškritērijs · 4.3',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('puts a glossary term’s own page first', () => {
    const wrong = QUERIES.filter((q) => q.first && (found.get(q) ?? [])[0] !== q.expect);
    expect(wrong.map((q) => `${q.query} → ${(found.get(q) ?? []).join(' ')}`)).toEqual([]);
  });
});

/** Waits until the search page has answered (after loading, or after a filter changed). */
async function settled(): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('#search-status')?.getAttribute('data-state') === 'done',
  );
}

/** Clicks "show the next …" until it goes, as a reader wanting everything would; returns the results listed. */
async function revealAll(): Promise<number> {
  for (let i = 0; i < 100 && (await page.isVisible('#search-more')); i++)
    await page.click('#search-more');
  return page.locator('#search-results > li').count();
}

const announced = async () =>
  Number(((await page.textContent('#search-status')) ?? '').replace(/\D+/g, '') || NaN);

describe('the search page a reader uses', () => {
  it('lets a reader reach every result it announces for “klients”', async () => {
    await page.goto(`${server.url}/search/?q=klients`);
    await settled();
    const count = await announced();
    expect(count).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    expect(await revealAll()).toBe(count);
    expect(await page.isVisible('#search-more')).toBe(false);
  });

  it('narrows the list with the type filter, from the keyboard, and passes axe with the filters open', async () => {
    await page.goto(`${server.url}/search/?q=klients`);
    await settled();
    const before = await announced();
    await page.focus('#search-filters summary');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#search-filters', 'open')).not.toBeNull();
    const box = page.locator('#search-filters fieldset').first().locator('input').first();
    const value = await box.getAttribute('value');
    await box.focus();
    await page.keyboard.press('Space');
    await settled();
    const after = await announced();
    expect(after).toBeLessThan(before);
    expect(await revealAll()).toBe(after);
    const types = await page.$$eval('#search-results > li > .search-results__meta', (metas) =>
      metas.map((m) => (m.textContent ?? '').split(' · ')[0]),
    );
    expect(new Set(types)).toEqual(new Set([value]));
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual([value]);
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const locale of ['lv', 'en', 'lt']) {
    it(`says “1” in the singular in ${locale}`, async () => {
      await page.goto(`${server.url}${prefix(locale)}/search/?q=Jelgava`);
      await settled();
      await page.click('#search-filters summary');
      // A region with one event: the filter that leaves a single result.
      await page
        .locator('#search-filters div:not([hidden]) > label', { hasText: '(1)' })
        .first()
        .click();
      await settled();
      const status = (await page.textContent('#search-status')) ?? '';
      expect(await revealAll()).toBe(1);
      const singular: Record<string, RegExp> = {
        lv: /^Atrasts 1 rezultāts\.$/,
        en: /^1 result found\.$/,
        lt: /^Rastas 1 rezultatas\.$/,
      };
      expect(status).toMatch(singular[locale]!);
    });
  }

  it('says a word found nowhere was not found, instead of listing fragments of it', async () => {
    await page.goto(`${server.url}/en/search/?q=inspektoriem`);
    await settled();
    expect(await page.textContent('#search-status')).toContain('Nothing matches “inspektoriem”');
    expect(await page.locator('#search-results > li').count()).toBe(0);
  });

  it('shows the matching sections of a page under it, and snippets with spaces between label and value', async () => {
    await page.goto(`${server.url}/en/search/?q=Jelgava`);
    await settled();
    const text = (await page.textContent('#search-results')) ?? '';
    expect(text).not.toMatch(/Venue[A-Z]|Address[A-Z]/);
    await page.goto(`${server.url}/search/?q=klients`);
    await settled();
    expect(await page.locator('.search-results__sections a[href*="#"]').count()).toBeGreaterThan(0);
  });
});

describe('typing the beginnings of words', () => {
  /**
   * For each sub-criterion, the beginnings of the first two long words of its title, one and two
   * letters short ("Identifyin developi"), as a reader types before finishing a word.
   */
  const prefixQueries = (locale: string) => {
    const dir = new URL(`../../content/criteria/${locale}/`, import.meta.url);
    return readdirSync(dir)
      .map((file) => file.replace(/\.md$/, ''))
      .filter((code) => /^\d+\.\d+$/.test(code))
      .flatMap((code) => {
        const source = readFileSync(new URL(`${code}.md`, dir), 'utf8');
        const title = /^title:\s*"?(.+?)"?\s*$/m.exec(source)?.[1] ?? '';
        const words = title.split(/[^\p{L}]+/u).filter((word) => [...word].length >= 7);
        if (words.length < 2) return [];
        const query = words
          .slice(0, 2)
          .map((word, i) => [...word].slice(0, -1 - i).join(''))
          .join(' ');
        return [{ locale, query, expect: `${prefix(locale)}/criteria/${code}/` }];
      });
  };

  // About 50 searches, one page load each: a minute on a quiet machine, and more than 120 s beside
  // another test suite. The limit guards against a hang, with room for a loaded machine.
  it(
    'finds the sub-criterion in the top five for 20 or more such queries in Latvian and English',
    {
      timeout: 360_000,
    },
    async () => {
      const queries = [...prefixQueries('lv'), ...prefixQueries('en')];
      expect(queries.length).toBeGreaterThanOrEqual(20);
      expect(new Set(queries.map((q) => q.locale))).toEqual(new Set(['lv', 'en']));
      const misses: string[] = [];
      for (const query of queries) {
        const top = await search({ kind: 'prefix', first: false, ...query });
        if (!top.includes(query.expect)) misses.push(`${query.query} → ${top.join(' ')}`);
      }
      expect(misses).toEqual([]);
    },
  );
});

describe('filters', () => {
  it('never offer a value that would leave no results, whatever is ticked', async () => {
    const zero: string[] = [];
    for (const query of ['kurzeme', 'rezultāti', 'vadība', 'pasākums']) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-status[data-state="done"]');
      await page.locator('#search-filters summary').click();
      const boxes = await page.locator('#search-filters input').all();
      // Each state: as opened, then with each value that can be seen ticked in turn.
      for (const box of [undefined, ...boxes.slice(0, 6)]) {
        if (box && (await box.isVisible())) await box.click();
        const visible = await page
          .locator('#search-filters label')
          .evaluateAll((labels) =>
            labels
              .filter((label) => (label as HTMLElement).checkVisibility())
              .map((label) => label.textContent ?? ''),
          );
        zero.push(...visible.filter((text) => /\(0\)/.test(text)).map((t) => `${query}: ${t}`));
        if (box && (await box.isVisible())) await box.click();
      }
    }
    expect(zero).toEqual([]);
  });

  it('never give a page type and a kind of criterion the same name', async () => {
    for (const locale of ['lv', 'en', 'lt']) {
      await page.goto(`${server.url}${prefix(locale)}/search/?q=results`);
      await page.waitForSelector('#search-status[data-state="done"]');
      const legend = (group: string) =>
        page
          .locator(`#search-filters fieldset:has(input[name="${group}"]) label`)
          .evaluateAll((labels) => labels.map((l) => l.firstChild?.textContent?.trim() ?? ''));
      const types = await legend('type');
      const kinds = await legend('kind');
      expect(kinds.length, locale).toBeGreaterThan(0);
      expect(
        kinds.filter((kind) => types.includes(kind)),
        locale,
      ).toEqual([]);
    }
  });
});

describe('the search page while results arrive', () => {
  it('keeps what is on screen still at 375 and 1280 px (cumulative layout shift under 0.1)', async () => {
    for (const viewport of [
      { width: 375, height: 812 },
      { width: 1280, height: 900 },
    ]) {
      const tab = await browser.newPage({ viewport });
      await tab.addInitScript(() => {
        const shifts = { total: 0 };
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
            shifts.total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(`${server.url}/search/?q=${encodeURIComponent('klientu apmierinātība')}`);
      await tab.waitForSelector('#search-status[data-state="done"]');
      await tab.waitForTimeout(300);
      const total = await tab.evaluate(
        () => (window as unknown as { shifts: { total: number } }).shifts.total,
      );
      expect(total, `${viewport.width} px`).toBeLessThan(0.1);
      await tab.close();
    }
  });
});
