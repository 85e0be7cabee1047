import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import type { EditionChanges } from '../../../src/lib/editions/changes.ts';
import { codeInEdition } from '../../../src/lib/editions/correspond.ts';
import { pilotsByEdition, treeChanges } from '../../../src/lib/editions/list.ts';
import { composeTree } from '../../helpers/fixtures.ts';

function fixtureChanges(): EditionChanges {
  const { tree, problems } = loadContentTree(composeTree('editions'));
  expect(problems).toEqual([]);
  const [changes] = treeChanges(tree);
  if (!changes) throw new Error('the fixture has two editions');
  return changes;
}

describe('the change list between two editions', () => {
  it('names the two editions, older first', () => {
    expect(fixtureChanges()).toMatchObject({ from: 'draft', to: 'v1' });
  });

  it('lists added, removed and renumbered criteria, and leaves unchanged ones out', () => {
    const kinds = fixtureChanges().criteria.map((c) =>
      c.change === 'changed'
        ? `${c.from}→${c.to}${c.renumbered ? ' renumbered' : ''}`
        : `${c.change} ${c.change === 'added' ? c.to : c.from}`,
    );
    expect(kinds).toEqual([
      '1.1→1.1',
      'removed 1.2',
      '1.3→1.2 renumbered',
      'added 2.2',
      'removed 3',
      'removed 3.1',
    ]);
  });

  it('shows a changed summary as a word-level diff in its locale', () => {
    const change = fixtureChanges().criteria.find((c) => c.change === 'changed' && c.to === '1.1');
    if (change?.change !== 'changed') throw new Error('1.1 changed');
    const summary = change.texts.find((t) => t.field === 'summary' && t.locale === 'lv');
    expect(summary?.parts).toEqual([
      { text: 'Misija', change: 'same' },
      { text: ', vīzija ', change: 'added' },
      { text: 'un vērtības.', change: 'same' },
    ]);
    expect(change.renamed).toBe(false);
  });

  it('reports a translation that exists in the older edition only', () => {
    const change = fixtureChanges().criteria.find((c) => c.change === 'changed' && c.to === '1.2');
    expect(change).toMatchObject({ translations: { added: [], removed: ['en'] } });
  });

  it('lists band changes of a panel: a split band is removed and two are added', () => {
    const [results] = fixtureChanges().panels;
    expect(results).toMatchObject({ change: 'changed', kind: 'result' });
    if (results?.change !== 'changed') throw new Error('results changed');
    expect(results.bands).toEqual([
      { change: 'removed', min: 71, max: 100 },
      { change: 'added', min: 71, max: 90 },
      { change: 'added', min: 91, max: 100 },
    ]);
    expect(results.dimensions).toEqual([]);
  });

  it('lists a methodology chapter whose text changed', () => {
    const chapters = fixtureChanges().chapters;
    expect(chapters).toHaveLength(1);
    expect(chapters[0]).toMatchObject({ change: 'changed', slug: 'about' });
  });
});

describe('the same page in another edition', () => {
  const pairs = () => [fixtureChanges()];

  it('leads a renumbered sub-criterion to its new number and back', () => {
    expect(codeInEdition(pairs(), '1.3', 'draft', 'v1')).toEqual({ code: '1.2', exact: true });
    expect(codeInEdition(pairs(), '1.2', 'v1', 'draft')).toEqual({ code: '1.3', exact: true });
  });

  it('leads a removed sub-criterion to its criterion, and a removed criterion nowhere', () => {
    expect(codeInEdition(pairs(), '1.2', 'draft', 'v1')).toEqual({ code: '1', exact: false });
    expect(codeInEdition(pairs(), '3.1', 'draft', 'v1')).toEqual({
      code: undefined,
      exact: false,
    });
  });

  it('leads an unchanged criterion to the same code', () => {
    expect(codeInEdition(pairs(), '2.1', 'draft', 'v1')).toEqual({ code: '2.1', exact: true });
  });
});

describe('pilots by edition', () => {
  it('groups pilots under the edition they name, the others under the current one', () => {
    const { tree } = loadContentTree(composeTree('editions'));
    const groups = pilotsByEdition(
      tree.pilots.map((p) => p.data),
      tree.site,
    );
    expect([...groups].map(([id, pilots]) => [id, pilots.map((p) => p.id)])).toEqual([
      ['draft', ['P04', 'P05', 'P06']],
      ['v1', ['P01', 'P02', 'P03']],
    ]);
  });

  it('puts every pilot of a tree without editions in one group', () => {
    const { tree } = loadContentTree(composeTree('valid'));
    expect([
      ...pilotsByEdition(
        tree.pilots.map((p) => p.data),
        tree.site,
      ).keys(),
    ]).toEqual(['']);
  });
});
