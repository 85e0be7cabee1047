/**
 * Each finding of the attack on the published site (issue #16), rebuilt as a small set of pilots:
 * first shown to work with the audit switched off where it is an LP attack, then shown refused or
 * protected. The attacker is tests/helpers/attacker.ts, which shares no code with the audit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandCountsProtect } from '../../../src/lib/anonymity/band-counts.ts';
import { namedValues } from '../../../src/lib/anonymity/free-text.ts';
import { fingerprint, releaseProblems, shapeOf } from '../../../src/lib/anonymity/release.ts';
import { leafCodes } from '../../../src/lib/content/codes.ts';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import type { Pilot } from '../../../src/lib/content/schemas/index.ts';
import { publishResults, type Figure } from '../../../src/lib/results/publish.ts';
import { attack } from '../../helpers/attacker.ts';
import { composeTree } from '../../helpers/fixtures.ts';
import { CODES, PANELS, pilot } from '../../helpers/pilots.ts';

const WIDTH = 10;
const EDGES = [10, 30, 50, 70, 90];
const publish = (pilots: Pilot[], audit = true, releases = undefined as never) =>
  publishResults({
    pilots,
    codes: CODES,
    panels: PANELS,
    k: 3,
    defaultLocale: 'en',
    protectionWidth: WIDTH,
    audit,
    ...(releases ? { releases } : {}),
  });
const full = (base: number, step = 7) =>
  Object.fromEntries(
    ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2'].map((c, j) => [c, (base + j * step) % 101]),
  );

/** Attacks as an outsider and as every pilot in turn. */
async function narrowed(pilots: Pilot[], audit: boolean) {
  const results = await publish(pilots, audit);
  const found = [];
  for (const insider of [undefined, ...pilots.map((p) => p.id)])
    found.push(...(await attack(results, pilots, CODES, WIDTH, EDGES, insider)));
  return found;
}

