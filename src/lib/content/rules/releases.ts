/**
 * The release rule as the validator runs it: releases.json, when present, is well-formed and no
 * release differs from the pilots of its edition by 1 to k−1 pilots. A pilot whose file already
 * has a problem is unsettled: it is not counted as a change of release.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES_FILE, releaseProblems, releasesSchema } from '../../anonymity/release.ts';
import { COLLECTIONS } from '../collections.ts';
import { parseWith } from '../parse.ts';
import type { Problem, ProblemList } from '../problem.ts';
import { readJson } from '../read-file.ts';
import type { Pilot } from '../schemas/index.ts';
import type { FileEntry } from '../tree.ts';

/**
 * The ids of pilots whose files already have a problem: the file name (a pilot that did not
 * parse has no data) and, for one that did, its id.
 */
export function unsettledPilots(
  pilots: readonly FileEntry<Pilot>[],
  problems: readonly Problem[],
): Set<string> {
  const files = new Set(problems.map((p) => p.file));
  const ids = new Set<string>();
  for (const file of files)
    if (file.startsWith(`${COLLECTIONS.pilots.dir}/`) && file.endsWith('.json'))
      ids.add(file.slice(COLLECTIONS.pilots.dir.length + 1, -'.json'.length));
  for (const pilot of pilots) if (files.has(pilot.file)) ids.add(pilot.data.id);
  return ids;
}

/**
 * releases.json, when present: well-formed, and no release differs from the pilots of the
 * edition it recorded by 1 to k−1 pilots (each edition is published on its own).
 */
export function checkReleases(
  root: string,
  pilots: readonly Pilot[],
  { current, k, unsettled }: { current: string; k: number; unsettled: ReadonlySet<string> },
  problems: ProblemList,
): void {
  if (!existsSync(join(root, RELEASES_FILE))) return;
  const data = parseWith(
    releasesSchema,
    readJson(root, RELEASES_FILE, problems),
    RELEASES_FILE,
    problems,
  );
  if (!data) return;
  for (const { index, message } of releaseProblems(pilots, data.releases, k, current, unsettled))
    problems.add(RELEASES_FILE, ['releases', index], message);
}
