/**
 * The bench's `tool` part: the self-assessment page of the shipped content, the gzipped script its
 * first view loads and the rest it loads on demand, and its first contentful paint in Chromium
 * served by `astro preview` on Lighthouse's mobile profile (4× slower CPU, 150 ms, 1.6 Mbit/s).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../../src/lib/pdf/chromium.ts';
import { firstViewScripts, importsOfScript } from '../../../src/lib/self-assessment/worker.ts';
import { startPreview } from '../lighthouse.ts';
import { buildOnce, ROOT, RUNS, WORK } from './measure.ts';
import { table } from './table.ts';

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

export async function benchTool(): Promise<void> {
  const outDir = join(WORK, 'dist', 'tool');
  rmSync(outDir, { recursive: true, force: true });
  buildOnce({
    CONTENT_DIR: join(ROOT, 'content'),
    OUT_DIR: outDir,
    OG_IMAGES: 'off',
    PDFS: 'off',
  });
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
