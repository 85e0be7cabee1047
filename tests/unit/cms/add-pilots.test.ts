import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPilotFiles } from '../../../scripts/lib/add-pilots.ts';
import { FIXTURES, TMP } from '../../helpers/fixtures.ts';

const base = JSON.parse(readFileSync(join(FIXTURES, 'valid/pilots/P01.json'), 'utf8')) as Record<
  string,
  unknown
>;

function setUp(name: string) {
  const root = join(TMP, 'trees', name);
  const inbox = join(TMP, 'inbox', name);
  rmSync(root, { recursive: true, force: true });
  rmSync(inbox, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  mkdirSync(inbox, { recursive: true });
  return { root, inbox };
}

describe('adding a ministry file from the self-assessment tool', () => {
  it('puts it under its pilot id when the tree with it passes the check', () => {
    const { root, inbox } = setUp('add-pilot-ok');
    const file = join(inbox, 'export.json');
    writeFileSync(file, JSON.stringify({ ...base, id: 'P77' }, null, 2));
    const outcome = addPilotFiles(root, [file], {});
    expect(outcome.ok, outcome.message).toBe(true);
    expect(outcome.added).toEqual(['pilots/P77.json']);
    expect(existsSync(join(root, 'pilots/P77.json'))).toBe(true);
    expect(outcome.message).toContain('✓ Content is valid');
  });

  it('adds nothing when the file holds personal data, and says so masked', () => {
    const { root, inbox } = setUp('add-pilot-personal');
    const file = join(inbox, 'P78.json');
    writeFileSync(
      file,
      JSON.stringify({ ...base, id: 'P78', feedback: { lv: 'Rakstiet janis.ozols@example.lv' } }),
    );
    const outcome = addPilotFiles(root, [file], {});
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('pilots/P78.json: feedback.lv — contains personal data');
    expect(outcome.message).not.toContain('janis.ozols@example.lv');
    expect(outcome.message).toContain('Nothing was added');
    expect(existsSync(join(root, 'pilots/P78.json'))).toBe(false);
  });

  it('never replaces a pilot already in the tree', () => {
    const { root, inbox } = setUp('add-pilot-taken');
    const file = join(inbox, 'again.json');
    writeFileSync(file, JSON.stringify({ ...base, id: 'P02' }));
    const before = readFileSync(join(root, 'pilots/P02.json'), 'utf8');
    const outcome = addPilotFiles(root, [file], {});
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('pilots/P02.json already exists');
    expect(readFileSync(join(root, 'pilots/P02.json'), 'utf8')).toBe(before);
  });
});
