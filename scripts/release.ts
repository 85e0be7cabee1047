/**
 * `npm run release`: records the current pilots and every figure the site publishes from them in
 * `<content>/releases.json`, for editors to commit once the ministry has published. Every later
 * build compares the pilots with each recorded release (a change of 1 to k−1 pilots is refused)
 * and audits its figures together with the recorded ones, as an attacker holding them would.
 * RELEASE_DATE (YYYY-MM-DD) sets the date; today by default.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentTree, contentRoot } from '../src/lib/content/check-tree.ts';
import { leafCodes } from '../src/lib/content/codes.ts';
import {
  RELEASES_FILE,
  changesSince,
  fingerprint,
  readReleases,
  shapeOf,
  type Release,
} from '../src/lib/anonymity/release.ts';
import { auditSummary, publishResults } from '../src/lib/results/publish.ts';
import { resultsInputOf } from '../src/lib/results/from-tree.ts';

const root = contentRoot();
const outcome = checkContentTree(root);
if (!outcome.ok || !outcome.result) {
  console.error(outcome.message);
  console.error('\nNothing was recorded: fix the content first.');
  process.exit(1);
}
const { tree } = outcome.result;
const releases = readReleases(root);
const pilots = tree.pilots.map((p) => p.data);
const last = releases.at(-1);
if (last) {
  const { added, removed, changed } = changesSince(pilots, last);
  if (added.length + removed.length + changed.length === 0) {
    console.log(`Nothing changed since the release of ${last.released}; nothing was recorded.`);
    process.exit(0);
  }
}
const input = resultsInputOf(tree, releases);
const results = await publishResults(input);
if (!results.published) {
  console.error(
    `There are ${pilots.length} pilots, fewer than ${input.k}: no results are published, so there is nothing to record.`,
  );
  process.exit(1);
}
if (results.audit) console.log(auditSummary(results.audit));
const leaves = leafCodes(input.codes.map((c) => c.code));
const release: Release = {
  released: process.env['RELEASE_DATE'] ?? new Date().toISOString().slice(0, 10),
  pilots: pilots
    .map((p) => ({ id: p.id, fingerprint: fingerprint(p), shape: shapeOf(p, leaves) }))
    .sort((a, b) => a.id.localeCompare(b.id)),
  statistics: results.statistics,
};
writeFileSync(
  join(root, RELEASES_FILE),
  `${JSON.stringify({ releases: [...releases, release] }, null, 2)}\n`,
);
console.log(
  `Recorded the release of ${release.released}: ${release.pilots.length} pilots, ${release.statistics.length} published means, in ${join(root, RELEASES_FILE)}. Commit it with the content.`,
);
