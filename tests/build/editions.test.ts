import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeTree } from '../helpers/fixtures.ts';
import { buildTree, checkTree } from '../helpers/build.ts';
import { brokenLinks, listPages } from '../helpers/site-files.ts';

// The fixture: edition "draft" (older) has 1.3 where the current "v1" has 1.2, a 1.2 and a whole
// criterion 3 that v1 removed, and five result bands; v1 added 2.2. Three pilots each.
describe('astro build on a tree with two editions', () => {
  let status: number | null = null;
  let output = '';
  let outDir = '';
  beforeAll(async () => {
    ({ status, output, outDir } = await buildTree(composeTree('editions'), 'editions', {
      OG_IMAGES: 'off',
    }));
  }, 600_000);
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const text = (path: string) =>
    page(path)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('builds both editions: the current one at its usual URLs, the older under its prefix', () => {
    expect(status, output).toBe(0);
    expect(page('criteria/2.2')).toContain('Rezultatīvie rādītāji');
    expect(page('editions/draft/criteria/1.3')).toContain('Pārvaldība');
    expect(page('en/editions/draft/criteria/1.1')).toContain('Mission and values.');
    expect(existsSync(join(outDir, 'editions/draft/criteria/2.2/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'editions/v1'))).toBe(true); // only its change page
    expect(existsSync(join(outDir, 'editions/v1/criteria'))).toBe(false);
  });

  it('keeps the page of a criterion the current edition removed, with the banner and no broken link', () => {
    const removed = page('en/editions/draft/criteria/3');
    expect(removed).toContain('You are reading an older edition: Pilot draft');
    // Nothing in the current edition corresponds to criterion 3: the banner leads to the overview.
    expect(removed).toMatch(/<a href="\/en\/criteria\/">This page has no counterpart/);
    expect(text('en/editions/draft/criteria/3')).toContain('Removed in Validated version.');
    expect(brokenLinks(outDir)).toEqual([]);
  });

  it('puts the banner on every page of the older edition and on none of the current one', () => {
    const pages = listPages(outDir);
    const older = pages.filter((p) => /^\/(en\/)?editions\/draft\//.test(p.path));
    expect(older.length).toBeGreaterThan(10);
    for (const { file } of older) expect(readFileSync(file, 'utf8')).toContain('notice--edition');
    for (const { file } of pages.filter((p) => !p.path.includes('/editions/')))
      expect(readFileSync(file, 'utf8')).not.toContain('notice--edition');
  });

  it('shows a renumbered sub-criterion as renumbered, not as removed and added', () => {
    const changes = text('en/editions/v1/changes');
    expect(changes).toContain('Renumbered from 1.3 to 1.2');
    expect(changes).not.toMatch(/1\.3 \S+ — Removed/);
    expect(changes).not.toMatch(/1\.2 Pārvaldība — New/);
    expect(changes).toMatch(/1\.2 Darbinieku motivēšana — Removed/);
    expect(changes).toMatch(/2\.2 Rezultatīvie rādītāji — New/);
    expect(changes).toContain('Band 71–100: Removed');
    expect(text('editions/v1/changes')).toContain('Pārnumurēts no 1.3 uz 1.2');
  });

  it('leads the switcher of a renumbered sub-criterion to its page in the other edition', () => {
    expect(page('en/editions/draft/criteria/1.3')).toContain('href="/en/criteria/1.2/"');
    expect(page('en/criteria/1.2')).toContain('href="/en/editions/draft/criteria/1.3/"');
    expect(text('en/criteria/1.2')).toContain('Was 1.3 in Pilot draft.');
  });

  it('publishes each edition from its own pilots, and says which edition in the open data', () => {
    expect(text('en/results')).toContain(
      'These results come from the 3 pilots that assessed Validated version',
    );
    expect(text('en/editions/draft/results')).toContain(
      'These results come from the 3 pilots that assessed Pilot draft',
    );
    const data = JSON.parse(readFileSync(join(outDir, 'data/results.json'), 'utf8')) as {
      editions: Array<{ id: string; pilotCount: number | null }>;
      rows: Array<{ edition: string; id: string; scope: string }>;
    };
    expect(data.editions).toEqual([
      { id: 'draft', published: true, pilotCount: 3 },
      { id: 'v1', published: true, pilotCount: 3 },
    ]);
    const criteriaOf = (edition: string) =>
      data.rows.filter((r) => r.edition === edition && r.scope === 'criterion').map((r) => r.id);
    expect(criteriaOf('draft')).toContain('3.1');
    expect(criteriaOf('v1')).not.toContain('3.1');
    expect(readFileSync(join(outDir, 'data/results.csv'), 'utf8')).toMatch(
      /^\uFEFFedition,scope,id,/,
    );
  });
});

describe('pilots and the edition they name', () => {
  it('refuses a score for a code only the older edition has when the pilot names no edition', async () => {
    const { status, output } = await checkTree(
      composeTree('faults/edition-code-not-named', [], 'editions'),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'pilots/P04.json: scores["1.3"] — "1.3" is not a criterion code of this methodology (it is one of edition "draft": name that edition in "edition")',
    );
  });

  it('accepts the same score when the pilot names the older edition', async () => {
    const { status, output } = await checkTree(composeTree('editions'));
    expect(status, output).toBe(0);
    expect(output).toContain('2 editions');
  });
});
