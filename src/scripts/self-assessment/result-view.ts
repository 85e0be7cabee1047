/** The result: averages, the score profile chart and table, the pilots' published figures, the plan. */
import {
  barChart,
  type BarChart,
  type BarChartLayouts,
  type ChartText,
} from '../../lib/charts/bar-chart';
import type { Kind } from '../../lib/content/schemas/criterion';
import { PRIORITIES } from '../../lib/self-assessment/assessment';
import {
  parsePublishedAverages,
  pilotFigure,
  type PilotComparison,
  type PublishedAverages,
} from '../../lib/self-assessment/published';
import { assessmentResult, bandFor, progressOf } from '../../lib/self-assessment/result';
import { resolveText } from '../../lib/i18n/fallback';
import { labelOf, type App } from './app';
import { h, s, scrollRegion } from './dom';

let published: Promise<PublishedAverages | undefined> | undefined;

/** The site's own open data, read once; offline it comes from the service worker's cache. */
function publishedAverages(app: App): Promise<PublishedAverages | undefined> {
  published ??= fetch(app.methodology.openData)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((data: unknown) => parsePublishedAverages(data, app.methodology.comparison?.edition))
    .catch(() => undefined);
  return published;
}

export function resultView(app: App): HTMLElement {
  const { t, methodology } = app;
  const assessment = app.assessment();
  const result = assessmentResult(assessment.entries, methodology);
  const progress = progressOf(assessment.entries, methodology);
  const format = (value: number | undefined) => (value === undefined ? '—' : app.number(value));
  const text = (l: Record<string, string>) =>
    resolveText(l, methodology.locale, methodology.defaultLocale).text;
  const chart = barChart({
    domain: [0, 100],
    format: app.number,
    rows: result.criteria.map((c) => ({ label: labelOf(app, c.code), value: c.score })),
  });
  const comparison = h('div', { class: 'sa-comparison' }, h('p', {}, t('tool.result.loading')));
  void publishedAverages(app).then((averages) =>
    comparison.replaceChildren(...comparisonTable(app, averages, result)),
  );
  const kinds = [...result.byKind.keys()];
  return h(
    'section',
    { class: 'sa-result', 'aria-labelledby': 'sa-view-heading' },
    h('h2', { id: 'sa-view-heading' }, t('tool.result.title')),
    h(
      'p',
      { class: 'sa-print-only' },
      `${assessment.name} · ${new Date().toLocaleDateString(methodology.locale)}`,
    ),
    h(
      'p',
      {},
      t('tool.progress', {
        scored: progress.scored,
        total: progress.total,
        notAssessed: progress.notAssessed,
      }),
    ),
    h(
      'p',
      { class: 'screen-only' },
      h('button', { type: 'button', onclick: () => window.print() }, t('tool.result.print')),
    ),
    h('h3', {}, t('tool.result.kinds')),
    h(
      'ul',
      {},
      ...Object.entries(methodology.kinds).map(([kind, label]) =>
        h('li', {}, `${label}: `, h('strong', {}, format(result.byKind.get(kind as Kind)))),
      ),
      kinds.length === 0 ? h('li', {}, t('tool.result.nothing')) : false,
    ),
    h('h3', {}, t('tool.result.profile')),
    h(
      'figure',
      { class: 'chart', 'aria-labelledby': 'sa-chart-caption' },
      h('figcaption', { id: 'sa-chart-caption' }, t('tool.result.profile')),
      ...chartSvg(chart, t('tool.result.profile'), t('tool.result.profileDescription')),
      scrollRegion(
        t('tool.result.table'),
        h(
          'table',
          { class: 'sa-averages' },
          h('caption', {}, t('tool.result.table')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('results.criterion')),
              h('th', { scope: 'col' }, t('tool.result.average')),
              h('th', { scope: 'col' }, t('panel.band')),
            ),
          ),
          h(
            'tbody',
            {},
            ...result.criteria.map((c) => {
              const band =
                c.score === undefined ? undefined : bandFor(methodology, c.code, c.score);
              return h(
                'tr',
                {},
                h('th', { scope: 'row' }, labelOf(app, c.code)),
                h('td', { class: 'numeric' }, format(c.score)),
                h('td', {}, band ? text(band.label) : '—'),
              );
            }),
          ),
        ),
      ),
    ),
    h('h3', {}, t('tool.result.comparison')),
    comparison,
    h('h3', {}, t('tool.plan.title')),
    planEditor(app),
  );
}

/**
 * The same geometry as the results pages' charts (src/lib/charts), drawn in the browser: the wide
 * and the phone layout, the stylesheet shows the one that fits.
 */
