/**
 * The result beside the pilots: the site's open data, read once, and the table of this
 * assessment's scores next to the pilots' published figures, in the edition the pilots assessed.
 */
import type { Kind } from '../../lib/content/schemas/criterion';
import {
  parsePublishedAverages,
  pilotFigure,
  type PilotComparison,
  type PublishedAverages,
} from '../../lib/self-assessment/published';
import type { assessmentResult } from '../../lib/self-assessment/result';
import { labelOf, type App } from './app';
import { h, scrollRegion } from './dom';

let published: Promise<PublishedAverages | undefined> | undefined;

/** The site's own open data, read once; offline it comes from the service worker's cache. */
export function publishedAverages(app: App): Promise<PublishedAverages | undefined> {
  published ??= fetch(app.methodology.openData)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((data: unknown) => parsePublishedAverages(data, app.methodology.comparison?.edition))
    .catch(() => undefined);
  return published;
}

/** The comparison with the pilots, or that there is no open data to compare with. */
export function comparisonTable(
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
              // A figure lines up with the others; a sentence ("no counterpart in …") wraps.
              h(
                'td',
                { class: row.pilots.state === 'figure' ? 'numeric' : undefined },
                said(row.code, row.pilots),
              ),
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
