import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { checkContentTree } from '../../src/lib/content/check-tree.ts';
import { TMP, composeTree } from '../helpers/fixtures.ts';
import { buildTree } from '../helpers/build.ts';
import { copyTree, mutate, random, restore, type Mutation } from '../helpers/mutate.ts';

/**
 * Editors cannot break the check or the build: a few hundred seeded mutations of the default
 * tree (values, bodies, encodings, file names, links, syntax), each checked in-process. Every run
 * ends in either a valid tree or a report whose every line is `file: field — rule`, with no stack
 * frame, no jargon and no personal data as written; and trees the check accepts do build.
 * FUZZ_SEED and FUZZ_RUNS change the seed and the number of runs.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 17);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const BUILDS = 3;
const CONTENT = resolve(import.meta.dirname, '../../content');

const REPORT_LINE = /^ {2}[^\s:][^:]*: (?:\S[^—]* — )?\S.*$/;
const JARGON =
  /\bat .+:\d+:\d+\)?$|\b(undefined|NaN|nan|ZodError|invalid_type|ENOENT|EACCES|ELOOP|EISDIR|ENOTDIR|errno|Unexpected token|acorn|U\+[0-9A-F]{4} before name)\b/m;

interface Run {
  index: number;
  mutations: Mutation[];
  ok: boolean;
  message: string;
  dir: string;
}

/** One working copy, restored after every run. */
const WORK = join(TMP, 'fuzz', 'work');

function runOnce(index: number): Run {
  const rng = random(SEED * 100_003 + index);
  const mutations = Array.from({ length: 1 + rng.int(3) }, () => mutate(WORK, rng));
  try {
    const outcome = checkContentTree(WORK, {});
    return { index, mutations, ok: outcome.ok, message: outcome.message, dir: WORK };
  } finally {
    restore(CONTENT, WORK, mutations.flatMap((m) => m.touched).reverse());
  }
}

describe(`seeded fuzzing of the default tree (seed ${SEED}, ${RUNS} runs)`, () => {
  const accepted: Array<{ index: number; mutations: Mutation[] }> = [];
  let refused = 0;

  it('ends every run in a valid tree or a plain report, never a crash or a leak', async () => {
    copyTree(CONTENT, WORK);
    for (let index = 0; index < RUNS; index += 1) {
      // Each check is synchronous; between runs the runner's messages get through (a worker
      // deaf for a minute fails the whole run with "Timeout calling onTaskUpdate").
      await setImmediate();
      let run: Run;
      try {
        run = runOnce(index);
      } catch (error) {
        throw new Error(`run ${index} (seed ${SEED}) threw: ${String(error)}`);
      }
      const what = `run ${index} (seed ${SEED}): ${run.mutations.map((m) => m.description).join('; ')}\n${run.message}`;
      if (run.ok) {
        expect(run.message, what).toMatch(/^✓ Content is valid/);
        accepted.push({ index, mutations: run.mutations });
        continue;
      }
      refused += 1;
      const lines = run.message.split('\n');
      expect(lines[0], what).toMatch(
        /^The content has \d+ problems? in \d+ files?; nothing was built\.$/,
      );
      const body = lines.slice(2, -2).filter((line) => line !== '');
      expect(body.length, what).toBeGreaterThan(0);
      for (const line of body) expect(line, what).toMatch(REPORT_LINE);
      expect(run.message, what).not.toMatch(JARGON);
      for (const data of run.mutations.flatMap((m) => m.pilotPersonalData)) {
        expect(run.message, what).not.toContain(data);
        expect(run.message, what).not.toContain(data.normalize('NFKC').replace(/\D/g, '') || '\0');
      }
    }
    // Both outcomes happen, or the mutations test nothing.
    expect(refused).toBeGreaterThan(RUNS / 4);
    expect(accepted.length).toBeGreaterThan(0);
  }, 900_000);

  it(`builds the trees the check accepts (the first ${BUILDS})`, async () => {
    expect(accepted.length).toBeGreaterThanOrEqual(BUILDS);
    for (const { index, mutations } of accepted.slice(0, BUILDS)) {
      const rng = random(SEED * 100_003 + index);
      const dir = copyTree(CONTENT, join(TMP, 'fuzz', `build-${index}`));
      const again = Array.from({ length: 1 + rng.int(3) }, () => mutate(dir, rng));
      expect(again.map((m) => m.description)).toEqual(mutations.map((m) => m.description));
      const { status, output } = await buildTree(dir, `fuzz-${index}`, { OG_IMAGES: 'off' });
      expect(
        status,
        `run ${index}: ${mutations.map((m) => m.description).join('; ')}\n${output}`,
      ).toBe(0);
    }
  }, 600_000);

  it('builds a tree whose frontmatter another YAML reader would read differently', async () => {
    // YAML 1.2 keeps these as text; a YAML 1.1 reader makes a date, a boolean and a short title.
    const dir = composeTree('valid');
    const criterion = join(dir, 'criteria/lv/1.2.md');
    writeFileSync(
      criterion,
      readFileSync(criterion, 'utf8').replace('title: Pārvaldība', 'title: 2012-03-01'),
    );
    const news = join(dir, 'news/lv/pilots-start.md');
    writeFileSync(
      news,
      readFileSync(news, 'utf8').replace('title: Sākas pilotprojekti', 'title: Part one ---'),
    );
    const glossary = join(dir, 'glossary/lv/self-assessment.md');
    writeFileSync(
      glossary,
      readFileSync(glossary, 'utf8').replace('  - pašnovērtējuma', '  - pašnovērtējuma\n  - yes'),
    );
    expect(checkContentTree(dir, {}).ok).toBe(true);
    const { status, output } = await buildTree(dir, 'fuzz-yaml', { OG_IMAGES: 'off' });
    expect(status, output).toBe(0);
  });
});
