/**
 * Writes src/lib/pii/given-names.json, the given names the personal-data rule and the
 * self-assessment tool look for, from the Latvian Hunspell dictionary (npm `dictionary-lv`, a
 * dev dependency). Run after updating that package: `node --import tsx scripts/given-names.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { givenNamesOfLatvianDictionary } from '../src/lib/pii/given-names-source.ts';

// The package exports only its loader: its files are read from where npm put it.
const folder = resolve(import.meta.dirname, '../node_modules/dictionary-lv');
const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
  repository: string;
};
const names = givenNamesOfLatvianDictionary(readFileSync(join(folder, 'index.dic'), 'utf8'));
const out = resolve(import.meta.dirname, '../src/lib/pii/given-names.json');
const data = {
  source: `npm dictionary-lv ${pkg.version} (${pkg.license}, ${pkg.repository}): proper nouns (po:lietv…i) with a diminutive flag`,
  generatedBy: 'scripts/given-names.ts',
  lv: names,
};
writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${out}: ${names.length} given names`);
