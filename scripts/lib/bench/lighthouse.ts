/**
 * The bench's `lighthouse` part: the shipped content built as `npm run build` does (without PDFs,
 * which none of the five pages links), served by `astro preview`, and Lighthouse's mobile profile
 * on five pages, RUNS times each (target: performance ≥ 95).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { LIGHTHOUSE_PAGES, lighthousePages, startPreview } from '../lighthouse.ts';
import { buildOnce, ROOT, RUNS, WORK } from './measure.ts';
import { table } from './table.ts';

export async function benchLighthouse(): Promise<void> {
  const outDir = join(WORK, 'dist', 'lighthouse');
  rmSync(outDir, { recursive: true, force: true });
  buildOnce({
    CONTENT_DIR: join(ROOT, 'content'),
    OUT_DIR: outDir,
    OG_CACHE_DIR: join(WORK, 'og-cache', 'lighthouse'),
    // None of the five pages links a PDF; printing them would add minutes and change nothing here.
    PDFS: 'off',
  });
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
