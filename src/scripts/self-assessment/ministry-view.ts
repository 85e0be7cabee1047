/** The file for the ministry: quasi-identifiers from the taxonomies, every text checked, masked findings shown. */
import { QUASI_IDENTIFIERS } from '../../lib/content/schemas/taxonomies';
import { resolveText } from '../../lib/i18n/fallback';
import { ministryFile } from '../../lib/self-assessment/ministry-file';
import type { App } from './app';
import { download, h } from './dom';

/** The fields the group chooses, with the label the form shows for each. */
const FIELDS = [
  { path: 'id', label: 'tool.ministry.id' },
  ...QUASI_IDENTIFIERS.map(({ field }) => ({ path: field, label: `results.field.${field}` })),
  { path: 'assessed', label: 'tool.ministry.assessed' },
] as const;

export function ministryView(app: App): HTMLElement {
  const { t, methodology } = app;
  const assessment = app.assessment();
  const { ministry } = assessment;
  const report = h('div', { class: 'sa-check', 'aria-live': 'polite' });
  const exportButton = h('button', { type: 'button' }, t('tool.ministry.export'));
  const check = () => {
    const file = ministryFile(assessment, methodology);
    const blocked = file.findings.length > 0 || file.problems.length > 0;
    exportButton.disabled = blocked;
    report.replaceChildren(
      ...(file.findings.length > 0
        ? [
            h('h3', {}, t('tool.ministry.findings')),
            h(
              'ul',
              {},
              ...file.findings.map((f) =>
                h(
                  'li',
                  {},
                  t('tool.ministry.finding', {
                    path: f.path,
                    kind: t(`tool.pii.${f.kind}`),
                    masked: f.masked,
                  }),
                ),
              ),
            ),
          ]
        : []),
      ...(file.problems.length > 0
        ? [
            h('h3', {}, t('tool.ministry.problems')),
            h(
              'ul',
              {},
              ...file.problems.map((p) => {
                // What the reader has not chosen yet, in their words; anything else as the build says it.
                const field = FIELDS.find((f) => f.path === p.path);
                return field && !ministry[field.path]
                  ? h('li', {}, t('tool.ministry.missing', { field: t(field.label) }))
                  : h('li', { lang: 'en' }, `${p.path || file.fileName} — ${p.rule}`);
              }),
            ),
          ]
        : []),
      ...(blocked
        ? []
        : [
            h(
              'p',
              {},
              t('tool.ministry.ready', {
                file: file.fileName,
                scores: Object.keys(file.pilot.scores).length,
                notes: file.pilot.strengths.length + file.pilot.improvements.length,
                actions: file.pilot.actions.length,
              }),
            ),
          ]),
    );
    return file;
  };
  exportButton.addEventListener('click', () => {
    const file = check();
    if (file.findings.length === 0 && file.problems.length === 0)
      download(file.fileName.replace(/^.*\//, ''), `${JSON.stringify(file.pilot, null, 2)}\n`);
  });
  const set = (field: keyof typeof ministry) => (event: Event) => {
    const value = (event.target as HTMLInputElement).value.trim();
    if (value) ministry[field] = value;
    else delete ministry[field];
    app.changed();
    check();
  };
  const text = (l: Record<string, string>) =>
    resolveText(l, methodology.locale, methodology.defaultLocale).text;
  const selects = QUASI_IDENTIFIERS.map(({ field, taxonomy }) =>
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: `sa-${field}` }, t(`results.field.${field}`)),
      h(
        'select',
        { id: `sa-${field}`, onchange: set(field) },
        h('option', { value: '' }, t('tool.ministry.choose')),
        ...Object.entries(methodology.taxonomies[taxonomy]).map(([id, label]) =>
          h('option', { value: id, selected: ministry[field] === id }, text(label)),
        ),
      ),
    ),
  );
  const view = h(
    'section',
    { class: 'sa-ministry', 'aria-labelledby': 'sa-view-heading' },
    h('h2', { id: 'sa-view-heading' }, t('tool.ministry.title')),
    h('p', {}, t('tool.ministry.intro')),
    h('p', {}, t('tool.ministry.anonymous')),
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-pilot-id' }, t('tool.ministry.id')),
      h('input', {
        id: 'sa-pilot-id',
        value: ministry.id ?? '',
        pattern: '[A-Z]{1,3}[0-9]{1,4}',
        'aria-describedby': 'sa-pilot-id-help',
        oninput: set('id'),
      }),
      h('p', { id: 'sa-pilot-id-help', class: 'meta' }, t('tool.ministry.idHelp')),
    ),
    ...selects,
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-assessed' }, t('tool.ministry.assessed')),
      h('input', {
        id: 'sa-assessed',
        type: 'month',
        value: ministry.assessed ?? '',
        oninput: set('assessed'),
      }),
    ),
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-feedback' }, t('tool.ministry.feedback')),
      h('textarea', {
        id: 'sa-feedback',
        rows: 3,
        value: ministry.feedback ?? '',
        oninput: set('feedback'),
      }),
    ),
    report,
    h('p', {}, exportButton),
  );
  check();
  return view;
}
