/**
 * Lighthouse on a built site, as `npm run preview` serves it: the Lighthouse test asserts the
 * deterministic figures (category scores other than performance, layout shift, bytes of script
 * and CSS), `npm run bench` records the timing-sensitive performance score.
 *
 * Debian's Chromium (lib/pdf/chromium), never a downloaded browser; Lighthouse drives it over a
 * DevTools port, with its default mobile profile and simulated throttling.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { launchBrowser } from '../../src/lib/pdf/chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The five pages Lighthouse visits on the shipped content: the home page, a criterion, the results,
 * a search with a query, and the self-assessment tool.
 */
export const LIGHTHOUSE_PAGES = {
  home: '/',
  criterion: '/criteria/1.1/',
  results: '/results/',
  search: `/search/?q=${encodeURIComponent('pašnovērtējuma grupa')}`,
  selfAssessment: '/self-assessment/',
} as const;

/** The categories Lighthouse scores; performance depends on timing, the others do not. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What Lighthouse found on one page. */
export interface PageFigures {
  path: string;
  /** Each category's score, 0–100. */
  scores: Record<Category, number>;
  /** The audits below a full score in a category other than performance, `category: audit (title)`. */
  failing: string[];
  cumulativeLayoutShift: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** Bytes of script and of CSS the page loaded (decoded sizes, whatever the server compresses). */
  scriptBytes: number;
  cssBytes: number;
  /** Every request to another origin than the site's. */
  thirdParty: string[];
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts `astro preview` (what `npm run preview` runs) on the built site in `outDir`, on a free
 * loopback port, and resolves once it answers.
 */
export async function startPreview(
  outDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/astro.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill();
    });
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`astro preview stopped:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, close };
    } catch {
      // Not listening yet.
    }
    if (waited > 60_000) {
      await close();
      throw new Error(`astro preview did not answer within a minute:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  resourceSize?: number;
}

/** Runs Lighthouse once on each of `paths` of the site at `url`, one after another. */
export async function lighthousePages(
  url: string,
  paths: readonly string[],
): Promise<PageFigures[]> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  try {
    const figures: PageFigures[] = [];
    for (const path of paths) {
      const run = await lighthouse(`${url}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failing = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
          .map((audit) => `${id}: ${audit?.id} (${audit?.title})`),
      );
      const requests = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] })
        ?.items ?? []) as NetworkItem[];
      const bytes = (type: string) =>
        requests
          .filter((r) => r.resourceType === type)
          .reduce((sum, r) => sum + (r.resourceSize ?? 0), 0);
      const origin = new URL(url).origin;
      figures.push({
        path,
        scores,
        failing,
        cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity,
        firstContentfulPaintMs: lhr.audits['first-contentful-paint']?.numericValue ?? Infinity,
        largestContentfulPaintMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity,
        totalBlockingTimeMs: lhr.audits['total-blocking-time']?.numericValue ?? Infinity,
        scriptBytes: bytes('Script'),
        cssBytes: bytes('Stylesheet'),
        thirdParty: requests
          .map((r) => r.url)
          .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
