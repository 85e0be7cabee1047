/**
 * The bench's `site` part: 4 locales, growing pilots and a page-heavy tree, each built with OG
 * images cold (empty cache), warm and off, beside a bare Astro site of the same page count; the
 * search index's time and size with them.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateTree, type TreeOptions } from '../../generate-tree.ts';
import { bareSite, measure, measureOnce, msPerPage, RUNS, WORK } from './measure.ts';
import { table } from './table.ts';

const LOCALES = ['lv', 'en', 'lt', 'de'];

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

export function benchSite(): void {
  const rows: string[][] = [];
  const ogRows: string[][] = [];
  for (const scenario of SCENARIOS) {
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
