/**
 * The result's score profile drawn in the browser: the bar-chart geometry the results pages use
 * (src/lib/charts) as SVG, the wide and the phone layout.
 */
import type { BarChart, BarChartLayouts, ChartText } from '../../lib/charts/bar-chart';
import { s } from './dom';

/**
 * The same geometry as the results pages' charts (src/lib/charts), drawn in the browser: the wide
 * and the phone layout, the stylesheet shows the one that fits.
 */
export function chartSvg(chart: BarChartLayouts, title: string, description: string): SVGElement[] {
  const text = (line: ChartText, className?: string) =>
    s(
      'text',
      {
        ...(className ? { class: className } : {}),
        x: line.x,
        y: line.y,
        'text-anchor': line.anchor,
      },
      line.text,
    );
  const layouts: Array<[string, BarChart]> = [
    ['wide', chart.wide],
    ['narrow', chart.narrow],
  ];
  return layouts.map(([layout, geometry]) => {
    const { plot } = geometry;
    return s(
      'svg',
      {
        class: `chart__svg chart__svg--${layout}`,
        viewBox: `0 0 ${geometry.width} ${geometry.height}`,
        width: geometry.width,
        height: geometry.height,
        role: 'img',
        'aria-labelledby': `sa-chart-${layout}-title sa-chart-${layout}-desc`,
      },
      s('title', { id: `sa-chart-${layout}-title` }, title),
      s('desc', { id: `sa-chart-${layout}-desc` }, description),
      ...geometry.ticks.map((tick) =>
        s(
          'g',
          { class: 'chart__tick' },
          s('line', { x1: tick.x, x2: tick.x, y1: plot.y, y2: plot.y + plot.height }),
          text(tick.label),
        ),
      ),
      ...geometry.bars.map((bar) =>
        s(
          'g',
          { class: 'chart__row' },
          ...bar.label.map((line) => text(line, 'chart__label')),
          ...(bar.bar
            ? [
                s('rect', {
                  class: 'chart__bar',
                  x: bar.bar.x,
                  y: bar.bar.y,
                  width: bar.bar.width,
                  height: bar.bar.height,
                }),
              ]
            : []),
          text(bar.value, 'chart__value'),
        ),
      ),
    );
  });
}
