import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, TMP } from '../helpers/fixtures.ts';
import { runCommand } from '../helpers/run.ts';

// `npm run release` writes releases.json, the record every later build compares the pilots with:
// the ministry's one guard against publishing two releases that differ by fewer than k pilots.
const ROOT = resolve(import.meta.dirname, '../..');
const TREE = join(TMP, 'trees', 'release');
const RELEASES = join(TREE, 'releases.json');

const release = (date: string) =>
  runCommand(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/release.ts')], {
    cwd: ROOT,
    env: { CONTENT_DIR: TREE, RELEASE_DATE: date },
  });

interface Recorded {
  releases: Array<{
    released: string;
    pilots: Array<{ id: string; fingerprint: string }>;
    statistics: Array<{ figure: string; members: string[]; mean: number }>;
  }>;
}
const recorded = () => JSON.parse(readFileSync(RELEASES, 'utf8')) as Recorded;

/** Adds pilots copied from P02 under new ids: new participants of the pilot study. */
function addPilots(...ids: string[]) {
  const template = JSON.parse(readFileSync(join(TREE, 'pilots/P02.json'), 'utf8')) as object;
  for (const id of ids)
    writeFileSync(join(TREE, `pilots/${id}.json`), JSON.stringify({ ...template, id }, null, 2));
}

describe('npm run release on the valid fixture (3 pilots, k = 3)', () => {
  beforeAll(() => {
    rmSync(TREE, { recursive: true, force: true });
    cpSync(join(FIXTURES, 'valid'), TREE, { recursive: true });
  });

  it('records the pilots and every published mean of the first release', async () => {
    const { status, output } = await release('2026-01-15');
    expect(status, output).toBe(0);
    expect(output).toContain('Recorded the release of 2026-01-15: 3 pilots');
    const [first, ...rest] = recorded().releases;
    expect(rest).toEqual([]);
    expect(first?.released).toBe('2026-01-15');
    expect(first?.pilots.map((p) => p.id)).toEqual(['P01', 'P02', 'P03']);
    expect(first?.statistics.length).toBeGreaterThan(0);
    expect(first?.statistics.every((s) => s.members.length >= 3)).toBe(true);
  });

  it('records nothing again when no pilot changed', async () => {
    const before = readFileSync(RELEASES, 'utf8');
    const { status, output } = await release('2026-02-01');
    expect(status, output).toBe(0);
    expect(output).toContain('nothing changed since the release of 2026-01-15');
    expect(readFileSync(RELEASES, 'utf8')).toBe(before);
  });

  it('refuses a release that differs from the recorded one by one pilot, and keeps the record', async () => {
    const before = readFileSync(RELEASES, 'utf8');
    addPilots('P04');
    const { status, output } = await release('2026-03-01');
    expect(status).toBe(1);
    expect(output).toContain('releases.json');
    expect(output).toContain(
      'the pilots differ from the release of 2026-01-15 by 1 (added P04); comparing the two releases would give that pilot away. A new release needs at least 3 changed pilots: add 2 more',
    );
    expect(output).toContain('Nothing was recorded');
    expect(readFileSync(RELEASES, 'utf8')).toBe(before);
  });

  it('refuses a change of two pilots (k − 1), naming both', async () => {
    addPilots('P05');
    const { status, output } = await release('2026-03-01');
    expect(status).toBe(1);
    expect(output).toContain('by 2 (added P04, P05)');
    expect(output).toContain('add 1 more');
    expect(recorded().releases).toHaveLength(1);
  });

  it('records a second release once k pilots changed, keeping the first', async () => {
    addPilots('P06');
    const { status, output } = await release('2026-04-01');
    expect(status, output).toBe(0);
    expect(output).toContain('Recorded the release of 2026-04-01: 6 pilots');
    const releases = recorded().releases;
    expect(releases.map((r) => r.released)).toEqual(['2026-01-15', '2026-04-01']);
    expect(releases[1]?.pilots.map((p) => p.id)).toEqual([
      'P01',
      'P02',
      'P03',
      'P04',
      'P05',
      'P06',
    ]);
    expect(releases[0]?.pilots.map((p) => p.id)).toEqual(['P01', 'P02', 'P03']);
  });

  it('leaves no file behind when the content has a problem', async () => {
    rmSync(TREE, { recursive: true, force: true });
    cpSync(join(FIXTURES, 'valid'), TREE, { recursive: true });
    writeFileSync(join(TREE, 'pilots/P03.json'), '{ "id": "P03" }');
    const { status, output } = await release('2026-05-01');
    expect(status).toBe(1);
    expect(output).toContain('pilots/P03.json');
    expect(output).toContain('Nothing was recorded: fix the content first.');
    expect(existsSync(RELEASES)).toBe(false);
  });
});
