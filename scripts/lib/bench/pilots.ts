/**
 * The bench's `pilots` part: 9, 2,000 and 20,000 pilots on the same 9 criteria in 2 locales (no
 * OG images), each beside a bare Astro site of the same page count. Pilots are aggregated once and
 * never reach Astro, so time and memory should barely move.
 */
import { join } from 'node:path';
import { generateTree } from '../../generate-tree.ts';
import { bareSite, measure, RUNS, WORK, type Measurement } from './measure.ts';
import { table } from './table.ts';

/** The pilot-scaling scenarios: only the number of pilots changes. */
const PILOT_SCENARIOS = [9, 2000, 20000];

export function benchPilots(): void {
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
