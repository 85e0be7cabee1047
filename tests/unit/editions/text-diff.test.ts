import { describe, expect, it } from 'vitest';
import { elide, sameButTypography, wordDiff } from '../../../src/lib/editions/text-diff.ts';
import { plainBody } from '../../../src/lib/markdown/plain-text.ts';

describe('showing a diff', () => {
  it('has nothing to show for the same text', () => {
    expect(wordDiff('Misija un vērtības.', 'Misija un vērtības.')).toBeUndefined();
  });

  it('shortens a long unchanged stretch to the words around the change', () => {
    const long = 'vārds '.repeat(60).trim();
    const parts = elide([
      { text: `${long} `, change: 'same' },
      { text: 'jauns', change: 'added' },
      { text: ` ${long}`, change: 'same' },
    ]);
    expect(parts[0]?.text.startsWith('… ')).toBe(true);
    expect(parts[0]?.text.length).toBeLessThan(90);
    expect(parts[1]).toEqual({ text: 'jauns', change: 'added' });
    expect(parts[2]?.text.endsWith(' …')).toBe(true);
  });
});

describe('typography in a diff', () => {
  it('is no change when only quotation marks, dashes or spaces differ', () => {
    expect(
      wordDiff('projekts "SocQuality" - 2018', 'projekts „SocQuality” – 2018'),
    ).toBeUndefined();
    expect(sameButTypography('a  b', 'a\u00a0b')).toBe(true);
    expect(sameButTypography('a b', 'a c')).toBe(false);
  });

  it('shows a changed word beside new quotation marks as the word alone, in the newer writing', () => {
    expect(wordDiff('Klientu apmierinātība "x"', 'Klientu uztvere „x”')).toEqual([
      { text: 'Klientu ', change: 'same' },
      { text: 'apmierinātība', change: 'removed' },
      { text: 'uztvere', change: 'added' },
      { text: ' „x”', change: 'same' },
    ]);
  });
});

describe('a Markdown body as the text a page shows', () => {
  it('drops emphasis, link targets, heading marks and HTML, and keeps tables apart', () => {
    const body = plainBody(
      '## Vērtēšana\n\n**Svarīgi:** skatiet [vārdnīcu](/glossary/).<br>\n\n| Punkti | Nozīme |\n| --- | --- |\n| 0–10 | *nav* |\n',
    );
    expect(body.text).toBe('Vērtēšana\nSvarīgi: skatiet vārdnīcu.');
    expect(body.tables).toEqual([{ header: ['Punkti', 'Nozīme'], rows: [['0–10', 'nav']] }]);
  });
});
