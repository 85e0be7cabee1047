import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { axeViolations } from '../helpers/axe.ts';
import { listPages } from '../helpers/site-files.ts';
import { DEFAULT_SITE } from './global-setup.ts';
import { resultsPrefix } from '../helpers/editions.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
/** The results pages of the edition whose pilots publish results. */
const RESULTS = `${resultsPrefix(DEFAULT_SITE)}/results/`;
const pages = listPages(DEFAULT_SITE).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
const withCharts = pages.filter((p) => p.html.includes('class="chart"')).map((p) => p.path);
const withTables = pages.filter((p) => p.html.includes('<table')).map((p) => p.path);

beforeAll(async () => {
  server = await serve(DEFAULT_SITE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Visits each path at `width` px and collects what `check` finds wrong there. */
async function eachPage(
  paths: readonly string[],
  width: number,
  check: (page: Page) => Promise<string[]>,
): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    problems.push(...(await check(page)).map((p) => `${path} @${width}: ${p}`));
  }
  await page.close();
  return problems;
}

/** Chart text that overlaps another text, a range line or a bar, in the chart a reader sees. */
const overlaps = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const box = (e: Element) => e.getBoundingClientRect();
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    for (const svg of document.querySelectorAll('.chart svg[role="img"]')) {
      if (box(svg).width === 0) continue; // the layout for the other screen width
      const texts = [...svg.querySelectorAll('text')];
      const marks = [...svg.querySelectorAll('.chart__range, .chart__bar')];
      for (const [i, text] of texts.entries()) {
        for (const other of texts.slice(i + 1))
          if (hit(box(text), box(other)))
            found.push(`"${text.textContent}" overlaps "${other.textContent}"`);
        for (const mark of marks)
          if (hit(box(text), box(mark)))
            found.push(`"${text.textContent}" overlaps a ${mark.getAttribute('class')}`);
      }
    }
    return found;
  });

/** Chart text shown smaller than 12 CSS px: SVG text scaled down with its chart, or the legend. */
const smallText = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const figure of document.querySelectorAll('.chart')) {
      for (const svg of figure.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
        const shown = svg.getBoundingClientRect().width;
        if (shown === 0) continue;
        const scale = shown / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll('text')) {
          const px = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (px < 12) found.push(`"${text.textContent}" is ${px.toFixed(1)} px`);
        }
      }
      for (const text of figure.querySelectorAll('figcaption, .chart__legend li')) {
        const px = parseFloat(getComputedStyle(text).fontSize);
        if (px < 12) found.push(`"${text.textContent}" is ${px} px`);
      }
    }
    return found;
  });

describe('results charts a reader can read', () => {
  it('are on the results pages in every locale', () => {
    expect(withCharts).toContain(RESULTS);
    expect(withCharts).toContain(`/en${RESULTS}`);
    expect(withCharts.length).toBeGreaterThan(20);
  });

  for (const width of [1280, 375]) {
    it(`have no text overlapping another text, a range line or a bar at ${width} px`, async () => {
      expect(await eachPage(withCharts, width, overlaps)).toEqual([]);
    });
  }

  it('keep every chart text at 12 px or more on a 375 px phone', async () => {
    expect(await eachPage(withCharts, 375, smallText)).toEqual([]);
  });

  it('say what the quartile lines show, on every chart that draws them', async () => {
    // Quartiles are published only from minForQuartiles scores, so a chart may have no line.
    const page = await browser.newPage();
    const missing: string[] = [];
    for (const path of withCharts) {
      await page.goto(`${server.url}${path}`);
      const charts = await page.$$eval('figure.chart', (figures) =>
        figures.map((f) => ({
          lines: f.querySelectorAll('.chart__svg--wide .chart__range').length,
          legend: f.querySelector('.chart__legend')?.textContent ?? '',
        })),
      );
      for (const chart of charts)
        if (chart.lines > 0 !== /kvartil|quartile/i.test(chart.legend)) missing.push(path);
    }
    expect(missing).toEqual([]);
    await page.close();
  });
});

describe('tables at 1280 px', () => {
  it('are no wider than the column they stand in', async () => {
    const tooWide = await eachPage(withTables, 1280, (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('main table')].flatMap((table) => {
          const column = (table.closest('.table-scroll') ?? table.parentElement)!.clientWidth;
          return table.scrollWidth > column + 1
            ? [
                `"${table.querySelector('caption')?.textContent}" is ${table.scrollWidth} px in ${column} px`,
              ]
            : [];
        }),
      ),
    );
    expect(withTables.length).toBeGreaterThan(50);
    expect(tooWide).toEqual([]);
  });
});

