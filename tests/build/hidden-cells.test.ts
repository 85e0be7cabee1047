/**
 * Issue #24's tree, built: ten pilots, k = 3; Latgale's three seniors' homes all fall in one band
 * (their mean is hidden), and Kurzeme's three social services are also the only "50 or more
 * staff" providers. An outsider who knows the participant list reads the published figures from
 * `dist/` alone and works out how narrowly Latgale's hidden enablers mean can be pinned.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kind, Pilot } from '../../src/lib/content/schemas/index.ts';
import type { PublishedResults } from '../../src/lib/results/publish.ts';
import { hiddenFigures, hiddenIntervals } from '../helpers/attacker.ts';
import { buildTree, type BuildOutcome } from '../helpers/build.ts';
import { FIXTURES, composeTree } from '../helpers/fixtures.ts';

interface Row {
  scope: string;
  id: string;
  kind: string;
  mean: number | null;
  hidden: boolean;
}

/** The published figures as a reader gets them from the open data. */
function readPublished(outDir: string): {
  results: PublishedResults;
  codes: Array<{ code: string; kind: Kind }>;
} {
  const { rows } = JSON.parse(readFileSync(join(outDir, 'data/results.json'), 'utf8')) as {
    rows: Row[];
  };
  const figure = (row: Row) => (row.mean === null ? { hidden: true as const } : { mean: row.mean });
  const fields = ['region', 'serviceType', 'staffBand'] as const;
  return {
    codes: rows
      .filter((r) => r.scope === 'criterion')
      .map((r) => ({ code: r.id, kind: r.kind as Kind })),
    results: {
      k: 3,
      pilotCount: 10,
      published: true,
      criteria: Object.fromEntries(
        rows.filter((r) => r.scope === 'criterion').map((r) => [r.id, figure(r)]),
      ),
      kinds: Object.fromEntries(
        rows.filter((r) => r.scope === 'kind').map((r) => [r.id, figure(r)]),
      ),
      breakdowns: fields.map((field) => {
        const mine = rows.filter((r) => r.scope === `by-${field}`);
        return {
          field,
          rows: [...new Set(mine.map((r) => r.id))].map((id) => ({
            id,
            n: 0,
            values: Object.fromEntries(
              mine.filter((r) => r.id === id).map((r) => [r.kind, figure(r)]),
            ),
          })),
        };
      }),
      notes: { strengths: {}, improvements: {} },
      statistics: [],
    },
  };
}

describe('a hidden figure on the built site (issue #24)', () => {
  let build: BuildOutcome;
  /** The participant list: who is where, and who assessed what (the scores only for their shape). */
  const pilots = readdirSync(join(FIXTURES, 'hidden-cell/pilots')).map(
    (file) => JSON.parse(readFileSync(join(FIXTURES, 'hidden-cell/pilots', file), 'utf8')) as Pilot,
  );
  beforeAll(async () => {
    build = await buildTree(composeTree('hidden-cell'), 'hidden-cell');
  }, 240_000);

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('leaves Latgale’s hidden enablers mean at least 10 points wide and across two bands, from dist/ alone', async () => {
    const { results, codes } = readPublished(build.outDir);
    const latgale = hiddenFigures(results, pilots, codes).filter(
      (h) => h.figure === 'region latgale enabler',
    );
    expect(latgale).toHaveLength(1);
    const [interval] = await hiddenIntervals(results, pilots, codes, latgale);
    const { min = 0, max = 0 } = interval ?? {};
    expect(max - min).toBeGreaterThanOrEqual(10);
    // The enablers panel's bands: 0–10, 11–30, 31–50, 51–70, 71–90, 91–100.
    const band = (v: number) => [10, 30, 50, 70, 90].filter((edge) => v > edge).length;
    expect(band(min)).not.toBe(band(max));
  });

  it('hides "50 or more staff" with Kurzeme: the same three providers under another name', () => {
    const { results } = readPublished(build.outDir);
    const row = (field: string, id: string) =>
      results.breakdowns.find((b) => b.field === field)?.rows.find((r) => r.id === id)?.values
        .enabler;
    expect(row('region', 'kurzeme')).toEqual({ hidden: true });
    expect(row('staffBand', '50-plus')).toEqual({ hidden: true });
  });

  it('says on the results page how the figures are protected, and how many are hidden', () => {
    const page = readFileSync(join(build.outDir, 'en/results/index.html'), 'utf8');
    expect(page).toContain('How the figures are protected');
    expect(page).toMatch(/\d+ figures? (is|are) hidden in this release/);
  });
});
