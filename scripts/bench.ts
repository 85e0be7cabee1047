/**
 * `npm run bench`: builds generated trees of growing size and a bare Astro site with the same
 * page count, and prints build time, ms per page, peak memory and the ratio to bare Astro.
 * The ratio is the figure to track: machines differ, the ratio much less.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateTree, type TreeOptions } from './generate-tree.ts';

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
}

/** Builds RUNS times: median wall time, highest peak memory. */
function measure(args: string[], env: Record<string, string>, outDir: string): Measurement {
  const runs = Array.from({ length: RUNS }, () => measureOnce(args, env, outDir));
  const seconds =
    runs.map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
  return { seconds, peakMb: Math.max(...runs.map((r) => r.peakMb)), pages: runs[0]?.pages ?? 0 };
}

/** Runs a build under GNU time and reads its wall time and peak resident memory. */
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
  return {
    seconds: minutes * 60 + seconds,
    peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    pages,
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

const rows: string[][] = [];
for (const scenario of SCENARIOS) {
  const tree = join(WORK, 'trees', scenario.name.replace(/\W+/g, '-'));
  generateTree(tree, { ...scenario.tree, locales: LOCALES, defaultLocale: 'lv' });
  const outDir = join(WORK, 'dist', scenario.name.replace(/\W+/g, '-'));
  const ours = measure([], { CONTENT_DIR: tree, OUT_DIR: outDir }, outDir);
  const bareDir = bareSite(ours.pages);
  const bare = measure(['--root', bareDir], {}, join(bareDir, 'dist'));
  const msPerPage = (m: Measurement) => (m.seconds * 1000) / m.pages;
  rows.push([
    scenario.name,
    String(ours.pages),
    ours.seconds.toFixed(1),
    msPerPage(ours).toFixed(1),
    ours.peakMb.toFixed(0),
    msPerPage(bare).toFixed(1),
    (msPerPage(ours) / msPerPage(bare)).toFixed(2),
  ]);
  console.error(`measured ${scenario.name}`);
}

const header = [
  'tree (4 locales)',
  'pages',
  'build s',
  'ms/page',
  'peak MB',
  'bare Astro ms/page',
  'ratio',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
