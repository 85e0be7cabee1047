import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import type { EditionChanges } from '../../../src/lib/editions/changes.ts';
import { treeChanges } from '../../../src/lib/editions/list.ts';

// The expected change list is worked out here from the files alone, in a simpler way than the
// generator does it: a criterion keeps its identity through its explanation (body), which the
// default content never rewrites when it renumbers or renames; everything else is compared
// field by field.
const ROOT = resolve(import.meta.dirname, '../../../content');
const site = JSON.parse(readFileSync(join(ROOT, 'site.json'), 'utf8')) as {
  defaultLocale: string;
  editions: Array<{ id: string; current?: boolean }>;
};
const [older, newer] = site.editions;
const folderOf = (id: string) =>
  id === site.editions.find((e) => e.current)?.id ? ROOT : join(ROOT, 'editions', id);

type Fields = Record<string, unknown>;
function readFolder(dir: string): Map<string, Map<string, Fields>> {
  const files = new Map<string, Map<string, Fields>>();
  if (!existsSync(dir)) return files;
  for (const locale of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, locale))) {
      const source = readFileSync(join(dir, locale, name), 'utf8');
      const [, frontmatter = '', body = ''] =
        /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      const data = parse(frontmatter) as Fields;
      const id = name.replace(/\.mdx?$/, '');
      const locales = files.get(id) ?? new Map<string, Fields>();
      locales.set(locale, { ...data, body: body.trim() });
      files.set(id, locales);
    }
  }
  return files;
}