describe('finding: two releases', () => {
  const first = Array.from({ length: 5 }, (_, i) => pilot(`P${i}`, {}, full(10 + i * 17)));
  const leaves = leafCodes(CODES.map((c) => c.code));
  const release = async (pilots: Pilot[]) => ({
    released: '2026-01-15',
    pilots: pilots.map((p) => ({
      id: p.id,
      fingerprint: fingerprint(p),
      shape: shapeOf(p, leaves),
    })),
    statistics: (await publish(pilots)).statistics,
  });

  it('refuses a release that adds one pilot, and says how many more are needed', async () => {
    const problems = releaseProblems(
      [...first, pilot('P9', {}, full(33))],
      [await release(first)],
      3,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('by 1 (added P9)');
    expect(problems[0]?.message).toContain('add 2 more');
  });

  it('compares a release only with the pilots of the edition it recorded', async () => {
    // The recorded release is the draft's; one new pilot of the current edition is not a
    // one-pilot difference from it (each edition is published on its own), one more draft pilot is.
    const draft = first.map((p) => ({ ...p, edition: 'draft' }));
    const recorded = { ...(await release(draft)), edition: 'draft' };
    const current = pilot('C1', {}, full(40));
    expect(releaseProblems([...draft, current], [recorded], 3, 'v2')).toEqual([]);
    const more = { ...pilot('P9', {}, full(33)), edition: 'draft' };
    const problems = releaseProblems([...draft, current, more], [recorded], 3, 'v2');
    expect(problems[0]?.message).toContain('by 1 (added P9)');
    // A release without an edition is the current edition's: draft pilots do not count against it.
    const drafts = draft.map((p) => ({ ...p, id: `D${p.id}` }));
    const later = releaseProblems([...first, current, ...drafts], [await release(first)], 3, 'v2');
    expect(later.map((p) => p.message)).toEqual([expect.stringContaining('by 1 (added C1)')]);
  });

  it('counts a changed pilot (a new text) as a change too', async () => {
    const changed = first.map((p, i) =>
      i === 0 ? { ...p, strengths: [{ criterion: '1.1', text: { en: 'New.' } }] } : p,
    );
    expect(releaseProblems(changed, [await release(first)], 3)[0]?.message).toContain('changed P0');
  });

  it('leaves out a pilot whose file has a mistake of its own, and still counts the others', async () => {
    const changed = first.map((p, i) =>
      i < 2 ? { ...p, strengths: [{ criterion: '1.1', text: { en: `New ${i}.` } }] } : p,
    );
    const recorded = [await release(first)];
    // Without the rule, two changed pilots are a release problem.
    expect(releaseProblems(changed, recorded, 3)).toHaveLength(1);
    // Both broken (their files have problems of their own): each mistake is reported once.
    expect(releaseProblems(changed, recorded, 3, '', new Set(['P0', 'P1']))).toEqual([]);
    // A broken pilot that did not even parse is not counted as removed either.
    expect(releaseProblems(first.slice(1), recorded, 3, '', new Set(['P0']))).toEqual([]);
    // The other changed pilot is still reported, on its own.
    const rest = releaseProblems(changed, recorded, 3, '', new Set(['P0']));
    expect(rest.map((p) => p.message)).toEqual([expect.stringContaining('by 1 (changed P1)')]);
  });

  it('accepts k new pilots, and audits the new figures together with the recorded ones', async () => {
    const next = [...first, ...[0, 1, 2].map((i) => pilot(`N${i}`, {}, full(5 + i * 31, 11)))];
    expect(releaseProblems(next, [await release(first)], 3)).toEqual([]);
    const results = await publishResults({
      pilots: next,
      codes: CODES,
      panels: PANELS,
      k: 3,
      defaultLocale: 'en',
      protectionWidth: WIDTH,
      releases: [await release(first)],
    });
    expect(results.audit?.exposedByEarlier).toBe(0);
  });

  it('is refused by the validator in a tree with releases.json', () => {
    const { problems } = loadContentTree(composeTree('faults/release-too-few-changes'));
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual(['releases.json: releases[0]']);
  });
});

describe('finding: a pilot merged into "Other" with a group another table names', () => {
  // Region "Other" = P5–P8; service type "care-home" = P6–P8: Other less care-home is P5 alone.
  const pilots = [
    ...[1, 2, 3, 4].map((i) => pilot(`P${i}`, { region: 'riga' }, full(i * 19))),
    pilot('P5', { region: 'latgale' }, full(64)),
    ...(['vidzeme', 'zemgale', 'kurzeme'] as const).map((region, j) =>
      pilot(`P${j + 6}`, { region, serviceType: 'care-home' }, full((j + 6) * 13)),
    ),
  ];
  it('gives P5 away without the audit', async () => {
    expect((await narrowed(pilots, false)).length).toBeGreaterThan(0);
  }, 60_000);
  it('is protected with it', async () => {
    expect(await narrowed(pilots, true)).toEqual([]);
  }, 60_000);
});

describe('finding: hidden cells that tell', () => {
  const pilots = Array.from({ length: 6 }, (_, i) =>
    pilot(
      `P${i}`,
      { region: i < 4 ? 'riga' : 'latgale' },
      { ...full(10 + i * 13), '2.2': i < 2 ? 40 : null },
    ),
  );
  it('publish nothing about themselves: no n, no missing, no reason', async () => {
    const results = await publish(pilots);
    const figures: Figure[] = [
      ...Object.values(results.criteria),
      ...Object.values(results.kinds),
      ...results.breakdowns.flatMap((b) => b.rows.flatMap((r) => Object.values(r.values))),
    ];
    expect(figures.some((f) => f.hidden)).toBe(true);
    for (const f of figures.filter((x) => x.hidden)) expect(f).toEqual({ hidden: true });
  });
});

describe('finding: an insider and the one-band reason', () => {
  it('never publishes band counts from which an insider reads the others’ bands', () => {
    // Two in 0–10 and one in 31–50: the one in 31–50 knows the other two are in 0–10.
    expect(bandCountsProtect([5, 8, 40], PANELS[0]!.bands, 17.7, WIDTH)).toBe(false);
    expect(bandCountsProtect([5, 8, 40, 45, 20, 25], PANELS[0]!.bands, 23.8, WIDTH)).toBe(true);
  });
});

describe('finding: free text names a type one pilot holds', () => {
  const rare = [
    {
      field: 'serviceType',
      id: 'foundation',
      labels: { lv: 'Nodibinājums (NVO)', en: 'Foundation (NGO)' },
    },
  ];
  it('finds the label in any case form, in any locale', () => {
    expect(namedValues('Nodibinājumam ir ilgstoša sadarbība.', rare)).toHaveLength(1);
    expect(namedValues("The foundation's working groups.", rare)).toHaveLength(1);
    expect(namedValues('The organisation has a plan.', rare)).toEqual([]);
  });
  it('is refused by the validator', () => {
    const { problems } = loadContentTree(composeTree('faults/text-names-rare-value'));
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
      'pilots/P04.json: strengths[0].text.lv',
    ]);
    // The name is masked like every value quoted from a pilot file; the field says where it is.
    expect(problems[0]?.rule).toContain('names "D*******", which fewer than 3 pilots share');
  });
  it('passes when an editor marks the text reviewed', () => {
    const dir = composeTree('faults/text-names-rare-value');
    const file = join(dir, 'pilots/P04.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      strengths: Array<Record<string, unknown>>;
    };
    data.strengths[0] = { ...data.strengths[0], reviewed: true };
    writeFileSync(file, JSON.stringify(data));
    expect(loadContentTree(dir).problems).toEqual([]);
  });
});

