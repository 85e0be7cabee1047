import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import { editionContent, treeChanges } from '../../../src/lib/editions/list.ts';
import {
  criterionHistory,
  historyLines,
  pageInEdition,
  type EditionPages,
} from '../../../src/lib/editions/pages.ts';
import { publishByEdition } from '../../../src/lib/results/by-edition.ts';
import { composeTree } from '../../helpers/fixtures.ts';

function fixture() {
  const { tree } = loadContentTree(composeTree('editions'));
  const pages: EditionPages = {
    codes: (id) =>
      new Set(
        editionContent(tree, id)
          ?.criteria.filter((c) => c.locale === 'lv')
          .map((c) => c.id),
      ),
    chapters: (id) => [...new Set(editionContent(tree, id)?.methodology.map((m) => m.id))],
  };
  return { tree, pairs: treeChanges(tree), pages };
}

describe('the version switcher and the older-edition banner', () => {
  it('lead from a renumbered sub-criterion to its page in the other edition', () => {
    const { pairs, pages } = fixture();
    expect(pageInEdition({ area: 'criteria', code: '1.3' }, 'draft', 'v1', pairs, pages)).toEqual({
      page: { area: 'criteria', code: '1.2' },
      exact: true,
    });
  });

  it('lead from a removed criterion to the criteria overview, saying it is not the same page', () => {
    const { pairs, pages } = fixture();
    expect(pageInEdition({ area: 'criteria', code: '3' }, 'draft', 'v1', pairs, pages)).toEqual({
      page: { area: 'criteria' },
      exact: false,
    });
  });

  it('lead from a sub-criterion added in the current edition to its criterion in the older one', () => {
    const { pairs, pages } = fixture();
    expect(pageInEdition({ area: 'criteria', code: '2.2' }, 'v1', 'draft', pairs, pages)).toEqual({
      page: { area: 'criteria', code: '2' },
      exact: false,
    });
  });

  it('keep a chapter both editions have', () => {
    const { pairs, pages } = fixture();
    expect(
      pageInEdition({ area: 'methodology', slug: 'about' }, 'draft', 'v1', pairs, pages),
    ).toEqual({ page: { area: 'methodology', slug: 'about' }, exact: true });
  });
});

describe('how a criterion changed', () => {
  it('says a current sub-criterion was renumbered from the draft', () => {
    const { pairs } = fixture();
    const history = criterionHistory(pairs, 'v1', '1.2');
    expect(history.since).toMatchObject({
      edition: 'draft',
      change: { change: 'changed', from: '1.3', renumbered: true },
    });
    expect(history.until).toBeUndefined();
  });

  it('says an old criterion was removed in the next edition', () => {
    const { pairs } = fixture();
    expect(criterionHistory(pairs, 'draft', '3')).toEqual({
      until: { edition: 'v1', change: { change: 'removed', from: '3' } },
    });
  });

  it('says nothing changed for a criterion whose files are the same', () => {
    const { pairs } = fixture();
    expect(criterionHistory(pairs, 'v1', '2.1')).toEqual({
      since: { edition: 'draft', change: undefined },
    });
  });
});

describe('the "how it changed" list', () => {
  it('says what changed since the older edition, by key and values', () => {
    const { pairs } = fixture();
    expect(historyLines(criterionHistory(pairs, 'v1', '1.1'))).toEqual([
      { key: 'history.changedSince', edition: 'draft', fields: ['summary', 'body'], since: true },
    ]);
    expect(historyLines(criterionHistory(pairs, 'draft', '1.3'))).toEqual([
      { key: 'history.renumberedTo', edition: 'v1', code: '1.2', since: false },
      { key: 'history.changedIn', edition: 'v1', fields: ['body'], since: false },
    ]);
  });
});

describe('results by edition', () => {
  it('publishes each edition from its own pilots and codes', async () => {
    const { tree } = fixture();
    const [draft, current] = await publishByEdition(tree);
    expect(draft?.edition).toBe('draft');
    expect(draft?.results.pilotCount).toBe(3);
    expect(Object.keys(draft?.results.criteria ?? {})).toContain('3.1');
    expect(current?.results.pilotCount).toBe(3);
    expect(Object.keys(current?.results.criteria ?? {})).not.toContain('3.1');
  });

  it('publishes nothing for an edition with fewer than k pilots, whatever the other editions have', async () => {
    const { tree } = fixture();
    const twoDraftPilots = { ...tree, pilots: tree.pilots.filter((p) => p.data.id !== 'P06') };
    const [draft, current] = await publishByEdition(twoDraftPilots);
    expect(draft?.results).toMatchObject({ pilotCount: 2, published: false, criteria: {} });
    expect(current?.results.published).toBe(true);
  });
});
