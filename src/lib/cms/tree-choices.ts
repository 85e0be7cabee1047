import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodes } from '../content/codes.ts';
import { COLLECTIONS, SITE_FILE, TAXONOMIES_FILE } from '../content/collections.ts';
import type { TreeChoices } from './decap-config.ts';

function readObject(path: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * What a tree offers the editor's forms, read leniently so that the editor opens on a tree
 * with problems too (the problems are shown beside it): the locales of site.json, the region
 * ids of taxonomies.json, the criterion codes of the default locale and the edition ids.
 */
export function treeChoices(root: string): TreeChoices {
  const site = readObject(join(root, SITE_FILE));
  const taxonomies = readObject(join(root, TAXONOMIES_FILE));
  const locales = strings(site['locales']);
  const defaultLocale =
    typeof site['defaultLocale'] === 'string' ? site['defaultLocale'] : (locales[0] ?? 'en');
  let codes: string[] = [];
  try {
    codes = readdirSync(join(root, COLLECTIONS.criteria.dir, defaultLocale))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3))
      .sort(compareCodes);
  } catch {
    // a tree without criteria yet
  }
  const regions = taxonomies['regions'];
  const editions = Array.isArray(site['editions']) ? (site['editions'] as unknown[]) : [];
  return {
    locales: locales.length > 0 ? locales : [defaultLocale],
    defaultLocale,
    regions: regions && typeof regions === 'object' ? Object.keys(regions) : [],
    codes,
    editions: editions.flatMap((e) =>
      e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string'
        ? [(e as { id: string }).id]
        : [],
    ),
  };
}
