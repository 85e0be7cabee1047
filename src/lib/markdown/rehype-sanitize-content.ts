import { randomUUID } from 'node:crypto';
import type { Element, Nodes, Parents, Root } from 'hast';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import { SAFE_PROTOCOLS } from './safe-url.ts';

/**
 * What content may put on a page: the elements Markdown itself produces (GFM tables, task
 * lists, footnotes, code blocks), their harmless attributes, and links to web, e-mail and phone
 * addresses or this site. Everything else a body could carry (raw HTML, `<script>`, `<meta>`,
 * `<iframe>`, `<form>`, `<style>`, `on*=`, `style=`, `javascript:`) is dropped. The project owns
 * this list; it starts from nothing rather than from a third party's defaults.
 */
export const CONTENT_SCHEMA: Schema = {
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
  clobber: [],
  clobberPrefix: '',
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'br'],
    ...['em', 'strong', 'del', 's', 'code', 'pre', 'span', 'sup', 'sub', 'kbd'],
    ...['ul', 'ol', 'li', 'input', 'a', 'img'],
    ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'section'],
  ],
  attributes: {
    '*': ['id'],
    a: [
      'href',
      'title',
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'term', 'data-footnote-backref'],
    ],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: [['className', /^language-[\w-]+$/]],
    pre: [
      'tabIndex',
      'dataLanguage',
      ['className', /^(astro-code|github-[\w-]+|language-[\w-]+)$/],
    ],
    h2: [['className', 'sr-only']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: [['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: ['start', ['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    th: ['align', 'scope'],
    td: ['align'],
  },
  protocols: {
    href: [...SAFE_PROTOCOLS],
    // Images only from this site (enforced after sanitising, as an empty list here allows all).
    src: ['http', 'https'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
};

/** An MDX component node: a report component the validator has already allowed. */
interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: unknown[];
}

const isMdxElement = (node: { type: string }): node is MdxElement & { type: string } =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * A rehype plugin that sanitises every Markdown and MDX body against CONTENT_SCHEMA. In MDX the
 * report components (`allowed`) are kept, with their literal attributes only: each is swapped
 * for a placeholder whose tag name is a fresh random value, which content cannot guess, and put
 * back after sanitising. Code (imports, exports, expressions) and any other component are
 * dropped, so even a body the validator never saw cannot run code or add live HTML.
 */
export function rehypeSanitizeContent(options: { components: readonly string[] }) {
  const allowed = new Set(options.components);
  return (tree: Root): Root => {
    const placeholder = `x-component-${randomUUID()}`;
    const sanitize = rehypeSanitize(schemaWith(placeholder)) as unknown as (tree: Root) => Root;
    const kept: MdxElement[] = [];
    const swap = (parent: Parents) => {
      parent.children = parent.children.map((child) => {
        const node = child as unknown as { type: string };
        if (isMdxElement(node)) {
          if (!node.name || !allowed.has(node.name)) return child;
          kept.push({
            ...node,
            attributes: node.attributes.filter(
              (a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string',
            ),
            children: [],
          });
          const element: Element = {
            type: 'element',
            tagName: placeholder,
            properties: { dataSlot: String(kept.length - 1) },
            children: [],
          };
          return element;
        }
        if ('children' in child) swap(child);
        return child;
      }) as typeof parent.children;
    };
    swap(tree);
    const clean = sanitize(tree);
    dropForeignImages(clean);
    if (kept.length === 0) return clean;
    const restore = (parent: Parents) => {
      parent.children = parent.children.map((child: Nodes) => {
        if (child.type === 'element' && child.tagName === placeholder) {
          return kept[Number(child.properties['dataSlot'])] as unknown as Element;
        }
        if ('children' in child) restore(child);
        return child;
      }) as typeof parent.children;
    };
    restore(clean);
    return clean;
  };
}

/** Images from elsewhere would be a request to a third party whenever a reader opens the page. */
function dropForeignImages(parent: Parents): void {
  parent.children = parent.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (child.tagName === 'img') {
      const src = String(child.properties['src'] ?? '').trim();
      return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src);
    }
    dropForeignImages(child);
    return true;
  }) as typeof parent.children;
}

/** The schema with a placeholder tag allowed; used by the plugin only. */
function schemaWith(tagName: string): Schema {
  return {
    ...CONTENT_SCHEMA,
    tagNames: [...(CONTENT_SCHEMA.tagNames ?? []), tagName],
    attributes: { ...CONTENT_SCHEMA.attributes, [tagName]: ['dataSlot'] },
  };
}
