import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { DEFAULT_SITE } from './global-setup.ts';
import { listPages } from '../helpers/site-files.ts';

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

/** A UI string of a locale. */
function uiString(locale: string, key: string): string {
  const ui = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../src/i18n/ui/${locale}.json`), 'utf8'),
  ) as Record<string, string>;
  return ui[key] ?? key;
}
/** A UI string as a pattern: its placeholders stand for whatever the page fills in. */
const sentence = (locale: string, key: string) =>
  new RegExp(
    uiString(locale, key)
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^\n]*?'),
  );
const NO_RESULTS = [
  'results.empty',
  'results.none',
  'results.editionEmpty',
  'results.noCounterpart',
];

describe('results follow the newest edition with results', () => {
  for (const [path, locale] of [
    ['/results/', 'lv'],
    ['/results/1/', 'lv'],
    ['/en/results/', 'en'],
    ['/lt/results/', 'lt'],
    ['/results/4.5/', 'lv'],
  ] as const) {
    it(`shows the draft pilots' figures, a chart and a table on ${path}, naming the 2011 draft`, async () => {
      await page.goto(`${server.url}${path}`);
      const article = page.locator('article');
      const text = await article.innerText();
      expect(await article.locator('figure.chart svg').count()).toBeGreaterThan(0);
      expect(await article.locator('table td.numeric').count()).toBeGreaterThan(0);
      expect(text).toMatch(/\d+[,.]\d/); // a mean such as 39,8
      const note = await page.locator('.edition-results').innerText();
      expect(note).toContain('2011');
      expect(note).toMatch(sentence(locale, 'results.borrowed'));
      for (const key of NO_RESULTS) expect(text).not.toMatch(sentence(locale, key));
      // The note links how the current edition differs from the one the pilots assessed.
      await page.locator('.edition-results a[href$="/editions/2012/changes/"]').click();
      await page.waitForLoadState();
      expect(new URL(page.url()).pathname).toMatch(/\/editions\/2012\/changes\/$/);
    });
  }

  it("shows on /results/4.5/ the draft's 4.4, the same sub-criterion, and says so", async () => {
    await page.goto(`${server.url}/en/results/4.5/`);
    const text = await page.locator('article').innerText();
    expect(text).toContain('In 2011 draft this criterion is numbered 4.4');
    expect(await page.locator('article table th[scope="row"]').first().innerText()).toMatch(
      /^4\.4 /,
    );
  });

  it('says in one sentence that 2.4 has no pilot results, and its criterion page does not link there', async () => {
    await page.goto(`${server.url}/en/results/2.4/`);
    const text = await page.locator('article').innerText();
    expect(text).toMatch(sentence('en', 'results.noCounterpart'));
    expect(await page.locator('article table').count()).toBe(0);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await page.goto(`${server.url}/en/criteria/2.4/`);
    expect(await page.locator('article a[href="/en/results/2.4/"]').count()).toBe(0);
    await page.goto(`${server.url}/en/criteria/4.5/`);
    expect(await page.locator('article a[href="/en/results/4.5/"]').count()).toBe(1);
  });

  it("keeps the draft's own results at its own addresses", async () => {
    await page.goto(`${server.url}/en/editions/2011-draft/results/5/`);
    expect(await page.locator('article').innerText()).toContain(
      'These results come from the 9 pilots that assessed 2011 draft.',
    );
    expect(await page.locator('article table th[scope="row"]').allInnerTexts()).toContain(
      '5.4 Meeting the quality requirements for social services',
    );
  });
});

describe('the home page', () => {
  for (const prefix of ['', '/en', '/lt']) {
    it(`links the results from ${prefix || '/'} and shows the results page's own figures`, async () => {
      await page.goto(`${server.url}${prefix}/results/`);
      const onResults = await page.locator('.key-points .key-figures li').allInnerTexts();
      await page.goto(`${server.url}${prefix}/`);
      const section = page.locator('.home-results');
      const onHome = await section.locator('.key-figures li').allInnerTexts();
      expect(onHome.length).toBeGreaterThanOrEqual(2);
      for (const figure of onHome) expect(onResults).toContain(figure);
      expect(await section.innerText()).toMatch(/\b9\b/);
      expect(await section.locator(`a[href="${prefix}/results/"]`).count()).toBe(1);
    });
  }
});

describe('every results page of the shipped content', () => {
  it('has no table whose only group is “Other” and no column hidden in every row', async () => {
    const paths = listPages(DEFAULT_SITE)
      .map((p) => p.path)
      .filter((p) => /\/results\/([^/]+\/)?$/.test(p));
    expect(paths.length).toBeGreaterThan(100);
    const others = ['lv', 'en', 'lt'].map((l) => uiString(l, 'results.other'));
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      const tables = await page.$$eval('article table', (all) =>
        all.map((table) => {
          const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
            [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
          );
          return { caption: (table as HTMLTableElement).caption?.textContent?.trim() ?? '', rows };
        }),
      );
      for (const { caption, rows } of tables) {
        if (rows.length > 0 && rows.every((r) => others.includes(r[0] ?? '')))
          found.push(`${path}: “${caption}” has only an “Other” row`);
        const width = Math.max(0, ...rows.map((r) => r.length));
        for (let column = 1; column < width; column += 1)
          if (rows.length > 0 && rows.every((r) => r[column] === '—'))
            found.push(`${path}: “${caption}” column ${column + 1} is hidden in every row`);
      }
    }
    expect(found).toEqual([]);
  }, 600_000);
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
