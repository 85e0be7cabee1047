import type { Nodes, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

const plain = (node: Nodes): string =>
  'value' in node && node.type !== 'html'
    ? node.value
    : 'children' in node
      ? node.children.map((child) => plain(child)).join('')
      : '';

/**
 * A term's definition as one line of plain text: the first paragraph of its Markdown body, for
 * the glossary index, where readers scan meanings rather than word forms.
 */
export function definitionOf(markdown: string): string {
  const first = fromMarkdown(markdown).children.find(
    (node): node is Paragraph => node.type === 'paragraph',
  );
  return first ? plain(first).replace(/\s+/g, ' ').trim() : '';
}
