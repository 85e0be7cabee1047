import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serve } from '../../scripts/lib/static-server.ts';
import { DEFAULT_SITE } from './global-setup.ts';

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
  return page.$$eval('#search-results li > a', (links) =>
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
    expect(await page.textContent('#search-results li:first-child .search-results__meta')).toBe(
      'Kritērijs · 4.3',
    );
    await page.evaluate(
      readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
    );
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o: object) => Promise<{ violations: Array<{ id: string }> }> };
        }
      ).axe;
      const result = await axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('puts a glossary term’s own page first', () => {
    const wrong = QUERIES.filter((q) => q.first && (found.get(q) ?? [])[0] !== q.expect);
    expect(wrong.map((q) => `${q.query} → ${(found.get(q) ?? []).join(' ')}`)).toEqual([]);
  });
});
