import { describe, expect, it } from 'vitest';
import {
  contains,
  criteriaTree,
  flatten,
  previousAndNext,
  sectionSequence,
  trail,
} from '../../../src/lib/navigation/tree.ts';

const criteria = ['10', '1', '1.2', '1.1', '2', '2.1', '2.1.1'].map((code) => ({
  code,
  href: `/c/${code}/`,
  label: code,
}));

describe('the criteria tree', () => {
  const tree = criteriaTree(criteria);

  it('nests sub-criteria under their criterion in numeric order, at any depth', () => {
    expect(tree.map((i) => i.label)).toEqual(['1', '2', '10']);
    expect(tree[0]?.children.map((i) => i.label)).toEqual(['1.1', '1.2']);
    expect(tree[1]?.children[0]?.children[0]?.label).toBe('2.1.1');
  });

  it('gives breadcrumbs from the criterion down to the page', () => {
    expect(trail(tree, '/c/2.1.1/').map((l) => l.label)).toEqual(['2', '2.1', '2.1.1']);
    expect(contains(tree[1]!, '/c/2.1.1/')).toBe(true);
    expect(contains(tree[0]!, '/c/2.1.1/')).toBe(false);
  });

  it('walks previous and next in reading order across groups', () => {
    const sequence = flatten([
      {
        label: 'Methodology',
        section: 'methodology',
        items: [{ href: '/m/', label: 'm', children: [] }],
      },
      { label: 'Criteria', section: 'criteria', items: tree },
    ]);
    expect(previousAndNext(sequence, '/c/1/')).toEqual({
      previous: { href: '/m/', label: 'm' },
      next: { href: '/c/1.1/', label: '1.1', lang: undefined },
    });
    expect(previousAndNext(sequence, '/m/').previous).toBeUndefined();
  });

  it('keeps previous and next within the section of the page', () => {
    const groups = [
      {
        label: 'Enablers',
        section: 'criteria',
        items: [{ href: '/c/1/', label: '1', children: [] }],
      },
      {
        label: 'Results',
        section: 'criteria',
        items: [{ href: '/c/6/', label: '6', children: [] }],
      },
      { label: 'Pilots', section: 'results', items: [{ href: '/r/', label: 'r', children: [] }] },
    ];
    const sequence = sectionSequence(groups, '/c/6/');
    expect(previousAndNext(sequence, '/c/6/')).toEqual({ previous: { href: '/c/1/', label: '1' } });
    expect(sectionSequence(groups, '/r/').map((l) => l.href)).toEqual(['/r/']);
  });
});
