/**
 * `npm run bench`: builds generated trees of growing size and a bare Astro site with the same
 * page count, and prints build time, ms per page, peak memory and the ratio to bare Astro.
 * The ratio is the figure to track: machines differ, the ratio much less.
 *
 * Five parts, all run by default, in this order; name one or more to run only them
 * (`npm run bench -- pilots`). Each is a module of `scripts/lib/bench/`, what they share is
 * `measure.ts` (builds and what they report) and `table.ts`:
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
import { benchLighthouse } from './lib/bench/lighthouse.ts';
import { benchPdfs } from './lib/bench/pdfs.ts';
import { benchPilots } from './lib/bench/pilots.ts';
import { benchSite } from './lib/bench/site.ts';
import { benchTool } from './lib/bench/tool.ts';

const PARTS = process.argv.slice(2);
const runs = (part: string) => PARTS.length === 0 || PARTS.includes(part);

if (runs('pilots')) benchPilots();
if (runs('site')) benchSite();
if (runs('pdfs')) benchPdfs();
if (runs('lighthouse')) await benchLighthouse();
if (runs('tool')) await benchTool();
