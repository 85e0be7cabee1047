import { describe, expect, it } from 'vitest';
import { matchCriteria, titleSimilarity } from '../../../src/lib/editions/match.ts';

const titled = (entries: Record<string, string>) =>
  Object.entries(entries).map(([code, title]) => ({ code, title }));

describe('matching the criteria of two editions', () => {
  it('treats inflected Latvian titles as alike and unrelated ones as not', () => {
    expect(titleSimilarity('Organizācijas pārvaldība', 'Organizācijas pārvaldības')).toBe(1);
    expect(titleSimilarity('Finanšu vadība', 'Darbinieku iesaiste')).toBe(0);
  });

  it('shows a sub-criterion moved to another number as renumbered, not removed and added', () => {
    const matching = matchCriteria(
      titled({ '4': 'Partnerības', '4.4': 'Tehnoloģijas', '4.5': 'Informācija un zināšanas' }),
      titled({ '4': 'Partnerības', '4.4': 'Informācija un zināšanas', '4.5': 'Tehnoloģijas' }),
    );
    expect(Object.fromEntries(matching.successors)).toEqual({
      '4': '4',
      '4.4': '4.5',
      '4.5': '4.4',
    });
    expect(matching.removed).toEqual([]);
    expect(matching.added).toEqual([]);
  });

  it('keeps a criterion whose title was reworded under its code as renamed', () => {
    const matching = matchCriteria(
      titled({ '6.1': 'Klientu apmierinātības mērījumi' }),
      titled({ '6.1': 'Klientu uztveres rādītāji' }),
    );
    expect(matching.successors.get('6.1')).toBe('6.1');
  });

  it('reports a criterion with no similar title and no code left as removed, and a new one as added', () => {
    const matching = matchCriteria(
      titled({ '5.4': 'Kvalitātes prasību ievērošana' }),
      titled({ '2.4': 'Pārmaiņu un inovāciju vadība' }),
    );
    expect(matching.removed).toEqual(['5.4']);
    expect(matching.added).toEqual(['2.4']);
  });

  it('never turns a sub-criterion into a criterion', () => {
    const matching = matchCriteria(titled({ '3.3': 'Iesaiste' }), titled({ '4': 'Iesaiste' }));
    expect(matching.removed).toEqual(['3.3']);
    expect(matching.added).toEqual(['4']);
  });

  it("follows the editor's renumbering where the titles say nothing", () => {
    const before = titled({ '1.3': 'Motivēšana' });
    const after = titled({ '1.4': 'Atbalsts darbiniekiem' });
    expect(matchCriteria(before, after).removed).toEqual(['1.3']);
    const overridden = matchCriteria(before, after, { '1.3': '1.4' });
    expect(overridden.successors.get('1.3')).toBe('1.4');
    expect(overridden.added).toEqual([]);
  });

  it('lets the editor say a criterion has no successor although a code and title match', () => {
    const matching = matchCriteria(titled({ '2.1': 'Uztvere' }), titled({ '2.1': 'Uztvere' }), {
      '2.1': null,
    });
    expect(matching.removed).toEqual(['2.1']);
    expect(matching.added).toEqual(['2.1']);
  });
});
