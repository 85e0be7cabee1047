import { describe, expect, it } from 'vitest';
import { spacedForIndex } from '../../../src/lib/search/index-text.ts';

describe('page text for the search index', () => {
  it('keeps a space between table cells and after headings, so snippets do not run words together', () => {
    const html = '<h2>Scores</h2><table><tr><th>Criterion</th><th>Assessed</th></tr></table>';
    const text = spacedForIndex(html).replace(/<[^>]+>/g, '');
    expect(text).toBe('Scores Criterion Assessed ');
  });
});
