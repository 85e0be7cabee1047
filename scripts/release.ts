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
  releasesOf,
  shapeOf,
  type Release,
} from '../src/lib/anonymity/release.ts';
import { auditSummary } from '../src/lib/results/publish.ts';
import { currentEditionId, editionOf } from '../src/lib/content/editions.ts';
import { editionContent } from '../src/lib/editions/list.ts';
import { publishByEdition } from '../src/lib/results/by-edition.ts';

const root = contentRoot();
const outcome = checkContentTree(root);
if (!outcome.ok || !outcome.result) {
  console.error(outcome.message);
  console.error('\nNothing was recorded: fix the content first.');
  process.exit(1);
}
const { tree } = outcome.result;
const releases = readReleases(root);
const current = currentEditionId(tree.site);
const released = process.env['RELEASE_DATE'] ?? new Date().toISOString().slice(0, 10);
// Each edition is published on its own, so each is recorded as a release of its own.
const recorded: Release[] = [];
for (const { edition, results } of await publishByEdition(tree, releases)) {
  const name = edition ? `edition ${edition}` : 'the tree';
  const pilots = tree.pilots.map((p) => p.data).filter((p) => editionOf(p, current) === edition);
  const last = releasesOf(releases, edition, current).at(-1);
  if (last) {
    const { added, removed, changed } = changesSince(pilots, last);
    if (added.length + removed.length + changed.length === 0) {
      console.log(`${name}: nothing changed since the release of ${last.released}.`);
      continue;
    }
  }
  if (!results.published) {
    console.log(
      `${name}: ${pilots.length} pilots, fewer than ${results.k}: no results are published, so there is nothing to record.`,
    );
    continue;
  }
  if (results.audit) console.log(`${name}: ${auditSummary(results.audit)}`);
  const content = edition ? editionContent(tree, edition) : tree;
  const codes = (content?.criteria ?? [])
    .filter((c) => c.locale === tree.site.defaultLocale)
    .map((c) => c.id);
  const leaves = leafCodes(codes);
  recorded.push({
    released,
    ...(edition ? { edition } : {}),
    pilots: pilots
      .map((p) => ({ id: p.id, fingerprint: fingerprint(p), shape: shapeOf(p, leaves) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    statistics: results.statistics,
  });
}
if (recorded.length === 0) {
  console.error('Nothing was recorded.');
  process.exit(releases.length > 0 ? 0 : 1);
}
writeFileSync(
  join(root, RELEASES_FILE),
  `${JSON.stringify({ releases: [...releases, ...recorded] }, null, 2)}\n`,
);
for (const release of recorded)
  console.log(
    `Recorded the release of ${release.released}${release.edition ? ` (edition ${release.edition})` : ''}: ${release.pilots.length} pilots, ${release.statistics.length} published means, in ${join(root, RELEASES_FILE)}. Commit it with the content.`,
  );
