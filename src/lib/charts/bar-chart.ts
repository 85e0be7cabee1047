import { scaleLinear } from 'd3-scale';

/** One row of a horizontal bar chart: a bar for the value and, optionally, a line for a range (quartiles). */
export interface BarRow {
  label: string;
  /** Undefined draws no bar: the figure is hidden. */
  value?: number | undefined;
  range?: readonly [number, number] | undefined;
  /** The language of the label, when it differs from the page's. */
  lang?: string | undefined;
}

export interface BarChartOptions {
  rows: readonly BarRow[];
  /** The value axis, e.g. [0, 100] for scores or [0, n] for counts. */
  domain: readonly [number, number];
  ticks?: number;
  /** How numbers are written (decimal comma in Latvian). */
  format?: (value: number) => string;
}

/** A line of text placed in SVG user units; `anchor` as SVG's `text-anchor`. */
export interface ChartText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Plain geometry of a bar chart, in SVG user units: what the SVG component draws, nothing more. */
export interface BarChart {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: Array<{
    lang?: string | undefined;
    /** The row's label, on one or more lines. */
    label: ChartText[];
    bar?: { x: number; y: number; width: number; height: number };
    range?: { x1: number; x2: number; y: number };
    value: ChartText;
  }>;
  ticks: Array<{ x: number; label: ChartText }>;
  /** True when some row has a range line, so the chart needs its legend. */
  hasRanges: boolean;
}

/** The same chart laid out for a wide column and for a phone, where text must stay legible. */
export interface BarChartLayouts {
  wide: BarChart;
  narrow: BarChart;
}

/**
 * Text metrics in user units. The SVG is drawn at 13 units a letter and shown at about one CSS
 * pixel a unit (wide: a 720-unit chart in a 45rem column; narrow: 340 units on a 375 px phone),
 * so its text stays at least 12 px tall. Labels are not measured by a browser at build time:
 * 7.6 units a character covers the widest system fonts' average letter.
 */
export const FONT_SIZE = 13;
const CHAR = 7.6;
const LINE = 16;
/** Gap between a bar's or range's end and the number written after it. */
const GAP = 6;

const plain = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Breaks a label into lines of at most `chars` characters, at spaces. */
function wrap(label: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= chars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface Layout {
  width: number;
  /** Where the plot starts: after the labels (wide) or at the left edge (narrow, labels above). */
  plotX: (rows: readonly BarRow[]) => number;
  labelsAbove: boolean;
}

/** The number's room after the longest bar: "100,0" and its gap. */
const valueRoom = (format: (v: number) => string, domain: readonly [number, number]) =>
  GAP + format(domain[1] - 0.05).length * CHAR + 4;

function layOut(options: BarChartOptions, layout: Layout): BarChart {
  const { rows, domain, ticks = 5, format = plain } = options;
  const { width, labelsAbove } = layout;
  const top = 8;
  const barHeight = labelsAbove ? 14 : 18;
  const plotX = layout.plotX(rows);
  const plotWidth = width - plotX - valueRoom(format, domain);
  const x = scaleLinear()
    .domain([domain[0], domain[1]])
    .range([plotX, plotX + plotWidth]);
  let y = top;
  const bars = rows.map((row) => {
    const lines = labelsAbove ? wrap(row.label, Math.floor((width - 4) / CHAR)) : [row.label];
    const rowStart = y;
    const labelHeight = labelsAbove ? lines.length * LINE : 0;
    const rowTop = rowStart + labelHeight + (labelsAbove ? 2 : 0);
    const middle = rowTop + barHeight / 2;
    y = rowTop + barHeight + 10;
    const hasValue = row.value !== undefined;
    const range = row.range ? { x1: x(row.range[0]), x2: x(row.range[1]), y: middle } : undefined;
    // The number goes after whatever reaches furthest right, so no line runs through it.
    const end = Math.max(hasValue ? x(row.value ?? 0) : x(domain[0]), range?.x2 ?? 0);
    const baseline = (centre: number) => centre + FONT_SIZE * 0.35;
    return {
      lang: row.lang,
      label: lines.map((text, i): ChartText =>
        labelsAbove
          ? { text, x: 0, y: baseline(rowStart + i * LINE + LINE / 2), anchor: 'start' }
          : { text, x: plotX - 8, y: baseline(middle), anchor: 'end' },
      ),
      ...(hasValue
        ? {
            bar: {
              x: x(domain[0]),
              y: rowTop,
              width: Math.max(0, x(row.value ?? 0) - x(domain[0])),
              height: barHeight,
            },
          }
        : {}),
      ...(range ? { range } : {}),
      value: {
        text: hasValue ? format(row.value ?? 0) : '—',
        x: end + GAP,
        y: baseline(middle),
        anchor: 'start' as const,
      },
    };
  });
  const plot = { x: plotX, y: top, width: plotWidth, height: y - top };
  return {
    width,
    height: plot.y + plot.height + 24,
    plot,
    bars,
    ticks: x.ticks(labelsAbove ? Math.min(ticks, 3) : ticks).map((tick) => ({
      x: x(tick),
      label: {
        text: format(tick),
        x: x(tick),
        y: plot.y + plot.height + 16,
        anchor: 'middle' as const,
      },
    })),
    hasRanges: rows.some((row) => row.range),
  };
}

/**
 * Lays out a horizontal bar chart with d3 scales, once for a wide column (labels beside the bars)
 * and once for a phone (labels above them); hidden values get a dash instead of a bar.
 */
export function barChart(options: BarChartOptions): BarChartLayouts {
  const wideWidth = 720;
  return {
    wide: layOut(options, {
      width: wideWidth,
      labelsAbove: false,
      // Labels are not wrapped beside the bars: make room for the longest one.
      plotX: (rows) =>
        Math.min(wideWidth * 0.5, 16 + Math.max(0, ...rows.map((r) => r.label.length)) * CHAR),
    }),
    narrow: layOut(options, { width: 340, labelsAbove: true, plotX: () => 4 }),
  };
}
