/**
 * The result: averages by kind, the score profile chart and table, the pilots' published figures
 * (result-comparison.ts), the plan (plan-editor.ts).
 */
import { barChart } from '../../lib/charts/bar-chart';
import type { Kind } from '../../lib/content/schemas/criterion';
import { assessmentResult, bandFor, progressOf } from '../../lib/self-assessment/result';
import { resolveText } from '../../lib/i18n/fallback';
import { labelOf, type App } from './app';
import { h, scrollRegion } from './dom';
import { comparisonTable, publishedAverages } from './result-comparison';
import { chartSvg } from './result-chart';
import { planEditor } from './plan-editor';

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