/** A field without its typography (quotation marks, dashes, spacing), which is not a change. */
const words = (value: unknown): unknown =>
  typeof value === 'string'
    ? value
        .replace(/[„“”"]/g, '"')
        .replace(/[–—]/g, '-')
        .replace(/\s+/g, ' ')
        .trim()
    : value;

function differences(
  before: Map<string, Fields> | undefined,
  after: Map<string, Fields> | undefined,
  ignore: readonly string[],
): string[] {
  const out: string[] = [];
  const locales = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
  for (const locale of [...locales].sort()) {
    const old = before?.get(locale);
    const now = after?.get(locale);
    if (!old || !now) {
      out.push(`${locale} translation ${old ? 'removed' : 'added'}`);
      continue;
    }
    const fields = new Set([...Object.keys(old), ...Object.keys(now)]);
    for (const field of [...fields].sort())
      if (!ignore.includes(field) && !isDeepStrictEqual(words(old[field]), words(now[field])))
        out.push(`${locale} ${field}`);
  }
  return out;
}

function expectedCriteria(): string[] {
  const before = readFolder(join(folderOf(older?.id ?? ''), 'criteria'));
  const after = readFolder(join(folderOf(newer?.id ?? ''), 'criteria'));
  const body = (files: Map<string, Fields> | undefined) => files?.get(site.defaultLocale)?.body;
  const out: string[] = [];
  const matched = new Set<string>();
  for (const [code, files] of before) {
    const successor = [...after].find(([, other]) => body(other) === body(files))?.[0];
    if (!successor) {
      out.push(`removed ${code}`);
      continue;
    }
    matched.add(successor);
    const texts = differences(files, after.get(successor), ['code']);
    if (successor !== code) out.push(`${code}→${successor} renumbered`);
    out.push(...texts.map((t) => `${code}→${successor} ${t}`));
  }
  for (const code of after.keys()) if (!matched.has(code)) out.push(`added ${code}`);
  return out.sort();
}

function actualCriteria(changes: EditionChanges): string[] {
  return changes.criteria
    .flatMap((c) => {
      if (c.change === 'added') return [`added ${c.to}`];
      if (c.change === 'removed') return [`removed ${c.from}`];
      const pair = `${c.from}→${c.to}`;
      return [
        ...(c.renumbered ? [`${pair} renumbered`] : []),
        ...c.texts.map((t) => `${pair} ${t.locale} ${t.field === 'kind' ? 'kind' : t.field}`),
        ...c.translations.added.map((l) => `${pair} ${l} translation added`),
        ...c.translations.removed.map((l) => `${pair} ${l} translation removed`),
      ];
    })
    .sort();
}

let loaded: EditionChanges | undefined;
function defaultChanges(): EditionChanges {
  if (loaded) return loaded;
  const { tree, problems } = loadContentTree(ROOT);
  expect(problems).toEqual([]);
  const [changes] = treeChanges(tree);
  if (!changes) throw new Error('the default content has two editions');
  loaded = changes;
  return changes;
}

describe('the change list of the default content', () => {
  it('compares the 2011 draft with the current edition', { timeout: 30_000 }, () => {
    expect(older && newer).toBeTruthy();
    expect(defaultChanges()).toMatchObject({ from: older?.id, to: newer?.id });
  });

  it('lists every difference between the two editions’ criteria files, and nothing else', () => {
    const expected = expectedCriteria();
    expect(expected.length).toBeGreaterThan(0);
    expect(actualCriteria(defaultChanges())).toEqual(expected);
  });

  it('lists every changed methodology chapter and nothing else', () => {
    const before = readFolder(join(folderOf(older?.id ?? ''), 'methodology'));
    const after = readFolder(join(folderOf(newer?.id ?? ''), 'methodology'));
    const slugs = [...new Set([...before.keys(), ...after.keys()])].sort();
    const expected = slugs.flatMap((slug) =>
      differences(before.get(slug), after.get(slug), []).map((d) => `${slug} ${d}`),
    );
    const actual = defaultChanges().chapters.flatMap((c) =>
      c.change === 'changed'
        ? [
            ...c.texts.map((t) => `${c.slug} ${t.locale} ${t.field}`),
            ...c.translations.added.map((l) => `${c.slug} ${l} translation added`),
            ...c.translations.removed.map((l) => `${c.slug} ${l} translation removed`),
          ]
        : [`${c.slug} ${c.change}`],
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('shows a changed Markdown table of a chapter by row and column, as text', () => {
    const scoring = defaultChanges().chapters.find((c) => c.slug === 'scoring');
    if (scoring?.change !== 'changed') throw new Error('the scoring chapter changed');
    const body = scoring.texts.find((t) => t.field === 'body' && t.locale === site.defaultLocale);
    const rows = body?.tables.flatMap((table) => table.rows) ?? [];
    expect(rows.map((row) => [row.change, row.row])).toEqual([
      ['changed', '71–90'],
      ['added', '91–100'],
    ]);
    const [changed] = rows;
    expect(changed?.change === 'changed' && changed.cells.map((cell) => cell.column)).toEqual([
      'Vērtējums',
      'Ko grupa konstatē',
    ]);
    const shown = JSON.stringify(body);
    for (const markdown of ['|', '**', '](', '#']) expect(shown).not.toContain(markdown);
  });

  it('counts texts whose only difference is typography instead of listing them', () => {
    expect(defaultChanges().typographyOnly).toBeGreaterThan(0);
  });

  it('lists every band that differs between the two editions’ panels, and nothing else', () => {
    type Band = { min: number; max: number; label: unknown; description?: unknown };
    const bandsOf = (id: string, panel: string) =>
      (
        JSON.parse(readFileSync(join(folderOf(id), 'scales', `${panel}.json`), 'utf8')) as {
          bands: Band[];
        }
      ).bands;
    const expected: string[] = [];
    for (const panel of readdirSync(join(ROOT, 'scales')).map((f) => f.replace('.json', ''))) {
      const before = bandsOf(older?.id ?? '', panel);
      const after = bandsOf(newer?.id ?? '', panel);
      const same = (a: Band, b: Band) => a.min === b.min && a.max === b.max;
      for (const band of before) {
        const match = after.find((b) => same(b, band));
        if (!match) expected.push(`${panel} removed ${band.min}-${band.max}`);
        else if (!isDeepStrictEqual(band, match))
          expected.push(`${panel} changed ${band.min}-${band.max}`);
      }
      for (const band of after)
        if (!before.some((b) => same(b, band)))
          expected.push(`${panel} added ${band.min}-${band.max}`);
    }
    const actual = defaultChanges().panels.flatMap((p) =>
      p.change === 'changed' ? p.bands.map((b) => `${p.panel} ${b.change} ${b.min}-${b.max}`) : [],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