function chartSvg(chart: BarChartLayouts, title: string, description: string): SVGElement[] {
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

function comparisonTable(
  app: App,
  averages: PublishedAverages | undefined,
  result: ReturnType<typeof assessmentResult>,
): HTMLElement[] {
  const { t, methodology } = app;
  if (!averages) return [h('p', {}, t('tool.result.noData'))];
  const format = (value: number | undefined) => (value === undefined ? '—' : app.number(value));
  // Every criterion and sub-criterion, through its code in the edition the pilots assessed.
  const { comparison } = methodology;
  const rows: Array<{
    code: string;
    label: string;
    own: number | undefined;
    pilots: PilotComparison;
  }> = [
    ...methodology.criteria.map((c) => ({
      code: c.code,
      label: labelOf(app, c.code),
      own: result.byCode.get(c.code),
      pilots: pilotFigure(averages, c.code, comparison?.codes),
    })),
    ...Object.entries(methodology.kinds).map(([kind, label]) => {
      const figure = averages.kinds.get(kind);
      return {
        code: kind,
        label,
        own: result.byKind.get(kind as Kind),
        pilots: figure
          ? { state: 'figure' as const, figure, code: kind }
          : { state: 'notPublished' as const },
      };
    }),
  ];
  const said = (code: string, pilots: PilotComparison) =>
    pilots.state === 'figure'
      ? pilots.code === code || !comparison
        ? format(pilots.figure.mean)
        : t('tool.compare.renumbered', { mean: format(pilots.figure.mean), code: pilots.code })
      : pilots.state === 'hidden'
        ? t('tool.compare.hidden')
        : pilots.state === 'noCounterpart'
          ? t('tool.compare.noCounterpart', { edition: comparison?.title ?? '' })
          : t('tool.result.notPublished');
  return [
    h('p', {}, t('tool.result.comparisonIntro')),
    ...(comparison && averages.pilotCount !== undefined
      ? [
          h(
            'p',
            { class: 'sa-compare-edition' },
            t('tool.compare.edition', { count: averages.pilotCount, edition: comparison.title }),
          ),
        ]
      : []),
    ...(averages.sampleData ? [h('p', { class: 'notice' }, t('results.sample.text'))] : []),
    scrollRegion(
      t('tool.result.comparison'),
      h(
        'table',
        { class: 'sa-compare' },
        h('caption', {}, t('tool.result.comparison')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('results.criterion')),
            h('th', { scope: 'col' }, t('tool.result.yours')),
            h('th', { scope: 'col' }, t('tool.result.pilots')),
            h('th', { scope: 'col' }, t('results.n')),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((row) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, row.label),
              h('td', { class: 'numeric' }, format(row.own)),
              h('td', { class: 'numeric' }, said(row.code, row.pilots)),
              h(
                'td',
                { class: 'numeric' },
                row.pilots.state === 'figure' && row.pilots.figure.n !== undefined
                  ? String(row.pilots.figure.n)
                  : '—',
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

function planEditor(app: App): HTMLElement {
  const { t, methodology } = app;
  const assessment = app.assessment();
  const container = h('div', { class: 'sa-plan' });
  const draw = () => {
    container.replaceChildren(
      ...(assessment.actions.length === 0 ? [h('p', {}, t('tool.plan.empty'))] : []),
      ...assessment.actions.map((action, i) => {
        const id = (field: string) => `sa-action-${i}-${field}`;
        const update = () => app.changed();
        return h(
          'fieldset',
          { class: 'sa-action' },
          h('legend', {}, t('tool.plan.action', { number: i + 1 })),
          h(
            'div',
            { class: 'sa-field' },
            h('label', { for: id('text') }, t('tool.plan.text')),
            h('textarea', {
              id: id('text'),
              rows: 2,
              value: action.text,
              oninput: (e: Event) => {
                action.text = (e.target as HTMLTextAreaElement).value;
                update();
              },
            }),
          ),
          h(
            'div',
            { class: 'sa-action__row' },
            h(
              'div',
              { class: 'sa-field' },
              h('label', { for: id('criterion') }, t('results.criterion')),
              h(
                'select',
                {
                  id: id('criterion'),
                  onchange: (e: Event) => {
                    action.criterion = (e.target as HTMLSelectElement).value;
                    update();
                  },
                },
                ...methodology.criteria.map((c) =>
                  h(
                    'option',
                    { value: c.code, selected: c.code === action.criterion },
                    labelOf(app, c.code),
                  ),
                ),
              ),
            ),
            h(
              'div',
              { class: 'sa-field' },
              h('label', { for: id('priority') }, t('tool.plan.priority')),
              h(
                'select',
                {
                  id: id('priority'),
                  onchange: (e: Event) => {
                    action.priority = (e.target as HTMLSelectElement)
                      .value as (typeof PRIORITIES)[number];
                    update();
                  },
                },
                ...PRIORITIES.map((p) =>
                  h(
                    'option',
                    { value: p, selected: p === action.priority },
                    t(`tool.priority.${p}`),
                  ),
                ),
              ),
            ),
            h(
              'div',
              { class: 'sa-field' },
              h('label', { for: id('due') }, t('tool.plan.due')),
              h('input', {
                id: id('due'),
                type: 'month',
                value: action.due ?? '',
                oninput: (e: Event) => {
                  const v = (e.target as HTMLInputElement).value;
                  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) action.due = v;
                  else delete action.due;
                  update();
                },
              }),
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'screen-only',
              onclick: () => {
                assessment.actions.splice(i, 1);
                update();
                draw();
              },
            },
            t('tool.plan.remove', { number: i + 1 }),
          ),
        );
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'screen-only',
          onclick: () => {
            assessment.actions.push({
              criterion: methodology.criteria[0]?.code ?? '1',
              text: '',
              priority: 'medium',
            });
            app.changed();
            draw();
            container
              .querySelector<HTMLTextAreaElement>(
                `#sa-action-${assessment.actions.length - 1}-text`,
              )
              ?.focus();
          },
        },
        t('tool.plan.add'),
      ),
    );
  };
  draw();
  return container;
}