describe('a missing page', () => {
  const cases = [
    { prefix: '', lang: 'lv', title: 'Lapa nav atrasta' },
    { prefix: '/en', lang: 'en', title: 'Page not found' },
    { prefix: '/lt', lang: 'lt', title: 'Puslapis nerastas' },
  ];
  for (const { prefix, lang, title } of cases) {
    it(`answers in ${lang} under ${prefix || '/'}`, async () => {
      const page = await browser.newPage();
      const response = await page.goto(`${server.url}${prefix}/no/such/page/`);
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(title);
      await page.close();
    });
  }
});

describe('dates', () => {
  it('are written in each locale’s long form, never as ISO dates, on every page', () => {
    const iso = pages.flatMap(({ path, html }) => {
      const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
      return [...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => `${path}: ${m[0]}`);
    });
    expect(iso).toEqual([]);
  });

  it('read as long dates in lv, en and lt', () => {
    const footer = (path: string) => pages.find((p) => p.path === path)?.html ?? '';
    expect(footer('/')).toContain('2012. gada 1. marts');
    expect(footer('/en/')).toContain('1 March 2012');
    expect(footer('/lt/')).toContain('2012 m. kovo 1 d.');
  });
});

describe('the results index and the report', () => {
  const text = (path: string) =>
    (pages.find((p) => p.path === path)?.html ?? '').replace(/<[^>]+>/g, '');

  it('open with the main points and the publication date, and keep a space after the banner’s label', () => {
    const results = text(RESULTS);
    expect(results.indexOf('Galvenais')).toBeLessThan(results.indexOf('Kritēriju profils'));
    expect(results).toMatch(/Publicēts:\s+2012\. gada 1\. marts/);
    expect(results).toContain('Augstākais vidējais vērtējums');
    expect(results).toContain('Ilustratīvi dati. Šie');
  });

  it('give the report its own title and a single sample-data banner', () => {
    const report = pages.find((p) => p.path === '/reports/pilot-outcomes/')?.html ?? '';
    const results = pages.find((p) => p.path === RESULTS)?.html ?? '';
    const h1 = (html: string) => /<h1[^>]*>(.*?)<\/h1>/.exec(html)?.[1];
    expect(h1(report)).not.toBe(h1(results));
    expect(report.match(/notice--sample/g)).toHaveLength(1);
  });
});

describe('navigation a reader finds', () => {
  it('opens the phone menu in place, without a script, and it passes axe open', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}/criteria/1.1/`);
    const header = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
    expect(header).toBeLessThan(150);
    expect(await page.isVisible('.site-menu nav a')).toBe(false);
    await page.focus('.site-menu summary');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.site-menu nav a')).toBe(true);
    // In place: the menu's links sit inside the header, above the page's heading.
    const menuBottom = await page.$eval('.site-menu', (m) => m.getBoundingClientRect().bottom);
    const h1Top = await page.$eval('h1', (h) => h.getBoundingClientRect().top);
    expect(menuBottom).toBeLessThan(h1Top);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the sidebar and “on this page” in view on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}${RESULTS}`);
    // Well into the page, a screen short of its end: the page's length follows the pilot data.
    await page.evaluate(() => {
      const shell = document.querySelector('.shell')?.getBoundingClientRect();
      window.scrollTo(
        0,
        Math.max(0, (shell?.bottom ?? 0) + window.scrollY - 2 * window.innerHeight),
      );
    });
    for (const selector of ['.sidebar', '.on-this-page']) {
      const top = await page.$eval(selector, (e) => e.getBoundingClientRect().top);
      expect(top, selector).toBeGreaterThanOrEqual(0);
      expect(top, selector).toBeLessThan(50);
    }
    await page.close();
  });

  const html = (path: string) => pages.find((p) => p.path === path)?.html ?? '';

  it('has a methodology index and links a criterion to its results and back', () => {
    expect(html('/methodology/')).toContain('href="/methodology/about/"');
    expect(html('/criteria/1.1/')).toContain('href="/results/1.1/"');
    expect(html('/results/1/')).toContain('href="/criteria/1/"');
  });

  it('walks previous/next within a section: the last criterion does not lead to the pilots', () => {
    const pager = (path: string) => /<nav class="pager"[\s\S]*?<\/nav>/.exec(html(path))?.[0] ?? '';
    expect(pager('/criteria/9.2/')).not.toContain('/results/');
    expect(pager('/results/')).not.toContain('/criteria/');
  });

  it('names each sidebar group once, and differently in lv, en and lt', () => {
    for (const prefix of ['', '/en', '/lt']) {
      const headings = [
        ...html(`${prefix}/`).matchAll(/<h2 class="sidebar__heading">([^<]*)<\/h2>/g),
      ].map((m) => m[1]);
      expect(headings.length).toBeGreaterThan(3);
      expect(new Set(headings).size).toBe(headings.length);
    }
  });
});
