import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/bar-chart.ts';

const rows = [
  { label: '1 Vadība', value: 39.8, range: [30.3, 50.3] as const },
  { label: '7 Ar personālu saistītie rezultāti un vēl garāks nosaukums', value: 21.3 },
  { label: '9 Galvenie darbības rezultāti', value: undefined },
];

describe('bar chart geometry', () => {
  const { wide, narrow } = barChart({ rows, domain: [0, 100] });

  it('writes each number after its bar and its range line, never across them', () => {
    for (const chart of [wide, narrow]) {
      for (const bar of chart.bars) {
        const end = Math.max(bar.bar ? bar.bar.x + bar.bar.width : 0, bar.range ? bar.range.x2 : 0);
        expect(bar.value.x).toBeGreaterThan(end);
      }
    }
  });

  it('keeps every number inside the chart, even at the top of the scale', () => {
    const full = barChart({
      rows: [{ label: 'a', value: 100, range: [90, 100] }],
      domain: [0, 100],
    });
    for (const chart of [full.wide, full.narrow])
      expect(chart.bars[0]!.value.x + 5 * 7.6).toBeLessThanOrEqual(chart.width);
  });

  it('puts labels above the bars on a phone, wrapped to the width', () => {
    for (const bar of narrow.bars) {
      for (const line of bar.label) {
        expect(line.anchor).toBe('start');
        expect(line.text.length * 7.6).toBeLessThanOrEqual(narrow.width);
        expect(line.y).toBeLessThan(bar.value.y);
      }
    }
    expect(narrow.bars[1]!.label.length).toBeGreaterThan(1);
  });

  it('marks a hidden value with a dash and draws no bar', () => {
    expect(wide.bars[2]!.bar).toBeUndefined();
    expect(wide.bars[2]!.value.text).toBe('—');
  });

  it('asks for a legend only when a row has a range line', () => {
    expect(wide.hasRanges).toBe(true);
    expect(barChart({ rows: [{ label: 'a', value: 1 }], domain: [0, 5] }).wide.hasRanges).toBe(
      false,
    );
  });
});
