import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { DEFAULT_SITE } from './global-setup.ts';

// The default content: the 2011 draft had 4.4 and 4.5 the other way round, a 5.4 the validated
// edition dropped, and 6.1 under its old title; the nine pilots assessed the draft.
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

beforeAll(async () => {
  server = await serve(DEFAULT_SITE);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Follows the switcher's link to an edition, as a reader would, and returns where it led. */
async function switchTo(path: string, edition: RegExp) {
  await page.goto(`${server.url}${path}`);
  await page
    .getByRole('navigation', { name: 'Edition of the methodology' })
    .getByRole('link', { name: edition })
    .click();
  await page.waitForLoadState();
  return { path: new URL(page.url()).pathname, h1: await page.locator('h1').innerText() };
}

describe('the version switcher', () => {
  it('leads from a renumbered draft sub-criterion to the same sub-criterion in the current edition', async () => {
    expect(await switchTo('/en/editions/2011-draft/criteria/4.4/', /2012/)).toEqual({
      path: '/en/criteria/4.5/',
      h1: '4.5 Managing technology',
    });
  });

  it('leads from a current sub-criterion to its page in the draft, under its old title', async () => {
    expect(await switchTo('/en/criteria/6.1/', /2011/)).toEqual({
      path: '/en/editions/2011-draft/criteria/6.1/',
      h1: '6.1 Client satisfaction measurements',
    });
  });

  it('leads from a chapter to the same chapter in the other edition', async () => {
    const { path } = await switchTo('/en/editions/2011-draft/methodology/scoring/', /2012/);
    expect(path).toBe('/en/methodology/scoring/');
  });
});

describe('the banner of an older edition', () => {
  it('leads from a sub-criterion the current edition dropped to its criterion', async () => {
    await page.goto(`${server.url}/en/editions/2011-draft/criteria/5.4/`);
    await page
      .getByRole('note')
      .getByRole('link', { name: /closest page/ })
      .click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/en/criteria/5/');
  });
});

describe('search and editions', () => {
  async function results(query: string, edition?: string) {
    const params = new URLSearchParams({ q: query, ...(edition ? { edition } : {}) });
    await page.goto(`${server.url}/en/search/?${params}`);
    await page.waitForFunction(
      () => document.querySelector('#search-status')?.getAttribute('data-state') === 'done',
    );
    return page.$$eval('#search-results li > a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    );
  }

  it('finds only the current edition by default', async () => {
    const found = await results('Managing technology');
    expect(found).toContain('/en/criteria/4.5/');
    expect(found.some((path) => path.includes('/editions/2011-draft/'))).toBe(false);
  });

  it('finds an older edition when the reader ticks it in the filters, and keeps the choice in the address', async () => {
    const all = await results('quality requirements for social services');
    expect(all).not.toContain('/en/editions/2011-draft/criteria/5.4/');
    const filters = page.locator('#search-filters');
    await filters.locator('summary').click();
    // The current edition is ticked by default.
    expect(await filters.getByRole('checkbox', { name: /2012/ }).isChecked()).toBe(true);
    await filters.getByRole('checkbox', { name: /2012/ }).uncheck();
    await filters.getByRole('checkbox', { name: /2011/ }).check();
    const found = await page.$$eval('#search-results li > a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(found).toContain('/en/editions/2011-draft/criteria/5.4/');
    expect(found.every((path) => path.includes('/editions/2011-draft/'))).toBe(true);
    const chosen = new URL(page.url()).searchParams.getAll('edition');
    expect(chosen).toEqual(['2011 draft']);
    expect(await results('quality requirements for social services', chosen[0])).toEqual(found);
  });

  it('finds every edition when the reader unticks the edition filter', async () => {
    await results('Managing technology');
    await page.locator('#search-filters summary').click();
    await page.locator('#search-filters').getByRole('checkbox', { name: /2012/ }).uncheck();
    const found = await page.$$eval('#search-results li > a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(found).toContain('/en/criteria/4.5/');
    expect(found).toContain('/en/editions/2011-draft/criteria/4.4/');
  });
});

describe('results by edition', () => {
  it("says on the current edition's results that no pilot assessed it yet, and links the draft's results", async () => {
    await page.goto(`${server.url}/en/results/`);
    const text = await page.locator('article').innerText();
    expect(text).toContain('No pilot has assessed 2012 validated methodology yet');
    expect(text).not.toContain('There are no results yet');
    await page.locator('.edition-results').getByRole('link', { name: '2011 draft' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/en/editions/2011-draft/results/');
    expect(await page.locator('article').innerText()).toContain(
      'These results come from the 9 pilots that assessed 2011 draft.',
    );
  });

  it("leads from a criterion's empty results to the same criterion's results in the draft", async () => {
    await page.goto(`${server.url}/en/results/6/`);
    await page.locator('.edition-results').getByRole('link', { name: '2011 draft' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/en/editions/2011-draft/results/6/');
  });
});

describe('the change list as readers see it', () => {
  /** Every change page of the built site, in every locale. */
  const changePages = () =>
    (readdirSync(DEFAULT_SITE, { recursive: true }) as string[])
      .map((file) => file.replaceAll('\\', '/'))
      .filter((file) => /(^|\/)editions\/[^/]+\/changes\/index\.html$/.test(file))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
  // The same characters the generator ignores: quotation marks, dashes, spaces.
  const words = (text: string) =>
    text
      .replace(/[„“”‟«»"]/g, '"')
      .replace(/[‚‘’']/g, "'")
      .replace(/[‐‑‒–—―−]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();

  it('shows no Markdown, no empty label and no change of typography alone, in any locale', async () => {
    const paths = changePages();
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      const main = await page.locator('main').innerText();
      for (const markdown of ['|', '**', '](', '#']) expect(main, path).not.toContain(markdown);
      // Each row: a name, a dash, and a label saying what changed.
      const rows = await page.locator('.change-list > li > p:first-child').allInnerTexts();
      expect(rows.length, path).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(' — ')[1]?.trim(), `${path}: ${row}`).toBeTruthy();
      // A removed stretch followed by an added one that reads the same is typography only.
      const swaps = await page.locator('del + ins').evaluateAll((inserted) => {
        // What is struck through or underlined, without the words said to screen readers.
        const seen = (element: Element | null) =>
          [...(element?.childNodes ?? [])]
            .filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden')))
            .map((n) => n.textContent ?? '')
            .join('');
        return inserted.map((ins) => [seen(ins.previousElementSibling), seen(ins)]);
      });
      for (const [removed = '', added = ''] of swaps)
        expect(words(removed), `${path}: ${removed} → ${added}`).not.toBe(words(added));
    }
  });
});
