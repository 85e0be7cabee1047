import { scaleBand, scaleLinear } from 'd3-scale';

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
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
  ticks?: number;
  /** How numbers are written (decimal comma in Latvian). */
  format?: (value: number) => string;
}

/** Plain geometry of a bar chart, in SVG user units: what the SVG component draws, nothing more. */
export interface BarChart {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: Array<{
    label: string;
    lang?: string | undefined;
    labelY: number;
    bar?: { x: number; y: number; width: number; height: number };
    range?: { x1: number; x2: number; y: number };
    valueText: string;
    valueX: number;
  }>;
  ticks: Array<{ x: number; label: string }>;
}

const plain = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Lays out a horizontal bar chart with d3 scales; hidden values get a dash instead of a bar. */
export function barChart(options: BarChartOptions): BarChart {
  const { rows, domain, width = 720, rowHeight = 28, ticks = 5, format = plain } = options;
  // Labels are not wrapped in SVG: make room for the longest one (about 7 units a character).
  const longest = Math.max(0, ...rows.map((row) => row.label.length));
  const labelWidth = options.labelWidth ?? Math.min(width * 0.5, 16 + longest * 7.2);
  const margin = { top: 8, right: 48, bottom: 28 };
  const height = margin.top + rows.length * rowHeight + margin.bottom;
  const plot = {
    x: labelWidth,
    y: margin.top,
    width: width - labelWidth - margin.right,
    height: rows.length * rowHeight,
  };
  const x = scaleLinear()
    .domain([domain[0], domain[1]])
    .range([plot.x, plot.x + plot.width]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const bars = rows.map((row, i) => {
    const top = y(i) ?? 0;
    const middle = top + y.bandwidth() / 2;
    const hasValue = row.value !== undefined;
    return {
      label: row.label,
      lang: row.lang,
      labelY: middle,
      ...(hasValue
        ? {
            bar: {
              x: x(domain[0]),
              y: top,
              width: Math.max(0, x(row.value ?? 0) - x(domain[0])),
              height: y.bandwidth(),
            },
          }
        : {}),
      ...(row.range ? { range: { x1: x(row.range[0]), x2: x(row.range[1]), y: middle } } : {}),
      valueText: hasValue ? format(row.value ?? 0) : '—',
      valueX: hasValue ? x(row.value ?? 0) + 6 : x(domain[0]) + 6,
    };
  });
  return {
    width,
    height,
    plot,
    bars,
    ticks: x.ticks(ticks).map((tick) => ({ x: x(tick), label: format(tick) })),
  };
}
