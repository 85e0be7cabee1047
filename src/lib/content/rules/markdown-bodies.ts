import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseBody } from '../../markdown/parse-body.ts';
import { SAFE_PROTOCOLS, isSafeUrl } from '../../markdown/safe-url.ts';
import type { ProblemList } from '../problem.ts';
import type { LocalizedEntry } from '../tree.ts';

/** Where a node of a body is, as the file's line and column. */
export function placeOf(entry: LocalizedEntry<unknown>, node: Nodes): string {
  const start = node.position?.start;
  return start ? `line ${entry.bodyLine + start.line - 1}, column ${start.column}` : 'body';
}

/**
 * Every link and image of a body goes to a web, e-mail or phone address or to this site:
 * `javascript:`, `data:` and other schemes never reach a reader.
 */
export function checkLinks(
  entry: LocalizedEntry<unknown>,
  tree: Root,
  problems: ProblemList,
): void {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    if (node.type === 'image' && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url.trim())) {
      problems.add(
        entry.file,
        placeOf(entry, node),
        'images must be files of this site (an address such as /images/x.png): an image from elsewhere would tell another site who reads the page',
      );
      return;
    }
    if (isSafeUrl(node.url)) return;
    const shown = node.url.length > 40 ? `${node.url.slice(0, 40)}…` : node.url;
    problems.add(
      entry.file,
      placeOf(entry, node),
      `the ${node.type === 'image' ? 'image' : 'link'} address ${JSON.stringify(shown)} is not allowed: use ${SAFE_PROTOCOLS.map((p) => `${p}:`).join(', ')} or an address on this site`,
    );
  });
}

/**
 * Markdown bodies (`.md`) hold Markdown only: raw HTML is refused with its line, since the site
 * would drop it anyway (only comments pass, and they are dropped silently). `.mdx` bodies are
 * checked by the report-components rule.
 */
export function checkMarkdownBodies(
  entries: readonly LocalizedEntry<unknown>[],
  problems: ProblemList,
): void {
  for (const entry of entries) {
    if (entry.file.endsWith('.mdx')) continue;
    const parsed = parseBody(entry.body, false);
    if (!parsed.ok) continue; // Markdown always parses
    visit(parsed.tree, 'html', (node) => {
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return;
      const tag = /^<\/?([A-Za-z][\w-]*)/.exec(node.value.trim())?.[1];
      problems.add(
        entry.file,
        placeOf(entry, node),
        tag && /^[A-Z]/.test(tag)
          ? `<${tag}> works only in .mdx pages (methodology, reports, news); in a .md file write Markdown`
          : `HTML${tag ? ` (<${tag}>)` : ''} is not allowed in content: write Markdown (a blank line starts a new paragraph, **bold**, [link](https://…))`,
      );
    });
    checkLinks(entry, parsed.tree, problems);
  }
}
