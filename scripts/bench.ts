/**
 * `npm run bench`: builds generated trees of growing size and a bare Astro site with the same
 * page count, and prints build time, ms per page, peak memory and the ratio to bare Astro.
 * The ratio is the figure to track: machines differ, the ratio much less.
 *
 * Two parts, both run by default; name one to run only it (`npm run bench -- pilots`):
 * - `pilots`: 9, 2,000 and 20,000 pilots on the same 9 criteria in 2 locales (no OG images):
 *   pilots are aggregated once and never reach Astro, so time and memory should barely move;
 * - `site`: 4 locales, growing pilots and a page-heavy tree, with OG images cold and warm;
 * - `pdfs`: the shipped content with its handout and event-bundle PDFs printed cold (empty
 *   cache), warm (every PDF reused) and not at all (PDFS=off);
 * - `lighthouse`: the shipped content built as `npm run build` does (without PDFs, which none of
 *   the five pages links), served by `astro preview`,
 *   and Lighthouse's mobile profile on five pages, RUNS times each (target: performance ≥ 95).
 * - `tool`: the self-assessment page of the shipped content: the gzipped script its first view
 *   loads and the rest it loads on demand, and its first contentful paint in Chromium served by
 *   `astro preview` on Lighthouse's mobile profile (4× slower CPU, 150 ms, 1.6 Mbit/s).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../src/lib/pdf/chromium.ts';
import { firstViewScripts, importsOfScript } from '../src/lib/self-assessment/worker.ts';
import { generateTree, type TreeOptions } from './generate-tree.ts';
import { LIGHTHOUSE_PAGES, lighthousePages, startPreview } from './lib/lighthouse.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench/.tmp');
const ASTRO = join(ROOT, 'node_modules/astro/astro.js');
const LOCALES = ['lv', 'en', 'lt', 'de'];
/** Each build runs this many times; the table shows the median time and the highest peak memory. */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

interface Scenario {
  name: string;
  tree: Omit<TreeOptions, 'locales' | 'defaultLocale'>;
}

const SCENARIOS: Scenario[] = [
  { name: '9 pilots', tree: { criteria: 9, pilots: 9 } },
  { name: '200 pilots', tree: { criteria: 9, pilots: 200 } },
  { name: '2,000 pilots', tree: { criteria: 9, pilots: 2000 } },
  { name: 'page-heavy (500 terms)', tree: { criteria: 9, pilots: 9, glossaryTerms: 500 } },
];

interface Measurement {
  seconds: number;
  peakMb: number;
  pages: number;
  /** What the OG integration reported: images rendered and ms each. */
  og?: { rendered: number; msEach: number };
  /** What the PDF integration reported: PDFs printed, ms each, and reused from the cache. */
  pdf?: { printed: number; msEach: number; reused: number };
  /** What Pagefind reported, and the size of its bundle. */
  search?: { msPerPage: number; kb: number };
}

/** The size of a folder's files, in KB. */
function folderKb(dir: string): number {
  if (!existsSync(dir)) return 0;
  const files = readdirSync(dir, { recursive: true }) as string[];
  return (
    files.reduce(
      (sum, f) => sum + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
      0,
    ) / 1024
  );
}

