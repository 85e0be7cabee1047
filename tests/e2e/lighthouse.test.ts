import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIGHTHOUSE_PAGES,
  lighthousePages,
  startPreview,
  type PageFigures,
} from '../../scripts/lib/lighthouse.ts';
import { DEFAULT_SITE } from './global-setup.ts';

/**
 * Five kinds of page, each with the most script and CSS it may load (decoded bytes). Content pages
 * load no script at all; the other budgets are what the pages loaded when this test was written
 * plus about 10 %: a jump past them is a change someone should look at. The performance score
 * depends on the machine's load, so it is measured by `npm run bench -- lighthouse`, not here.
 */
const PAGES = [
  { path: LIGHTHOUSE_PAGES.home, script: 0, css: 24_000 },
  { path: LIGHTHOUSE_PAGES.criterion, script: 0, css: 24_000 },
  { path: LIGHTHOUSE_PAGES.results, script: 0, css: 24_000 },
  // Measured 2026-12-05: search 99,245 B of script (its own and Pagefind's), 19,989 B of CSS;
  // the self-assessment tool 150,353 B and 23,548 B; content pages 0 B and 19,989 B.
  { path: LIGHTHOUSE_PAGES.search, script: 110_000, css: 24_000 },
  { path: LIGHTHOUSE_PAGES.selfAssessment, script: 165_000, css: 28_000 },
];

let site: Awaited<ReturnType<typeof startPreview>>;
let figures: PageFigures[] = [];

beforeAll(async () => {
  // Served by `astro preview`, what `npm run preview` runs, from the site the e2e setup built.
  site = await startPreview(DEFAULT_SITE);
  figures = await lighthousePages(
    site.url,
    PAGES.map((page) => page.path),
  );
  console.log(
    figures
      .map(
        (f) =>
          `${f.path}: ${Object.entries(f.scores)
            .map(([id, score]) => `${id} ${score}`)
            .join(
              ', ',
            )}; CLS ${f.cumulativeLayoutShift.toFixed(3)}; script ${f.scriptBytes} B, CSS ${f.cssBytes} B`,
      )
      .join('\n'),
  );
  // About two minutes on a 2-core machine; more when other builds share it.
}, 600_000);

afterAll(async () => {
  await site?.close();
});

describe.each(PAGES)('Lighthouse on $path (mobile profile)', (page) => {
  const of = () => figures.find((f) => f.path === page.path);

  it('scores 100 for accessibility, best practices and SEO', () => {
    const found = of();
    expect(found?.failing, page.path).toEqual([]);
    expect(found?.scores.accessibility).toBe(100);
    expect(found?.scores['best-practices']).toBe(100);
    expect(found?.scores.seo).toBe(100);
  });

  it('keeps still while it loads (cumulative layout shift < 0.1)', () => {
    expect(of()?.cumulativeLayoutShift).toBeLessThan(0.1);
  });

  it('loads no more script and CSS than its budget, and nothing from another site', () => {
    const found = of();
    expect(found?.scriptBytes).toBeLessThanOrEqual(page.script);
    expect(found?.cssBytes).toBeGreaterThan(0);
    expect(found?.cssBytes).toBeLessThanOrEqual(page.css);
    expect(found?.thirdParty).toEqual([]);
  });
});
