import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTree } from '../../scripts/generate-tree.ts';
import { TMP, composeTree } from '../helpers/fixtures.ts';
import { buildTree, type BuildOutcome } from '../helpers/build.ts';

/** Every published text file of a build: pages, data downloads, sitemaps. */
function publishedFiles(outDir: string): Array<{ file: string; text: string }> {
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => /\.(html|json|csv|xml|txt)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(outDir, file), 'utf8') }));
}

describe('a pilot alone in its region, with extreme scores and a unique strength', () => {
  let build: BuildOutcome;
  beforeAll(async () => {
    build = await buildTree(composeTree('lonely-pilot'), 'lonely-pilot');
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('never has its region named in any published file', () => {
    // The self-assessment tool offers every region of the taxonomy as a choice for the ministry
    // file: the vocabulary, tied to no pilot, so it is not a published figure.
    const naming = publishedFiles(build.outDir).filter(
      ({ file, text }) =>
        !file.includes('self-assessment/') && /Dienvidi|"south"|\bSouth\b/.test(text),
    );
    expect(naming.map((f) => f.file)).toEqual([]);
  });

  it('is not tied to its region in the search index either', () => {
    const index = (readdirSync(join(build.outDir, 'pagefind'), { recursive: true }) as string[])
      .filter((file) => /\.pf_(fragment|index|meta|filter)$/.test(file))
      .map((file) =>
        gunzipSync(readFileSync(join(build.outDir, 'pagefind', file))).toString('utf8'),
      );
    expect(index.length).toBeGreaterThan(0);
    expect(index.some((text) => text.includes('blue horse'))).toBe(true);
    expect(index.filter((text) => /Dienvidi|South/.test(text))).toEqual([]);
  });

  it('has its strength published only as a bare text, with no region beside it', () => {
    const withText = publishedFiles(build.outDir).filter(
      ({ text }) => text.includes('blue horse') || text.includes('zilu zirgu'),
    );
    expect(withText.length).toBeGreaterThan(0);
    for (const { text } of withText) expect(text).not.toMatch(/Dienvidi|South/);
  });

  it('merges the rare region into "Other", and shows no region table when "Other" is all it would hold', () => {
    const results = readFileSync(join(build.outDir, 'en/results/index.html'), 'utf8');
    // Every region is rare here: a table with one "Other" row would only repeat the total.
    expect(results).not.toContain('Results by planning region');
    expect(results).toContain('Results by Region are not shown');
  });

  it('offers the same figures as CSV and JSON downloads', () => {
    const csv = readFileSync(join(build.outDir, 'data/results.csv'), 'utf8');
    const json = JSON.parse(readFileSync(join(build.outDir, 'data/results.json'), 'utf8')) as {
      rows: unknown[];
    };
    // A byte order mark first, so spreadsheet software set to Latvian reads it as UTF-8.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'scope,id,kind,label_lv,label_en,n,missing,mean,median,q1,q3,bands,dimensions,hidden',
    );
    expect(csv.trim().split('\r\n')).toHaveLength(json.rows.length + 1);
    expect(csv).toContain('by-region,_other,');
  });

  it('holds in the open data exactly the figures the pages show: hidden rows carry nothing', () => {
    const json = JSON.parse(readFileSync(join(build.outDir, 'data/results.json'), 'utf8')) as {
      rows: Array<Record<string, unknown> & { scope: string; id: string; mean: number | null }>;
    };
    const page = readFileSync(join(build.outDir, 'en/results/index.html'), 'utf8');
    const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    for (const row of json.rows) {
      if (row['hidden']) {
        for (const key of ['n', 'missing', 'mean', 'median', 'q1', 'q3', 'bands', 'dimensions'])
          expect(row[key], `${row.scope} ${row.id} ${key}`).toBeNull();
      } else if (row.scope === 'criterion' && !row.id.includes('.')) {
        // A top-level criterion's mean is in the score profile table of the results page.
        expect(page).toContain(`>${number.format(row.mean ?? Number.NaN)}<`);
      }
      if (row.scope.startsWith('by-')) {
        expect(row['n']).toBeNull();
        expect(row['median']).toBeNull();
      }
    }
    // And the pages say nothing per hidden figure: no reasons, no "Note" column.
    expect(page).not.toMatch(
      /fewer than \d+ pilots\.|all pilots in one band|<th scope="col">Note<\/th>/,
    );
  });

  it('marks every results and report page as illustrative data', () => {
    for (const page of ['results/index.html', 'en/results/1/index.html', 'data/index.html']) {
      expect(readFileSync(join(build.outDir, page), 'utf8')).toContain('notice--sample');
    }
  });
});

describe('a tree with no pilots', () => {
  it('builds and its results pages say there are no results yet', async () => {
    const dir = join(TMP, 'trees', 'no-pilots');
    generateTree(dir, { criteria: 3, locales: ['en'], defaultLocale: 'en', pilots: 0 });
    const { status, output, outDir } = await buildTree(dir, 'no-pilots');
    expect(status, output).toBe(0);
    expect(readFileSync(join(outDir, 'results/index.html'), 'utf8')).toContain(
      'There are no results yet.',
    );
    expect(readFileSync(join(outDir, 'results/2/index.html'), 'utf8')).toContain(
      'There are no results yet.',
    );
    expect(JSON.parse(readFileSync(join(outDir, 'data/results.json'), 'utf8')).rows).toEqual([]);
  });
});
