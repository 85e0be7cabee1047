import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pilotSchema, localizedSchema } from '../../../src/lib/content/schemas/index.ts';
import { publishResults } from '../../../src/lib/results/publish.ts';
import { openDataRows } from '../../../src/lib/results/open-data.ts';
import { codeInfos } from '../../../src/lib/self-assessment/methodology.ts';
import { parsePublishedAverages, pilotFigure } from '../../../src/lib/self-assessment/published.ts';
import { DEFAULT_CONTENT, methodologyOfTree } from '../../helpers/self-assessment.ts';

const methodology = methodologyOfTree(DEFAULT_CONTENT);
const schema = pilotSchema(localizedSchema());
const pilots = readdirSync(join(DEFAULT_CONTENT, 'pilots')).map((file) =>
  schema.parse(JSON.parse(readFileSync(join(DEFAULT_CONTENT, 'pilots', file), 'utf8'))),
);

describe('the published pilot averages the tool compares with', async () => {
  const results = await publishResults({
    pilots,
    codes: codeInfos(methodology),
    panels: methodology.panels,
    k: 3,
    defaultLocale: 'lv',
  });
  const label = () => ({ lv: 'x' });
  const rows = openDataRows(
    results,
    Object.fromEntries(methodology.criteria.map((c) => [c.code, c.kind])),
    { criterion: label, kind: label, group: label },
  );
  const parsed = parsePublishedAverages({ sampleData: true, minGroupSize: 3, rows });

  it('are exactly the means the results pages show, and nothing for a hidden figure', () => {
    expect(parsed).toBeDefined();
    for (const [code, figure] of Object.entries(results.criteria)) {
      if (figure.mean === undefined) expect(parsed?.criteria.has(code)).toBe(false);
      else expect(parsed?.criteria.get(code)).toEqual({ mean: figure.mean, n: figure.n });
    }
    for (const [kind, figure] of Object.entries(results.kinds))
      expect(parsed?.kinds.get(kind)?.mean).toBe(figure.mean);
    expect([...(parsed?.criteria.keys() ?? [])].length).toBeGreaterThan(0);
  });

  it('tolerate hidden cells that publish nothing about themselves, or rows left out', () => {
    const file = {
      rows: [
        { scope: 'criterion', id: '1', mean: 48.5, n: 9 },
        { scope: 'criterion', id: '4.6', hidden: true },
        { scope: 'criterion', id: '4.5', mean: null, n: null, hidden: true },
        { scope: 'criterion', id: '2' },
        { scope: 'kind', id: 'enabler', mean: 50.1 },
        { scope: 'by-region', id: 'riga', kind: 'enabler', mean: 40 },
        'not a row',
      ],
    };
    const averages = parsePublishedAverages(file);
    expect([...(averages?.criteria ?? [])]).toEqual([['1', { mean: 48.5, n: 9 }]]);
    expect(averages?.kinds.get('enabler')).toEqual({ mean: 50.1, n: undefined });
    expect(averages?.sampleData).toBe(false);
  });

  it("are only the current edition's with editions: the tool assesses the current edition", () => {
    const file = {
      currentEdition: '2012',
      rows: [
        { edition: '2011-draft', scope: 'criterion', id: '1', mean: 48.5, n: 9 },
        { edition: '2011-draft', scope: 'kind', id: 'enabler', mean: 50.1 },
        { edition: '2012', scope: 'criterion', id: '2', mean: 61, n: 4 },
      ],
    };
    const averages = parsePublishedAverages(file);
    expect([...(averages?.criteria ?? [])]).toEqual([['2', { mean: 61, n: 4 }]]);
    expect(averages?.kinds.size).toBe(0);
    // No pilot assessed the current edition: nothing to compare with, rather than another edition's figures.
    const none = parsePublishedAverages({ ...file, rows: file.rows.slice(0, 2) });
    expect(averages && none?.criteria.size).toBe(0);
  });

  it('are absent, not invented, when the file cannot be read', () => {
    expect(parsePublishedAverages('<html>')).toBeUndefined();
    expect(parsePublishedAverages({ rows: 'none' })).toBeUndefined();
  });

  it('are the named edition’s when the results pages show another edition’s pilots, mapped code by code', () => {
    const file = {
      currentEdition: '2012',
      editions: [
        { id: '2011-draft', published: true, pilotCount: 9 },
        { id: '2012', published: false, pilotCount: null },
      ],
      rows: [
        { edition: '2011-draft', scope: 'criterion', id: '4.4', mean: 42.8, n: 6 },
        { edition: '2011-draft', scope: 'criterion', id: '7.1', mean: null, hidden: true },
        { edition: '2011-draft', scope: 'criterion', id: '5.4', mean: 42.6, n: 9 },
      ],
    };
    const averages = parsePublishedAverages(file, '2011-draft');
    expect(averages?.pilotCount).toBe(9);
    if (!averages) return;
    // 2012's 4.5 is the draft's 4.4; 2.4 is new in 2012; 7.1 is hidden; 9.9 is simply not there.
    const codes = { '4.5': '4.4', '7.1': '7.1', '9.9': '9.9' };
    expect(pilotFigure(averages, '4.5', codes)).toEqual({
      state: 'figure',
      figure: { mean: 42.8, n: 6 },
      code: '4.4',
    });
    expect(pilotFigure(averages, '2.4', codes)).toEqual({ state: 'noCounterpart' });
    expect(pilotFigure(averages, '7.1', codes)).toEqual({ state: 'hidden', code: '7.1' });
    expect(pilotFigure(averages, '9.9', codes)).toEqual({ state: 'notPublished' });
    // Without editions, a code is its own.
    expect(pilotFigure(averages, '4.4', undefined).state).toBe('figure');
  });
});
