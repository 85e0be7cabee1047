import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeScrollTables } from '../../../src/lib/markdown/rehype-scroll-tables.ts';

const cell = (tagName: string, value: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value }],
});
const row = (...cells: Element[]): Element => ({
  type: 'element',
  tagName: 'tr',
  properties: {},
  children: cells,
});
const table: Element = {
  type: 'element',
  tagName: 'table',
  properties: {},
  children: [
    {
      type: 'element',
      tagName: 'thead',
      properties: {},
      children: [row(cell('th', 'Score'), cell('th', 'Band'))],
    },
    {
      type: 'element',
      tagName: 'tbody',
      properties: {},
      children: [row(cell('td', '45'), cell('td', 'Do'))],
    },
  ],
};

describe('Markdown tables', () => {
  it('sit in a focusable region named by their header cells, so they scroll instead of widening the page', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'section', properties: {}, children: [table] }],
    };
    rehypeScrollTables()(tree);
    const wrapper = (tree.children[0] as Element).children[0] as Element;
    expect(wrapper.tagName).toBe('div');
    expect(wrapper.properties).toEqual({
      className: ['table-scroll'],
      role: 'region',
      tabIndex: 0,
      ariaLabel: 'Score, Band',
    });
    expect(wrapper.children[0]).toBe(table);
  });
});
