import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = resolve(import.meta.dirname, '../../../src/i18n/ui');
const SCRIPTS = resolve(import.meta.dirname, '../../../src/scripts/self-assessment');
const dictionary = (locale: string) =>
  JSON.parse(readFileSync(join(UI, `${locale}.json`), 'utf8')) as Record<string, string>;

describe('the self-assessment tool strings', () => {
  const en = dictionary('en');
  const lv = dictionary('lv');
  const toolKeys = Object.keys(en).filter((key) => key.startsWith('tool.'));

  it('exist in Latvian for every English one, with the same placeholders', () => {
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of toolKeys) {
      expect(lv[key], key).toBeTruthy();
      expect(placeholders(lv[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('cover every literal key the script asks for', () => {
    const source = readdirSync(SCRIPTS)
      .map((file) => readFileSync(join(SCRIPTS, file), 'utf8'))
      .join('\n');
    const used = [...source.matchAll(/\bt\(\s*'(tool\.[\w.-]+)'/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
