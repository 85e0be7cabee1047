import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import { loadDenylist } from '../../../src/lib/pii/denylist.ts';
import { FIXTURES, composeTree, readFault } from '../../helpers/fixtures.ts';

describe('the valid fixture tree', () => {
  it('has no problems', () => {
    expect(loadContentTree(join(FIXTURES, 'valid')).problems).toEqual([]);
  });

  it('has no problems with a second, older edition whose pilots name it', () => {
    expect(loadContentTree(composeTree('editions')).problems).toEqual([]);
  });
});

// One fixture per rule of "What the build refuses", each with exactly one fault.
const faults = readdirSync(join(FIXTURES, 'faults')).sort();

describe('what the build refuses', () => {
  it('has a fixture for every rule', () => {
    expect(faults.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of faults) {
    const fault = readFault(name);
    it(fault.test, () => {
      const dir = composeTree(`faults/${name}`, fault.remove, fault.base);
      const denylist = fault.denylist
        ? loadDenylist(join(FIXTURES, 'faults', name, fault.denylist))
        : [];
      const { problems } = loadContentTree(dir, { denylist });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: fault.file, path: fault.path });
      expect(problems[0]?.rule).toContain(fault.rule);
    });
  }
});

describe('a tree with faults in five files', () => {
  it('reports all five files in one run', () => {
    const { problems } = loadContentTree(composeTree('five-faults'));
    expect([...new Set(problems.map((p) => p.file))].sort()).toEqual([
      'criteria/lv/1.2.md',
      'pilots/P01.json',
      'pilots/P02.json',
      'scales/enablers.json',
      'site.json',
    ]);
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual(
      expect.arrayContaining([
        'site.json: anonymity.minGroupSize',
        'pilots/P01.json: scores["1.1"]',
        'pilots/P02.json: feedback.lv',
        'scales/enablers.json: bands[4].min',
        'criteria/lv/1.2.md: summary',
      ]),
    );
  });

  it('never prints the personal data it found', () => {
    const { problems } = loadContentTree(composeTree('five-faults'));
    const text = JSON.stringify(problems);
    expect(text).not.toContain('anna@example.lv');
    expect(text).not.toContain('29538825');
    expect(text).toContain('a***@***.lv');
    expect(text).toContain('2*** ****');
  });
});
