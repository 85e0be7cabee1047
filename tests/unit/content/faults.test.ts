import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import { loadDenylist } from '../../../src/lib/pii/denylist.ts';
import { FIXTURES, composeTree, readFault } from '../../helpers/fixtures.ts';
import { problemSites, reports } from '../../helpers/problem-sites.ts';

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

const found = new Map<string, ReturnType<typeof loadContentTree>['problems']>();
/** The problems of one fault fixture's tree, read once however many tests ask. */
function problemsOf(name: string) {
  let problems = found.get(name);
  if (!problems) {
    const fault = readFault(name);
    const dir = composeTree(`faults/${name}`, fault.remove, fault.base);
    const denylist = fault.denylist
      ? loadDenylist(join(FIXTURES, 'faults', name, fault.denylist))
      : [];
    problems = loadContentTree(dir, { denylist }).problems;
    found.set(name, problems);
  }
  return problems;
}

/**
 * Rules no fixture can hold, each proven by the unit test named: a tree in git cannot carry a
 * file over the size limit, a link out of the tree or a folder replaced by a file, and no MDX
 * that parses is known to fail compiling.
 */
const WITHOUT_FIXTURE = new Map([
  ['cannot be read (is a link to a file outside the content tree)', 'read-files.test.ts'],
  ['is too large (at most ', 'read-files.test.ts'],
  ['must be a folder, but is a file', 'read-files.test.ts'],
  [
    'cannot be compiled as MDX: check the components and the characters <, { and } on that line',
    'none: parsing refuses every MDX known to fail compiling first',
  ],
]);

describe('what the build refuses', () => {
  for (const name of faults) {
    const fault = readFault(name);
    it(fault.test, () => {
      const problems = problemsOf(name);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: fault.file, path: fault.path });
      expect(problems[0]?.rule).toContain(fault.rule);
    });
  }

  // Last: the fixtures' problems are read by the tests above by then (alone, it reads them all).
  it('has a fixture for every rule the validator reports', { timeout: 120_000 }, () => {
    const sites = problemSites();
    const rules = faults.flatMap((name) => problemsOf(name).map((p) => p.rule));
    const uncovered = sites
      .filter((site) => !WITHOUT_FIXTURE.has(site.words[0] ?? ''))
      .filter((site) => !rules.some((rule) => reports(site, rule)))
      .map((site) => `${site.at}: ${site.words.join(' … ')}`);
    expect(uncovered).toEqual([]);
    // An exception whose rule is gone from the code is removed from the list too.
    const spoken = new Set(sites.map((site) => site.words[0]));
    expect([...WITHOUT_FIXTURE.keys()].filter((words) => !spoken.has(words))).toEqual([]);
  });
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