/** Builds RUNS times: median wall time, highest peak memory. */
function measure(args: string[], env: Record<string, string>, outDir: string): Measurement {
  const runs = Array.from({ length: RUNS }, () => measureOnce(args, env, outDir));
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
  if (!median) throw new Error('BENCH_RUNS must be at least 1');
  return { ...median, peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

/** Runs a build under GNU time and reads its wall time, peak resident memory and OG figures. */
function measureOnce(args: string[], env: Record<string, string>, outDir: string): Measurement {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ASTRO, 'build', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(result.stderr)?.[1] ?? '0';
  const [minutes = 0, seconds = 0] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .map(Number);
  const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.html'),
  ).length;
  const search = /Search index: \d+ pages in [\d.]+ s \(([\d.]+) ms a page\)/.exec(result.stdout);
  const og = /OG images: (\d+) rendered(?: \((\d+) ms an image\))?/.exec(result.stdout);
  const pdf = /PDFs: (\d+) printed(?: \((\d+) ms a PDF\))?, (\d+) reused/.exec(result.stdout);
  return {
    seconds: minutes * 60 + seconds,
    peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    pages,
    ...(og ? { og: { rendered: Number(og[1]), msEach: Number(og[2] ?? 0) } } : {}),
    ...(pdf
      ? { pdf: { printed: Number(pdf[1]), msEach: Number(pdf[2] ?? 0), reused: Number(pdf[3]) } }
      : {}),
    ...(search
      ? { search: { msPerPage: Number(search[1]), kb: folderKb(join(outDir, 'pagefind')) } }
      : {}),
  };
}

/** A bare Astro 5 site: one trivial .astro file per route, `pages` of them, nothing else. */
function bareSite(pages: number): string {
  const dir = join(WORK, `bare-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
  for (let i = 0; i < pages; i += 1) {
    const name = i === 0 ? 'index' : `page-${i}`;
    writeFileSync(
      join(dir, 'src/pages', `${name}.astro`),
      `<html lang="en"><head><title>${name}</title></head><body><h1>${name}</h1></body></html>\n`,
    );
  }
  return dir;
}

const msPerPage = (m: Measurement) => (m.seconds * 1000) / m.pages;

/** Prints a Markdown table. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const PARTS = process.argv.slice(2);
const runs = (part: string) => PARTS.length === 0 || PARTS.includes(part);

/** The pilot-scaling scenarios: only the number of pilots changes. */
const PILOT_SCENARIOS = [9, 2000, 20000];

if (runs('pilots')) {
  const pilotRows: string[][] = [];
  let base: Measurement | undefined;
  for (const pilots of PILOT_SCENARIOS) {
    const slug = `pilots-${pilots}`;
    const tree = join(WORK, 'trees', slug);
    // Ids with a letter prefix past 9,999 pilots, as the contract allows (^[A-Z]{1,3}\d{1,4}$).
    generateTree(tree, { criteria: 9, pilots, locales: ['lv', 'en'], defaultLocale: 'lv' });
    const outDir = join(WORK, 'dist', slug);
    const measured = measure(
      [],
      { CONTENT_DIR: tree, OUT_DIR: outDir, OG_IMAGES: 'off', PDFS: 'off' },
      outDir,
    );
    base ??= measured;
    const bareDir = bareSite(measured.pages);
    const bare = measure(['--root', bareDir], {}, join(bareDir, 'dist'));
    pilotRows.push([
      pilots.toLocaleString('en'),
      String(measured.pages),
      measured.seconds.toFixed(1),
      measured.peakMb.toFixed(0),
      (measured.seconds / base.seconds).toFixed(2),
      bare.seconds.toFixed(1),
      (measured.seconds / bare.seconds).toFixed(2),
    ]);
    console.error(`measured ${pilots} pilots`);
  }
  console.log(
    `Pilots: 9 criteria, 2 locales, no OG images; median of ${RUNS} builds, highest peak memory.\n`,
  );
  console.log(
    table(
      ['pilots', 'pages', 'build s', 'peak MB', 'time ÷ 9 pilots', 'bare Astro s', 'ratio to bare'],
      pilotRows,
    ),
  );
}

const rows: string[][] = [];
const ogRows: string[][] = [];
for (const scenario of runs('site') ? SCENARIOS : []) {
  const slug = scenario.name.replace(/\W+/g, '-');
  const tree = join(WORK, 'trees', slug);
  generateTree(tree, { ...scenario.tree, locales: LOCALES, defaultLocale: 'lv' });
  const outDir = join(WORK, 'dist', slug);
  const env = {
    CONTENT_DIR: tree,
    OUT_DIR: outDir,
    OG_CACHE_DIR: join(WORK, 'og-cache', slug),
    PDFS: 'off',
  };
  // The first build renders the OG images into a fresh cache; the measured ones reuse it.
  rmSync(env.OG_CACHE_DIR, { recursive: true, force: true });
  const cold = measureOnce([], env, outDir);
  const warm = measure([], env, outDir);
  const withoutOg = measure([], { ...env, OG_IMAGES: 'off' }, outDir);
  const bareDir = bareSite(warm.pages);
  const bare = measure(['--root', bareDir], {}, join(bareDir, 'dist'));
  rows.push([
    scenario.name,
    String(warm.pages),
    warm.seconds.toFixed(1),
    msPerPage(warm).toFixed(1),
    warm.peakMb.toFixed(0),
    msPerPage(bare).toFixed(1),
    (msPerPage(warm) / msPerPage(bare)).toFixed(2),
    (warm.search?.msPerPage ?? 0).toFixed(1),
    ((warm.search?.kb ?? 0) / 1024).toFixed(1),
  ]);
  ogRows.push([
    scenario.name,
    String(cold.og?.rendered ?? 0),
    String(cold.og?.msEach ?? 0),
    cold.peakMb.toFixed(0),
    cold.seconds.toFixed(1),
    String(warm.og?.rendered ?? 0),
    warm.seconds.toFixed(1),
    withoutOg.seconds.toFixed(1),
    (((warm.seconds - withoutOg.seconds) * 1000) / warm.pages).toFixed(1),
  ]);
  console.error(`measured ${scenario.name}`);
}

if (runs('site')) {
  console.log(
    `\nMedian of ${RUNS} builds each (warm OG cache); peak memory is the highest of them.\n`,
  );
  console.log(
    table(
      [
        'tree (4 locales)',
        'pages',
        'build s',
        'ms/page',
        'peak MB',
        'bare Astro ms/page',
        'ratio',
        'index ms/page',
        'index MB',
      ],
      rows,
    ),
  );
  console.log(
    '\nOG images: a cold build (empty cache), a warm rebuild, and a build without OG images.\n',
  );
  console.log(
    table(
      [
        'tree',
        'rendered cold',
        'ms/image',
        'cold peak MB',
        'cold s',
        'rendered warm',
        'warm s',
        'no-OG s',
        'warm ms/page over no-OG',
      ],
      ogRows,
    ),
  );
}

if (runs('pdfs')) {
  const outDir = join(WORK, 'dist', 'pdfs');
  const env = {
    CONTENT_DIR: join(ROOT, 'content'),
    OUT_DIR: outDir,
    OG_IMAGES: 'off',
    PDF_CACHE_DIR: join(WORK, 'pdf-cache'),
  };
  // The first build prints every PDF into a fresh cache; the measured ones reuse them.
  rmSync(env.PDF_CACHE_DIR, { recursive: true, force: true });
  const cold = measureOnce([], env, outDir);
  const warm = measure([], env, outDir);
  const off = measure([], { ...env, PDFS: 'off' }, outDir);
  console.log(
    `\nPDFs of the shipped content (no OG images): a cold build, a warm rebuild (median of ${RUNS}), and PDFS=off.\n`,
  );
  console.log(
    table(
      [
        'PDFs',
        'printed cold',
        'ms/PDF',
        'cold s',
        'cold peak MB',
        'printed warm',
        'warm s',
        'PDFS=off s',
      ],
      [
        [
          String((cold.pdf?.printed ?? 0) + (cold.pdf?.reused ?? 0)),
          String(cold.pdf?.printed ?? 0),
          String(cold.pdf?.msEach ?? 0),
          cold.seconds.toFixed(1),
          cold.peakMb.toFixed(0),
          String(warm.pdf?.printed ?? 0),
          warm.seconds.toFixed(1),
          off.seconds.toFixed(1),
        ],
      ],
    ),
  );
}

if (runs('lighthouse')) {
  const outDir = join(WORK, 'dist', 'lighthouse');
  rmSync(outDir, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: join(ROOT, 'content'),
      OUT_DIR: outDir,
      OG_CACHE_DIR: join(WORK, 'og-cache', 'lighthouse'),
      // None of the five pages links a PDF; printing them would add minutes and change nothing here.
      PDFS: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  const site = await startPreview(outDir);
  const pages = Object.entries(LIGHTHOUSE_PAGES);
  const runsOf = await (async () => {
    try {
      const all = [];
      for (let run = 0; run < RUNS; run += 1) {
        all.push(await lighthousePages(site.url, Object.values(LIGHTHOUSE_PAGES)));
        console.error(`Lighthouse run ${run + 1} of ${RUNS}`);
      }
      return all;
    } finally {
      await site.close();
    }
  })();
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.log(
    `\nLighthouse 12, mobile profile (simulated throttling), the shipped content served by astro preview; median of ${RUNS} runs (lowest in brackets). Target: performance ≥ 95.\n`,
  );
  console.log(
    table(
      ['page', 'performance', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'script KB', 'CSS KB'],
      pages.map(([name], index) => {
        const of = runsOf.flatMap((run) => run[index] ?? []);
        const pick = (value: (f: (typeof of)[number]) => number) => median(of.map(value));
        return [
          name,
          `${pick((f) => f.scores.performance)} (${Math.min(...of.map((f) => f.scores.performance))})`,
          pick((f) => f.firstContentfulPaintMs).toFixed(0),
          pick((f) => f.largestContentfulPaintMs).toFixed(0),
          pick((f) => f.totalBlockingTimeMs).toFixed(0),
          pick((f) => f.cumulativeLayoutShift).toFixed(3),
          (pick((f) => f.scriptBytes) / 1024).toFixed(1),
          (pick((f) => f.cssBytes) / 1024).toFixed(1),
        ];
      }),
    ),
  );
}

/** First contentful paint of a page, ms, on Lighthouse's mobile profile, with an empty cache. */
async function firstPaints(url: string, runs: number): Promise<number[]> {
  const browser = await launchBrowser();
  const paints: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    // A function with no inner functions: tsx would name them with a helper the page lacks.
    const paint = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    );
    paints.push(Number(await paint.jsonValue()));
    await context.close();
  }
  await browser.close();
  return paints;
}

if (runs('tool')) {
  const outDir = join(WORK, 'dist', 'tool');
  rmSync(outDir, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: join(ROOT, 'content'),
      OUT_DIR: outDir,
      OG_IMAGES: 'off',
      PDFS: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  const read = (url: string) => readFileSync(join(outDir, url), 'utf8');
  const gzipKb = (urls: Iterable<string>) =>
    [...urls].reduce((sum, url) => sum + gzipSync(readFileSync(join(outDir, url))).length, 0) /
    1024;
  const html = read('self-assessment/index.html');
  const first = firstViewScripts(html, read);
  const all = new Set<string>();
  const queue = [...first];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (all.has(url)) continue;
    all.add(url);
    queue.push(...importsOfScript(read(url), url));
  }
  const later = [...all].filter((url) => !first.includes(url));
  const server = await startPreview(outDir);
  let paints: number[];
  try {
    paints = await firstPaints(`${server.url}/self-assessment/`, Math.max(RUNS, 3));
  } finally {
    server.close();
  }
  const sorted = [...paints].sort((a, b) => a - b);
  console.log(
    `\nThe self-assessment page of the shipped content served by astro preview: first contentful paint on the mobile profile (median of ${paints.length}, fastest, slowest).\n`,
  );
  console.log(
    table(
      [
        'first view JS gzip KB',
        'files',
        'on demand KB',
        'files',
        'FCP ms median',
        'fastest',
        'slowest',
      ],
      [
        [
          gzipKb(first).toFixed(1),
          String(first.length),
          gzipKb(later).toFixed(1),
          String(later.length),
          String(Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)),
          String(Math.round(sorted[0] ?? 0)),
          String(Math.round(sorted.at(-1) ?? 0)),
        ],
      ],
    ),
  );
}
