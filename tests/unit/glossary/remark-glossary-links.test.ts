import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { remarkGlossaryLinks } from '../../../src/lib/glossary/remark-glossary-links.ts';
import type { LinkableTerm } from '../../../src/lib/glossary/match.ts';

const TERMS: LinkableTerm[] = [
  {
    id: 'self-assessment',
    href: '/glossary/self-assessment/',
    words: ['pašnovērtējums', 'pašnovērtējuma', 'pašnovērtējumu'],
  },
  {
    id: 'group',
    href: '/glossary/group/',
    words: ['pašnovērtējuma grupa', 'pašnovērtējuma grupas'],
  },
  { id: 'caf', href: '/glossary/caf/', words: ['CAF'] },
  {
    id: 'results',
    href: '/glossary/results/',
    words: ['rezultāti', 'rezultātus'],
    exclude: ['aptauju rezultāti', 'aptauju rezultātus'],
  },
];

function link(
  markdown: string,
  selfId?: string,
): { tree: Root; links: Array<{ url: string; text: string }> } {
  const tree = fromMarkdown(markdown);
  remarkGlossaryLinks({ termsFor: () => ({ terms: TERMS, selfId }) })()(tree, { path: 'x.md' });
  const links: Array<{ url: string; text: string }> = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'link' && (node as Link).data?.hProperties)
      links.push({ url: (node as Link).url, text: toString(node) });
    (node.children as Array<{ type: string }> | undefined)?.forEach(walk);
  };
  walk(tree);
  return { tree, links };
}

describe('glossary links', () => {
  it('leave a word unlinked inside a phrase the term excludes, and link it elsewhere', () => {
    expect(link('Grupa salīdzina aptauju rezultātus pa gadiem.').links).toEqual([]);
    expect(link('Grupa salīdzina aptauju rezultātus. Rezultāti aug.').links).toEqual([
      { url: '/glossary/results/', text: 'Rezultāti' },
    ]);
  });

  it('link only the first occurrence of a term, in any of its word forms', () => {
    const { links } = link('Pašnovērtējumu veic reizi gadā. Pašnovērtējums ir brīvprātīgs.');
    expect(links).toEqual([{ url: '/glossary/self-assessment/', text: 'Pašnovērtējumu' }]);
  });

  it('prefer the longer phrase, so a group is not linked as a self-assessment', () => {
    const { links } = link('Pašnovērtējuma grupas locekļi vienojas. Tad pašnovērtējums beidzas.');
    expect(links).toEqual([
      { url: '/glossary/group/', text: 'Pašnovērtējuma grupas' },
      { url: '/glossary/self-assessment/', text: 'pašnovērtējums' },
    ]);
  });

  it('never link inside headings, links or code', () => {
    const { links } = link(
      '## CAF modelis\n\n[CAF vietne](https://example.org) un `CAF` kods.\n\nVēlāk CAF.',
    );
    expect(links).toEqual([{ url: '/glossary/caf/', text: 'CAF' }]);
  });

  it('match whole words only', () => {
    expect(link('CAFE un XCAF nav termini.').links).toEqual([]);
  });

  it('do not link a term page to itself', () => {
    expect(link('CAF ir modelis.', 'caf').links).toEqual([]);
  });
});
