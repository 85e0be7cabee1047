import type { Element, ElementContent, Root, RootContent } from 'hast';

const text = (node: ElementContent | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

/** The header cells of a table, as its accessible name: "Score, Band, What it means". */
function tableLabel(table: Element): string {
  const headerRow = table.children
    .flatMap((child) =>
      child.type === 'element' && child.tagName === 'thead' ? child.children : [],
    )
    .find((row): row is Element => row.type === 'element' && row.tagName === 'tr');
  const cells = headerRow?.children.filter((c): c is Element => c.type === 'element') ?? [];
  return (
    cells
      .map((cell) => text(cell).trim())
      .filter(Boolean)
      .join(', ') || 'Table'
  );
}

/**
 * A rehype plugin that wraps every Markdown table in a focusable, labelled region that scrolls
 * sideways, so a wide table never widens the page on a narrow screen.
 */
export function rehypeScrollTables() {
  return (tree: Root) => {
    const wrap = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName === 'table') {
          return {
            type: 'element',
            tagName: 'div',
            properties: {
              className: ['table-scroll'],
              role: 'region',
              tabIndex: 0,
              ariaLabel: tableLabel(child),
            },
            children: [child],
          } satisfies Element;
        }
        wrap(child);
        return child;
      }) as typeof parent.children;
    };
    wrap(tree);
  };
}
