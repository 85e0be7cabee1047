import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { FIXTURES, TMP } from '../helpers/fixtures.ts';

// The editor's loop: `npm run dev` on a tree, a browser on it, files saved while it runs.
let tree = '';
let server: DevServer;
let browser: Browser;
let page: Page;

const file = (path: string) => join(tree, path);
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));

/** Reloads `path` until `ready` holds for the page, for at most 30 s: the dev server validates after each save. */
async function until(path: string, ready: (page: Page) => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`${server.url}${path}`);
    if (await ready(page)) return;
    if (Date.now() > deadline) throw new Error(`${path} never got ready:\n${await page.content()}`);
    await page.waitForTimeout(300);
  }
}

const heading = (p: Page) => p.locator('h1').first().textContent();
const stackFrames = (text: string) => text.split('\n').filter((line) => /^\s+at\s/.test(line));

beforeAll(async () => {
  tree = join(TMP, 'trees', 'dev-loop');
  rmSync(tree, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'valid'), tree, { recursive: true });
  server = await startDevServer(tree);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('npm run dev', () => {
  it('serves pages styled by the site stylesheet', async () => {
    await page.goto(`${server.url}/criteria/1.1/`);
    expect(await heading(page)).toBe('1.1 Virzība');
    // .skip-link is placed off screen only by global.css; unstyled it would sit in the flow.
    const position = await page
      .locator('.skip-link')
      .evaluate((element) => getComputedStyle(element).position);
    expect(position).toBe('absolute');
  });

  it('shows a changed pilot score in the results after a reload', async () => {
    // The criterion's own row: its sub-criteria's figures are hidden in a three-pilot tree.
    const mean = async (p: Page) =>
      (
        await p
          .locator('tbody tr')
          .filter({ has: p.locator('th', { hasText: /^1 Vadība$/ }) })
          .first()
          .innerText()
      ).trim();
    await page.goto(`${server.url}/results/1/`);
    const before = await mean(page);
    edit('pilots/P01.json', (text) => text.replace('"1.1": 20', '"1.1": 99'));
    await until('/results/1/', async (p) => (await mean(p)) !== before);
    expect(await mean(page)).not.toBe(before);
  });

  it('shows a criterion without a title as "file: title — is required", and the page again once fixed', async () => {
    const original = readFileSync(file('criteria/lv/1.1.md'), 'utf8');
    const printedBefore = server.output().length;
    edit('criteria/lv/1.1.md', (text) => text.replace(/^title: .*\n/m, ''));
    await until('/criteria/1.1/', async (p) => (await p.content()).includes('is required'));
    const body = await page.locator('body').innerText();
    expect(body).toContain('criteria/lv/1.1.md: title — is required');
    expect(body).not.toContain('Apakškritērija skaidrojums');
    const printed = server.output().slice(printedBefore);
    expect(printed).toContain('criteria/lv/1.1.md: title — is required');
    expect(stackFrames(printed)).toEqual([]);

    writeFileSync(file('criteria/lv/1.1.md'), original);
    await until('/criteria/1.1/', async (p) => (await heading(p)) === '1.1 Virzība');
    expect(await page.locator('.prose').first().innerText()).toContain(
      'Apakškritērija skaidrojums',
    );
  });

  it('reports a YAML mistake with its file and line, without a stack trace', async () => {
    const original = readFileSync(file('criteria/lv/1.1.md'), 'utf8');
    const printedBefore = server.output().length;
    edit('criteria/lv/1.1.md', (text) =>
      text.replace(/^summary: .*$/m, 'summary: Misija: vīzija un vērtības'),
    );
    await until('/criteria/1.1/', async (p) => (await p.content()).includes('YAML'));
    const body = await page.locator('body').innerText();
    expect(body).toMatch(/criteria\/lv\/1\.1\.md: .*line 4/);
    expect(stackFrames(server.output().slice(printedBefore))).toEqual([]);
    writeFileSync(file('criteria/lv/1.1.md'), original);
    await until('/criteria/1.1/', async (p) => (await heading(p)) === '1.1 Virzība');
  });

  it('prints no false warnings while editing', () => {
    expect(server.output()).not.toMatch(/Duplicate id|UnhandledRejection|YAMLException/);
  });
});
