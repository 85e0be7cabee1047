import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../src/lib/glossary/definition.ts';

describe('a term’s definition on the glossary index', () => {
  it('is the first paragraph as plain text, without Markdown marks', () => {
    expect(
      definitionOf(
        '\nTabula, kas **vērtējumu** joslām piesaista [aprakstu](/x/).\n\nOtrs teikums.',
      ),
    ).toBe('Tabula, kas vērtējumu joslām piesaista aprakstu.');
  });

  it('is empty for a term without a body', () => {
    expect(definitionOf('')).toBe('');
  });
});
