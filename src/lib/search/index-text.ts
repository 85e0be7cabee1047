/** Elements a reader sees as separate blocks or cells, whose words must not run together. */
const BLOCK_END = /<\/(?:t[dh]|h[1-6]|li|p|dt|dd|caption|figcaption|div|section|summary|legend)>/g;

/**
 * A built page as the search index should read it. Pages are written without whitespace between
 * tags, and Pagefind joins the text of adjacent cells and headings ("scoresCriterionAssessed");
 * a space after each block's end keeps snippets readable. Only the index reads this text.
 */
export function spacedForIndex(html: string): string {
  return html.replace(BLOCK_END, '$& ');
}
