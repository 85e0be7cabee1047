import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** A Markdown or MDX body as a syntax tree, or where and why it cannot be parsed. */
export type ParsedBody =
  { ok: true; tree: Root } | { ok: false; line: number; column: number; reason: string };

/**
 * Parses a body into its syntax tree with the extensions the site uses (GFM tables, autolinks;
 * MDX for `.mdx`), so rules look at what the renderer will see rather than at patterns in text.
 */
export function parseBody(body: string, mdx: boolean): ParsedBody {
  const key = `${mdx ? 'mdx' : 'md'}\u0000${body}`;
  const cached = parsed.get(key);
  if (cached) return cached;
  const result = parse(body, mdx);
  if (parsed.size >= 5_000) parsed.clear();
  parsed.set(key, result);
  return result;
}

/**
 * Bodies parsed in this process: `npm run dev` re-checks the tree on every save, and most bodies
 * have not changed. Callers only read the trees.
 */
const parsed = new Map<string, ParsedBody>();

function parse(body: string, mdx: boolean): ParsedBody {
  try {
    const tree = fromMarkdown(body, {
      extensions: mdx ? [gfm(), mdxjs()] : [gfm()],
      mdastExtensions: mdx ? [gfmFromMarkdown(), mdxFromMarkdown()] : [gfmFromMarkdown()],
    });
    return { ok: true, tree };
  } catch (error) {
    const { line, column, reason, ruleId } = error as {
      line?: number;
      column?: number;
      reason?: string;
      ruleId?: string;
    };
    return {
      ok: false,
      line: line ?? 1,
      column: column ?? 1,
      reason: plainMdxReason(ruleId, reason ?? ''),
    };
  }
}

/** The MDX parser's messages in an editor's words. */
function plainMdxReason(ruleId: string | undefined, reason: string): string {
  if (/to create a comment in MDX/.test(reason))
    return 'HTML comments ("<!-- … -->") cannot be used in .mdx files: write {/* … */}';
  if (ruleId === 'acorn' || /expression/i.test(reason))
    return '"{" and "}" mark code in .mdx files: write \\{ and \\} for the characters themselves';
  if (ruleId === 'end-tag-mismatch' || /closing tag/.test(reason))
    return 'a tag is not closed: .mdx files take no HTML, only the report components (written <Name … />); write Markdown, and \\< for the character "<"';
  if (/before name|after name|character/.test(reason))
    return '"<" starts a component in .mdx files: write \\< for the character itself';
  return 'is not valid MDX: check the components (<Name … />), and write \\<, \\{ for the characters';
}
