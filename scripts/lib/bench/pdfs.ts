/**
 * The bench's `pdfs` part: the shipped content with its handout and event-bundle PDFs printed
 * cold (empty cache), warm (every PDF reused) and not at all (PDFS=off).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, measureOnce, ROOT, RUNS, WORK } from './measure.ts';
import { table } from './table.ts';

export function benchPdfs(): void {
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
