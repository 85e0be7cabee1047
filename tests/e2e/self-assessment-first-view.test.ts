import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { firstViewScripts, importsOfScript } from '../../src/lib/self-assessment/worker.ts';
import { DEFAULT_SITE } from './global-setup.ts';

/**
 * What the first view of the tool (scoring) loads, in gzipped bytes of JavaScript. Measured at
 * 7,408 bytes (entry 6,758 and Vite's preload helper 650; 48,013 before the split) when the
 * other views were split off; the rest (zod, charts, personal-data detectors, the other views)
 * is loaded on demand.
 */
const FIRST_VIEW_BUDGET = 9 * 1024;

const read = (url: string) => readFileSync(join(DEFAULT_SITE, url), 'utf8');
const gzipped = (urls: readonly string[]) =>
  urls.reduce((sum, url) => sum + gzipSync(readFileSync(join(DEFAULT_SITE, url))).length, 0);
const stylesheets = (html: string) =>
  [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
const scriptTags = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1] ?? '');

describe('the self-assessment page as built', () => {
  const pages = ['self-assessment/index.html', 'en/self-assessment/index.html'];

  it('waits for no stylesheet but the one every page has', () => {
    const content = stylesheets(read('criteria/index.html'));
    expect(content).toHaveLength(1);
    for (const page of pages) {
      const html = read(page);
      expect(stylesheets(html), page).toEqual(content);
      expect(html, page).not.toMatch(/<style\b/);
    }
  });

  it(`references one entry script, whose first view is at most ${FIRST_VIEW_BUDGET} gzipped bytes`, () => {
    for (const page of pages) {
      const html = read(page);
      const entries = scriptTags(html);
      expect(entries, page).toHaveLength(1);
      expect(entries[0], page).toMatch(/^\/_astro\/[^/]+\.js$/);
      const firstView = firstViewScripts(html, read);
      expect(gzipped(firstView), page).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    }
  });

  it('leaves the other views to chunks that exist and are imported only on demand', () => {
    const html = read('self-assessment/index.html');
    const firstView = new Set(firstViewScripts(html, read));
    const entry = scriptTags(html)[0] ?? '';
    const later = importsOfScript(read(entry), entry).filter((url) => !firstView.has(url));
    // At least the consensus, result, ministry and assessments views and the file reader.
    expect(later.length).toBeGreaterThanOrEqual(5);
    for (const url of later) expect(existsSync(join(DEFAULT_SITE, url)), url).toBe(true);
    const all = new Set([
      ...firstView,
      ...later.flatMap((url) => [url, ...importsOfScript(read(url), url)]),
    ]);
    // Most of the tool is loaded on demand: more bytes later than first.
    expect(gzipped([...all].filter((url) => !firstView.has(url)))).toBeGreaterThan(
      gzipped([...firstView]),
    );
  });
});

describe('the self-assessment page in Chromium', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(DEFAULT_SITE);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the first view scripts only, and a view’s chunk when it is opened', async () => {
    // No worker: it would fetch every chunk to cache them for offline use.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/en/self-assessment/`);
    await page.waitForSelector('#sa-subcriterion-heading');
    const html = read('en/self-assessment/index.html');
    const firstView = firstViewScripts(html, read);
    expect(new Set(scripts)).toEqual(new Set(firstView));

    const before = scripts.length;
    await page.click('.sa-tabs a[href="#consensus"]');
    await page.waitForSelector('.sa-consensus');
    const loaded = scripts.slice(before);
    expect(loaded.some((url) => /consensus-view\.[\w-]+\.js$/.test(url))).toBe(true);
    expect(loaded.filter((url) => firstView.includes(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
