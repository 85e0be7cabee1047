import type { Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody } from './parse-body.ts';

/** A body as a reader sees it: paragraphs, headings and list items as text, and its tables. */
export interface PlainBody {
  /** One block a line, without Markdown: no `**`, `#`, `|`, link targets or HTML. */
  text: string;
  tables: PlainTable[];
}

/** A table as text: its header cells and the cells of each row. */
export interface PlainTable {
  header: string[];
  rows: string[][];
}

/** Whitespace inside a block, line breaks included, reads as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

const cells = (row: Table['children'][number]) => row.children.map((cell) => flat(toString(cell)));

/**
 * Renders a Markdown or MDX body to the text a page shows, parsed the way pages are (GFM tables,
 * emphasis, links; MDX components and raw HTML show no text of their own), so the change list
 * compares what readers read rather than the source.
 */
export function plainBody(body: string, mdx = false): PlainBody {
  const parsed = parseBody(body, mdx);
  if (!parsed.ok) return { text: flat(body), tables: [] };
  const blocks: string[] = [];
  const tables: PlainTable[] = [];
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'table': {
        const [header, ...rows] = node.children;
        tables.push({ header: header ? cells(header) : [], rows: rows.map(cells) });
        return;
      }
      case 'heading':
      case 'paragraph': {
        const text = flat(toString(node, { includeHtml: false }));
        if (text) blocks.push(text);
        return;
      }
      case 'code':
        blocks.push(node.value);
        return;
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(parsed.tree);
  return { text: blocks.join('\n'), tables };
}
