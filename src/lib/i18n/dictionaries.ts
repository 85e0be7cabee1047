import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dictionary } from './ui.ts';

/** The UI strings of every locale in `dir` (`<locale>.json`), read once by the load step. */
export function readDictionaries(dir: string): Record<string, Dictionary> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => [
        file.slice(0, -'.json'.length),
        JSON.parse(readFileSync(join(dir, file), 'utf8')) as Dictionary,
      ]),
  );
}
