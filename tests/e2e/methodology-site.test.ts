import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE } from './global-setup.ts';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';
import { serve } from '../../src/lib/pdf/static-server.ts';
import { brokenLinks, listPages } from '../helpers/site-files.ts';
import { axeSource, axeViolations } from '../helpers/axe.ts';
import { runCommand } from '../helpers/run.ts';

interface PageReport {
  path: string;
  lang: string | null;
  title: string;
  h1: number;
  violations: string[];
  consoleErrors: string[];
  foreignRequests: string[];
}

let outDir = '';
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const reports: PageReport[] = [];

beforeAll(async () => {
  outDir = DEFAULT_SITE;
  server = await serve(outDir);
  browser = await launchBrowser();
  const pages = listPages(outDir).map((p) => p.path);
  // Two tabs at a time, as the machine has two cores; each tab goes from page to page (a new
  // document each time) and has axe-core injected before any page script, which halves the walk.
  const queue = [...pages];
  await Promise.all(
    [0, 1].map(async () => {
      const context = await browser.newContext();
      await context.addInitScript({ content: axeSource });
      const tab = await openTab(context);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        reports.push(await tab.visit(path));
      }
      await context.close();
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One tab whose console errors and requests are written down for the page it shows now. */
async function openTab(context: Awaited<ReturnType<Browser['newContext']>>) {
  const page = await context.newPage();
  let consoleErrors: string[] = [];
  let foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
      foreignRequests.push(request.url());
  });
  return {
    async visit(path: string): Promise<PageReport> {
      consoleErrors = [];
      foreignRequests = [];
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const violations = await axeViolations(page);
      const result = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        title: document.title,
        h1: document.querySelectorAll('h1').length,
      }));
      return { path, consoleErrors, foreignRequests, violations, ...result };
    },
  };
}

const failures = (pick: (r: PageReport) => string[]) =>
  reports.flatMap((r) => pick(r).map((f) => `${r.path}: ${f}`));

describe('every page of the default site in Chromium', () => {
  it('was visited in every locale', () => {
    expect(reports.length).toBeGreaterThan(200);
    for (const prefix of ['/en/', '/lt/'])
      expect(reports.some((r) => r.path.startsWith(prefix))).toBe(true);
  });

  it('has no axe-core WCAG 2.1 AA violation', () => {
    expect(failures((r) => r.violations)).toEqual([]);
  });

  it('logs no console error (a CSP violation would be one)', () => {
    expect(failures((r) => r.consoleErrors)).toEqual([]);
  });

  it('requests nothing from another host', () => {
    expect(failures((r) => r.foreignRequests)).toEqual([]);
  });

  it('has a lang attribute, a title and exactly one h1', () => {
    expect(failures((r) => (r.lang ? [] : ['no lang']))).toEqual([]);
    expect(failures((r) => (r.title.trim() ? [] : ['no title']))).toEqual([]);
    expect(failures((r) => (r.h1 === 1 ? [] : [`${r.h1} h1 elements`]))).toEqual([]);
  });
});

describe('the built files of the default site', () => {
  it('have no broken internal link or anchor', () => {
    expect(brokenLinks(outDir)).toEqual([]);
  });

  it('are valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const errors: string[] = [];
    for (const { path, file } of listPages(outDir)) {
      // Yield between files: validating is synchronous work, and a worker that blocks for a
      // minute misses vitest's own messages ("Timeout calling onTaskUpdate").
      await new Promise((resolve) => setImmediate(resolve));
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages)
          errors.push(`${path}:${message.line} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('pass the W3C checker (vnu) without an error', async () => {
    // vnu-jar needs Java (Debian's default-jre-headless; .ci/run installs it).
    const vnu = await runCommand('java', [
      '-jar',
      createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar'),
      '--errors-only',
      '--format',
      'json',
      '--skip-non-html',
      outDir,
    ]).catch((error: unknown) => {
      throw new Error(`java is not installed: ${String(error)}`);
    });
    const { messages } = JSON.parse(vnu.stderr) as {
      messages: Array<{ url: string; lastLine?: number; message: string }>;
    };
    expect(
      messages.map(
        (m) => `${m.url.slice(m.url.indexOf(outDir) + outDir.length)}:${m.lastLine} ${m.message}`,
      ),
    ).toEqual([]);
    expect(listPages(outDir).length).toBeGreaterThan(200);
  });

  it('ship no JavaScript, except on the search and self-assessment pages', () => {
    const withScript = listPages(outDir).filter(({ file }) =>
      /<script\b/i.test(readFileSync(file, 'utf8')),
    );
    expect(withScript.map((p) => p.path)).toEqual([
      '/en/search/',
      '/en/self-assessment/',
      '/lt/search/',
      '/lt/self-assessment/',
      '/search/',
      '/self-assessment/',
    ]);
  });

  it('offer the search box on every page, as a form that works without JavaScript', () => {
    const withoutBox = listPages(outDir).filter(
      ({ file }) =>
        !/<form class="site-search" action="(\/[a-z]{2})?\/search\/" method="get" role="search">/.test(
          readFileSync(file, 'utf8'),
        ),
    );
    expect(withoutBox.map((p) => p.path)).toEqual([]);
  });

  it('ship the security headers for static hosts', () => {
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self'/);
    expect(headers).not.toContain('unsafe-inline');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy:');
    expect(headers).toContain('Permissions-Policy:');
  });
});
