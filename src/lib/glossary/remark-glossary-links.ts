import type { Link, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { byLongestWord, insideExcluded, termPattern, type LinkableTerm } from './match.ts';

export interface GlossaryLinkOptions {
  /** Which terms to link in a file, from its path (by locale); none for files outside the tree. */
  termsFor: (filePath: string) => { terms: readonly LinkableTerm[]; selfId?: string | undefined };
}

/** Where a term must never become a link: headings, links, code and embedded components. */
const IGNORE = [
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
];

/**
 * A remark plugin that links the first occurrence of each glossary term (or alias) on a page to
 * its definition. Never inside headings, links or code, nor inside a phrase the term excludes;
 * a term page does not link to itself.
 */
export function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  return () => (tree: Root, file: { path?: string }) => {
    const { terms, selfId } = options.termsFor(file.path ?? '');
    for (const term of byLongestWord(terms)) {
      if (term.id === selfId || term.words.length === 0) continue;
      let linked = false;
      findAndReplace(
        tree,
        [
          termPattern(term.words),
          (match: string, found: { index: number; input: string }): Link | false => {
            if (
              linked ||
              insideExcluded(found.input, found.index, match.length, term.exclude ?? [])
            )
              return false;
            linked = true;
            return {
              type: 'link',
              url: term.href,
              title: null,
              children: [{ type: 'text', value: match }],
              data: { hProperties: { className: ['term'] } },
            };
          },
        ],
        { ignore: IGNORE },
      );
    }
  };
}