describe('finding: one skipped sub-criterion', () => {
  const pilots = Array.from({ length: 5 }, (_, i) =>
    pilot(`P${i}`, {}, { ...full(12 + i * 15, 9), ...(i === 0 ? { '2.2': null } : {}) }),
  );
  it('gives the pilot’s own criterion score away without the audit', async () => {
    const found = await narrowed(pilots, false);
    expect(found.some((f) => f.pilot === 'P0')).toBe(true);
  }, 60_000);
  it('is protected with it', async () => {
    expect(await narrowed(pilots, true)).toEqual([]);
  }, 60_000);
});

describe('finding: quartiles from five values', () => {
  it('publishes no median or quartile from fewer than ten, and none for a group', async () => {
    const five = Array.from({ length: 5 }, (_, i) => pilot(`P${i}`, {}, full(i * 20)));
    const twelve = Array.from({ length: 12 }, (_, i) =>
      pilot(`P${i}`, { region: i < 6 ? 'riga' : 'latgale' }, full(i * 8)),
    );
    const a = await publish(five, false);
    expect(
      Object.values(a.criteria).every((f) => f.median === undefined && f.q1 === undefined),
    ).toBe(true);
    const b = await publish(twelve, false);
    expect(Object.values(b.criteria).some((f) => f.median !== undefined)).toBe(true);
    expect(
      b.breakdowns
        .flatMap((x) => x.rows.flatMap((r) => Object.values(r.values)))
        .every((f) => f?.median === undefined),
    ).toBe(true);
  });
});

describe('finding: dimension means next to the sub-criterion mean', () => {
  const dims = (v: number) => ({ plan: v, do: 100 - v, check: v / 2, act: 50 });
  it('are not published when one pilot scored classically', async () => {
    const pilots = [
      ...[0, 1, 2, 3].map((i) => pilot(`F${i}`, {}, { '1.2': dims(20 + i * 20) })),
      pilot('C0', {}, { '1.2': 77 }),
    ];
    expect((await publish(pilots, false)).criteria['1.2']?.dimensions).toBeUndefined();
  });
  it('are not published when every fine-tuned pilot is in one band on a dimension', async () => {
    const pilots = [0, 1, 2].map((i) =>
      pilot(`F${i}`, {}, { '1.2': { ...dims(20 + i * 30), act: 100 } }),
    );
    expect((await publish(pilots, false)).criteria['1.2']?.dimensions).toBeUndefined();
  });
});

describe('finding: band extremes', () => {
  it('drops band counts that pin every member to the top of its band', async () => {
    const pilots = [10, 10, 50].map((v, i) =>
      pilot(`P${i}`, {}, { ...full(20 + i * 30), '1.1': v }),
    );
    const results = await publish(pilots, false);
    expect(results.criteria['1.1']?.mean).toBe(23.3);
    expect(results.criteria['1.1']?.bands).toBeUndefined();
  });
  it('protects three pilots whose mean of 96.3 puts each above 88.8', async () => {
    const pilots = [89, 100, 100].map((v, i) => pilot(`P${i}`, {}, full(v, 0)));
    expect((await narrowed(pilots, false)).length).toBeGreaterThan(0);
    expect(await narrowed(pilots, true)).toEqual([]);
  }, 60_000);
});
