/**
 * What every part of `npm run bench` builds with: the paths, how many times a build runs, a
 * build under GNU time and what it reported (time, peak memory, pages, OG images, PDFs, search),
 * and the bare Astro site of the same page count to compare with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const WORK = join(ROOT, 'bench/.tmp');
const ASTRO = join(ROOT, 'node_modules/astro/astro.js');
/** Each build runs this many times; the table shows the median time and the highest peak memory. */
export const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

export interface Measurement {
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
export function measure(args: string[], env: Record<string, string>, outDir: string): Measurement {
  const runs = Array.from({ length: RUNS }, () => measureOnce(args, env, outDir));
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
  if (!median) throw new Error('BENCH_RUNS must be at least 1');
  return { ...median, peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

/** Runs a build under GNU time and reads its wall time, peak resident memory and OG figures. */
export function measureOnce(
  args: string[],
  env: Record<string, string>,
  outDir: string,
): Measurement {
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

/** Builds once, untimed, as `npm run build` does, with `env` on top of this process's. */
export function buildOnce(env: Record<string, string>): void {
  const build = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}

/** A bare Astro 5 site: one trivial .astro file per route, `pages` of them, nothing else. */
export function bareSite(pages: number): string {
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

export const msPerPage = (m: Measurement) => (m.seconds * 1000) / m.pages;
