import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a built site's pilot results live: the path prefix of the newest edition that publishes
 * results (`/editions/2011-draft` on the shipped content, whose nine pilots assessed the draft),
 * or "" when the current edition (or a tree without editions) does. Read from the site's own
 * /data/results.json, so tests follow the results to their edition instead of naming it.
 */
export function resultsPrefix(outDir: string): string {
  const data = JSON.parse(readFileSync(join(outDir, 'data/results.json'), 'utf8')) as {
    currentEdition?: string;
    editions?: Array<{ id: string; published: boolean }>;
  };
  const newest = data.editions?.filter((e) => e.published).at(-1)?.id;
  return newest && newest !== data.currentEdition ? `/editions/${newest}` : '';
}
