/**
 * Releases remembered: `content/releases.json` records every published release (which pilots,
 * in which version, and every figure it published), written by `npm run release`. An attacker
 * holds every earlier release, so two releases that differ by one pilot give that pilot away by
 * subtraction: a new release must differ from every recorded one by at least k pilots, and the
 * audit counts the recorded figures as known.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { editionOf } from '../content/editions.ts';
import type { Pilot } from '../content/schemas/index.ts';
import type { Shape, Statistic, Subject } from './audit.ts';
import { encodeColumn } from './targets.ts';

import { RELEASES_FILE } from '../content/collections.ts';

export { RELEASES_FILE };

const shapeSchema = z.record(z.string(), z.union([z.literal('classical'), z.array(z.string())]));

export const releasesSchema = z
  .object({
    releases: z.array(
      z
        .object({
          released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-11-24'),
          /**
           * The edition of the methodology whose pilots and figures the release recorded; absent
           * in a tree without editions (and then the current edition's).
           */
          edition: z.string().optional(),
          pilots: z.array(
            z.object({ id: z.string(), fingerprint: z.string(), shape: shapeSchema }).strict(),
          ),
          statistics: z.array(
            z
              .object({
                figure: z.string(),
                target: z.string(),
                members: z.array(z.string()),
                mean: z.number(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();
export type Releases = z.infer<typeof releasesSchema>;
export type Release = Releases['releases'][number];

/** A digest of everything about a pilot that is published in any form: a changed pilot is a new one. */
export function fingerprint(pilot: Pilot): string {
  const { region, serviceType, staffBand, scores, strengths, improvements } = pilot;
  return createHash('sha256')
    .update(JSON.stringify({ region, serviceType, staffBand, scores, strengths, improvements }))
    .digest('hex')
    .slice(0, 16);
}

/** Which leaves a pilot assessed, and how. */
export function shapeOf(pilot: Pilot, leaves: ReadonlySet<string>): Shape {
  const shape: Shape = {};
  for (const code in pilot.scores) {
    const value = pilot.scores[code];
    if (value === null || value === undefined || !leaves.has(code)) continue;
    if (typeof value === 'number') shape[code] = 'classical';
    else {
      // A fine-tuned score counts once it has a dimension (as scoreOf says).
      const dimensions = Object.keys(value);
      if (dimensions.length > 0) shape[code] = dimensions;
    }
  }
  return shape;
}

/** The value of every unknown of a pilot: `1.1` for a classical score, `1.1:plan` for a dimension. */
export function valuesOf(pilot: Pilot, leaves: ReadonlySet<string>): Map<string, number> {
  const values = new Map<string, number>();
  for (const code in pilot.scores) {
    const value = pilot.scores[code];
    if (value === null || value === undefined || !leaves.has(code)) continue;
    if (typeof value === 'number') values.set(code, value);
    else
      for (const d in value)
        values.set(encodeColumn({ code, dimension: d }), value[d] ?? Number.NaN);
  }
  return values;
}

export const subjectKey = (id: string, print: string) => `${id}#${print}`;

/** The subjects and statistics recorded releases add to the attacker's knowledge. */
export function recorded(releases: readonly Release[]): {
  subjects: Subject[];
  statistics: Statistic[];
} {
  const subjects = new Map<string, Subject>();
  const statistics: Statistic[] = [];
  for (const release of releases) {
    const keyOf = new Map(release.pilots.map((p) => [p.id, subjectKey(p.id, p.fingerprint)]));
    for (const p of release.pilots) {
      const key = subjectKey(p.id, p.fingerprint);
      if (!subjects.has(key)) subjects.set(key, { key, shape: p.shape });
    }
    for (const s of release.statistics)
      statistics.push({ ...s, members: s.members.map((m) => keyOf.get(m) ?? m) });
  }
  return { subjects: [...subjects.values()], statistics };
}

/**
 * How the pilots of a tree differ from a release: added, removed and changed ids. Pilots in
 * `unsettled` (their files have problems of their own) count as neither: until the file is
 * fixed, one mistake in it is reported once, not again as a change of release.
 */
export function changesSince(
  pilots: readonly Pilot[],
  release: Release,
  unsettled: ReadonlySet<string> = new Set(),
): { added: string[]; removed: string[]; changed: string[] } {
  const before = new Map(
    release.pilots.filter((p) => !unsettled.has(p.id)).map((p) => [p.id, p.fingerprint]),
  );
  const now = new Map(
    pilots.filter((p) => !unsettled.has(p.id)).map((p) => [p.id, fingerprint(p)]),
  );
  return {
    added: [...now.keys()].filter((id) => !before.has(id)).sort(),
    removed: [...before.keys()].filter((id) => !now.has(id)).sort(),
    changed: [...now].filter(([id, f]) => before.has(id) && before.get(id) !== f).map(([id]) => id),
  };
}

/** The releases of one edition's figures: the only ones an edition's new figures are audited with. */
export function releasesOf(
  releases: readonly Release[],
  edition: string,
  current: string,
): Release[] {
  return releases.filter((release) => editionOf(release, current) === edition);
}

/**
 * The release rule: a tree whose pilots differ from a recorded release by at least one and fewer
 * than k pilots cannot be published. Each edition is published on its own, so a release is
 * compared with the pilots of the edition it recorded (`current` is the id of the current
 * edition, "" in a tree without editions). Pilots whose files have problems of their own are
 * left out (`unsettled`, see changesSince). Returns one plain message per such release.
 */
export function releaseProblems(
  pilots: readonly Pilot[],
  releases: readonly Release[],
  k: number,
  current = '',
  unsettled: ReadonlySet<string> = new Set(),
): Array<{ index: number; message: string }> {
  return releases.flatMap((release, index) => {
    const edition = editionOf(release, current);
    const ofEdition = pilots.filter((p) => editionOf(p, current) === edition);
    const { added, removed, changed } = changesSince(ofEdition, release, unsettled);
    const count = added.length + removed.length + changed.length;
    if (count === 0 || count >= k) return [];
    const parts = [
      added.length > 0 ? `added ${added.join(', ')}` : '',
      removed.length > 0 ? `removed ${removed.join(', ')}` : '',
      changed.length > 0 ? `changed ${changed.join(', ')}` : '',
    ].filter(Boolean);
    const more = k - count;
    return [
      {
        index,
        message: `the pilots differ from the release of ${release.released} by ${count} (${parts.join('; ')}); comparing the two releases would give ${count === 1 ? 'that pilot' : 'those pilots'} away. A new release needs at least ${k} changed pilots: add ${more} more, or keep the pilots as released`,
      },
    ];
  });
}

/** The releases recorded in a tree (none when it has no releases.json); the validator checks the file. */
export function readReleases(root: string): Release[] {
  const file = join(root, RELEASES_FILE);
  if (!existsSync(file)) return [];
  const parsed = releasesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data.releases : [];
}
