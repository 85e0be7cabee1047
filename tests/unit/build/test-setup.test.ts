import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TMP } from '../../helpers/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** `npm test`'s first step, with only Node on the PATH: no poppler, no Java, no apt-get. */
function setupWithoutTools(env: NodeJS.ProcessEnv = {}) {
  mkdirSync(TMP, { recursive: true });
  const bin = mkdtempSync(join(TMP, 'bin-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-setup.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: bin, CHROMIUM: process.execPath, ...env },
  });
}

describe('npm test on a machine that lacks its tools', { timeout: 30_000 }, () => {
  it('stops before any test with one line naming the command that installs them', () => {
    const run = setupWithoutTools();
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('poppler-utils, default-jre-headless');
    expect(lines[0]).toContain(
      'sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core poppler-utils default-jre-headless',
    );
  });

  it('says so in one line when CHROMIUM names a binary that is not there', () => {
    const run = setupWithoutTools({ CHROMIUM: resolve(ROOT, 'no-such-chromium') });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('CHROMIUM is')]);
  });
});
