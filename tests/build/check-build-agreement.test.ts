import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load-tree.ts';
import { REPORT_COMPONENTS } from '../../src/lib/content/rules/report-components.ts';
import { QUASI_IDENTIFIERS } from '../../src/lib/content/schemas/taxonomies.ts';
import { buildTree, checkTree } from '../helpers/build.ts';
import { composeTree } from '../helpers/fixtures.ts';

/** A small seeded generator, so a failing draw can be repeated: the seed is in the test name. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 23;
const next = random(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

// The editions fixture without its current edition's pilots: the draft's results are the ones
// the results pages and the chapters show, so a component may name a code of either edition.
const tree = composeTree('editions', ['pilots/P01.json', 'pilots/P02.json', 'pilots/P03.json']);
const loaded = loadContentTree(tree).tree;
const CODES = [
  ...new Set(
    [...(loaded?.criteria ?? []), ...(loaded?.editions.flatMap((e) => e.criteria) ?? [])].map(
      (c) => c.data.code,
    ),
  ),
  '9.9',
];
const GROUPINGS = [...QUASI_IDENTIFIERS.map((q) => q.field as string), 'shoeSize'];
const EDITIONS = [undefined, 'draft', 'v1'];

/** One component with attributes drawn from every edition's codes and every grouping. */
function component(): string {
  const name = pick(Object.keys(REPORT_COMPONENTS)) as keyof typeof REPORT_COMPONENTS;
  const spec: Readonly<Record<string, string>> = REPORT_COMPONENTS[name];
  const attributes = Object.entries(spec).map(
    ([attribute, kind]) => `${attribute}="${kind === 'code' ? pick(CODES) : pick(GROUPINGS)}"`,
  );
  return `<${[name, ...attributes].join(' ')} />`;
}

const body = () => Array.from({ length: 3 }, component).join('\n\n');
const REPORTS = 14;

describe(`check and build agree on report components (seed ${SEED})`, () => {
  let kept: string[] = [];
  let refused: string[] = [];
  let status: number | null = null;
  let output = '';
  let outDir = '';
  beforeAll(async () => {
    mkdirSync(join(tree, 'reports/lv'), { recursive: true });
    const files: string[] = [];
    for (let i = 1; i <= REPORTS; i += 1) {
      const edition = pick(EDITIONS);
      const file = `reports/lv/random-${i}.mdx`;
      writeFileSync(
        join(tree, file),
        `---\ntitle: Pārskats ${i}\ndescription: Nejaušs pārskats.\ndate: 2012-03-01\n${edition ? `edition: ${edition}\n` : ''}---\n\n${body()}\n`,
      );
      files.push(file);
    }
    const chapter = 'methodology/lv/about.mdx';
    writeFileSync(join(tree, chapter), `${readFileSync(join(tree, chapter), 'utf8')}\n${body()}\n`);
    files.push(chapter);
    // What the check refuses is taken out; what is left is a tree the check accepts.
    const problems = new Set(loadContentTree(tree).problems.map((p) => p.file));
    refused = files.filter((f) => problems.has(f));
    kept = files.filter((f) => !problems.has(f));
    for (const file of refused) rmSync(join(tree, file));
    ({ status, output, outDir } = await buildTree(tree, 'check-build-agreement', {
      OG_IMAGES: 'off',
    }));
  }, 600_000);

  it('draws components the check refuses and components it accepts', () => {
    expect(refused.length).toBeGreaterThan(0);
    expect(kept.filter((f) => f.startsWith('reports/')).length).toBeGreaterThan(0);
  });

  it('builds every tree the check accepts, with every accepted report on its page', async () => {
    const check = await checkTree(tree);
    expect(check.status, check.output).toBe(0);
    expect(status, output).toBe(0);
    for (const file of kept.filter((f) => f.startsWith('reports/'))) {
      const slug = file.replace(/^reports\/lv\/(.+)\.mdx$/, '$1');
      const number = slug.replace('random-', '');
      expect(readFileSync(join(outDir, 'reports', slug, 'index.html'), 'utf8')).toContain(
        `Pārskats ${number}</h1>`,
      );
    }
  });
});
