/**
 * Generates a synthetic content tree of any size, for tests and benchmarks: n criteria with
 * sub-criteria, any locales (default anywhere in the list), any number of pilots and glossary
 * terms. Deterministic for a given seed. CLI: `tsx scripts/generate-tree.ts <dir> [json options]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TreeOptions {
  criteria: number;
  subcriteriaPerCriterion?: number;
  locales: string[];
  defaultLocale: string;
  pilots: number;
  glossaryTerms?: number;
  minGroupSize?: number;
  seed?: number;
}

/** A small linear congruential generator: the same seed gives the same tree. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const REGIONS = ['north', 'south', 'east', 'west', 'centre'];
const SERVICE_TYPES = ['social-service', 'care-home', 'day-centre'];
const STAFF_BANDS = ['small', 'medium', 'large'];

/** Writes the tree into `dir`, replacing whatever was there. */
export function generateTree(dir: string, options: TreeOptions): void {
  const next = random(options.seed ?? 1);
  const subs = options.subcriteriaPerCriterion ?? 3;
  const labels = (name: string) =>
    Object.fromEntries(options.locales.map((l) => [l, `${name} (${l})`]));
  const write = (file: string, content: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  const json = (file: string, data: unknown) => write(file, `${JSON.stringify(data, null, 2)}\n`);
  const markdown = (file: string, data: Record<string, unknown>, body: string) =>
    write(
      file,
      `---\n${Object.entries(data)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n---\n${body}\n`,
    );

  rmSync(dir, { recursive: true, force: true });
  json('site.json', {
    title: labels('Methodology'),
    publisher: labels('Publisher'),
    locales: options.locales,
    defaultLocale: options.defaultLocale,
    methodology: { version: '1.0', status: 'generated', published: '2012-03-01' },
    anonymity: { minGroupSize: options.minGroupSize ?? 3 },
    sampleData: true,
  });
  const taxonomy = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, labels(id)]));
  json('taxonomies.json', {
    regions: taxonomy(REGIONS),
    serviceTypes: taxonomy(SERVICE_TYPES),
    staffBands: taxonomy(STAFF_BANDS),
  });
  const bands = [0, 11, 31, 51, 71, 91].map((min, i, all) => ({
    min,
    max: (all[i + 1] ?? 101) - 1,
    label: labels(`Band ${i + 1}`),
  }));
  const panel = (id: string, appliesTo: string, dimensions: string[]) =>
    json(`scales/${id}.json`, {
      id,
      appliesTo,
      title: labels(`${id} panel`),
      dimensions: dimensions.map((d) => ({ id: d, label: labels(d) })),
      bands,
    });
  panel('enablers', 'enabler', ['plan', 'do', 'check', 'act']);
  panel('results', 'result', ['trends', 'targets']);

  // Roughly the CAF split: the first 5/9 of the criteria are enablers.
  const enablerCount = Math.max(1, Math.round((options.criteria * 5) / 9));
  const leaves: Array<{ code: string; kind: string }> = [];
  for (let c = 1; c <= options.criteria; c += 1) {
    const kind = c <= enablerCount ? 'enabler' : 'result';
    for (const locale of options.locales) {
      markdown(
        `criteria/${locale}/${c}.md`,
        {
          code: String(c),
          title: `Criterion ${c} (${locale})`,
          summary: `What criterion ${c} covers.`,
          kind,
        },
        `Criterion ${c} explained.`,
      );
      for (let s = 1; s <= subs; s += 1) {
        markdown(
          `criteria/${locale}/${c}.${s}.md`,
          {
            code: `${c}.${s}`,
            title: `Sub-criterion ${c}.${s} (${locale})`,
            summary: `What ${c}.${s} covers.`,
            examples: ['An example.'],
            questions: ['A question?'],
            evidence: ['A record.'],
          },
          `Sub-criterion ${c}.${s} explained.`,
        );
      }
    }
    for (let s = 1; s <= subs; s += 1) leaves.push({ code: `${c}.${s}`, kind });
  }
  for (const locale of options.locales) {
    markdown(
      `methodology/${locale}/about.mdx`,
      { title: `About (${locale})`, description: 'What this is.', order: 1 },
      '## Overview\n\nA generated methodology.',
    );
    for (let g = 1; g <= (options.glossaryTerms ?? 2); g += 1) {
      markdown(
        `glossary/${locale}/term-${g}.md`,
        { term: `term${g}${locale}`, related: ['1'] },
        `Definition of term ${g}.`,
      );
    }
  }
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  const score = () => Math.round(next() * 100);
  for (let p = 1; p <= options.pilots; p += 1) {
    // The contract allows 1–3 letters and 1–4 digits: every 9,999 pilots take the next letter.
    const block = Math.floor((p - 1) / 9999);
    const id = `${'PQRSTUVWXYZ'[block] ?? 'Z'}${String(((p - 1) % 9999) + 1).padStart(4, '0')}`;
    const scores = Object.fromEntries(
      leaves.map(({ code, kind }) => {
        const roll = next();
        if (roll < 0.05) return [code, null];
        if (roll < 0.2)
          return [
            code,
            kind === 'enabler'
              ? { plan: score(), do: score(), check: score(), act: score() }
              : { trends: score(), targets: score() },
          ];
        return [code, score()];
      }),
    );
    const note = () => ({
      criterion: pick(leaves).code,
      text: { [options.defaultLocale]: 'A generated note.' },
    });
    json(`pilots/${id}.json`, {
      id,
      region: pick(REGIONS),
      serviceType: pick(SERVICE_TYPES),
      staffBand: pick(STAFF_BANDS),
      assessed: '2011-10',
      scores,
      strengths: [note()],
      improvements: [note()],
      actions: [{ ...note(), priority: 'medium', due: '2012-06' }],
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, options] = process.argv.slice(2);
  if (!dir) {
    console.error(
      'usage: tsx scripts/generate-tree.ts <dir> \'{"criteria":9,"locales":["lv","en"],"defaultLocale":"lv","pilots":9}\'',
    );
    process.exit(2);
  }
  generateTree(dir, {
    criteria: 9,
    locales: ['lv', 'en'],
    defaultLocale: 'lv',
    pilots: 9,
    ...JSON.parse(options ?? '{}'),
  });
}
