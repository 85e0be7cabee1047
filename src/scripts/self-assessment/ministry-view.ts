/** The file for the ministry: quasi-identifiers from the taxonomies, every text checked, masked findings shown. */
import { QUASI_IDENTIFIERS } from '../../lib/content/schemas/taxonomies';
import { resolveText } from '../../lib/i18n/fallback';
import {
  markReviewed,
  ministryFile,
  monthOf,
  placeOf,
  type FieldProblem,
  type TextPlace,
} from '../../lib/self-assessment/ministry-file';
import { progressOf } from '../../lib/self-assessment/result';
import type { App } from './app';
import { download, h } from './dom';

/** A text's place as the group knows it: "1.1 Strengths, text 2" or "Improvement plan, action 3". */
export function placeText(app: App, place: TextPlace): string {
  const { t } = app;
  if (place.field === 'feedback') return t('tool.ministry.feedback');
  if (place.field === 'actions')
    return t('tool.ministry.place.action', { plan: t('tool.plan.title'), number: place.number });
  return t('tool.ministry.place.note', {
    code: place.criterion ?? '',
    field: t(`tool.${place.field}`),
    number: place.number,
  });
}

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
  const fieldMessages = new Map<string, HTMLElement>();
  const fieldMessage = (field: string) => {
    const message = h('p', { id: `sa-${field}-message`, class: 'sa-input-message', hidden: true });
    fieldMessages.set(field, message);
    return message;
  };
  // The latest month an assessment can have been made in, as the page's language writes it.
  const thisMonth = new Intl.DateTimeFormat(methodology.locale, {
    year: 'numeric',
    month: 'long',
  }).format(new Date());
  const fieldLabel = (field: FieldProblem['field']) =>
    t(FIELDS.find((f) => f.path === field)?.label ?? field);
  const check = () => {
    const file = ministryFile(assessment, methodology);
    // Next to each field: what it still needs, in the reader's words (a missing choice is only listed below).
    for (const [field, message] of fieldMessages) {
      const problem = file.fields.find((f) => f.field === field && f.problem !== 'missing');
      const input = message.parentElement?.querySelector('input');
      message.textContent = problem
        ? t(`tool.ministry.field.${problem.problem}`, { month: thisMonth })
        : '';
      message.hidden = !problem;
      if (problem) input?.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
    }
    const blocked = file.findings.length > 0 || file.problems.length > 0 || file.fields.length > 0;
    exportButton.disabled = blocked;
    const progress = progressOf(assessment.entries, methodology);
    report.replaceChildren(
      ...(file.findings.length > 0
        ? [
            h('h3', { tabindex: -1 }, t('tool.ministry.findings')),
            h(
              'ul',
              { class: 'sa-findings' },
              ...file.findings.map((f) =>
                h(
                  'li',
                  {},
                  f.place ? h('a', { href: `#${f.place.target}` }, placeText(app, f.place)) : '',
                  f.place ? ': ' : '',
                  t('tool.ministry.finding', { kind: t(`tool.pii.${f.kind}`), masked: f.masked }),
                  // A capitalised pair may be a place or a programme: the group can say so.
                  f.kind === 'person'
                    ? h(
                        'button',
                        {
                          type: 'button',
                          class: 'sa-review',
                          onclick: () => {
                            markReviewed(assessment, file.pilot, f);
                            app.changed();
                            check();
                            (report.querySelector<HTMLElement>('h3') ?? exportButton).focus();
                          },
                        },
                        t('tool.ministry.notAPerson', { masked: f.masked }),
                      )
                    : '',
                ),
              ),
            ),
          ]
        : []),
      ...(file.fields.length > 0 || file.problems.length > 0
        ? [
            h('h3', { tabindex: -1 }, t('tool.ministry.problems')),
            h(
              'ul',
              {},
              ...file.fields.map((f) =>
                h(
                  'li',
                  {},
                  `${fieldLabel(f.field)}: ${t(`tool.ministry.field.${f.problem}`, { month: thisMonth })}`,
                ),
              ),
              // Anything else the ministry's check refuses, named as the group knows the place.
              ...file.problems.map((p) => {
                const [, list = '', index] = /^(\w+)(?:\[(\d+)\])?/.exec(p.path) ?? [];
                const place = placeOf(file.pilot, [list, Number(index)], assessment);
                return h(
                  'li',
                  {},
                  place ? h('a', { href: `#${place.target}` }, placeText(app, place)) : p.path,
                  ': ',
                  t('tool.ministry.other'),
                );
              }),
            ),
          ]
        : []),
      h(
        'p',
        { class: 'sa-ministry-count' },
        t('tool.ministry.count', {
          scored: progress.scored,
          total: progress.total,
          notAssessed: progress.notAssessed,
        }),
      ),
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
    if (file.findings.length > 0 || file.problems.length > 0 || file.fields.length > 0) return;
    const progress = progressOf(assessment.entries, methodology);
    const chosen = progress.scored + progress.notAssessed;
    if (
      chosen < progress.total &&
      !confirm(
        t('tool.ministry.confirmPartial', {
          scored: progress.scored,
          total: progress.total,
          open: progress.total - chosen,
        }),
      )
    )
      return;
    download(file.fileName.replace(/^.*\//, ''), `${JSON.stringify(file.pilot, null, 2)}\n`);
  });
  const set = (field: Exclude<keyof typeof ministry, 'reviewed'>) => (event: Event) => {
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
        'aria-describedby': 'sa-pilot-id-help sa-id-message',
        oninput: set('id'),
      }),
      h('p', { id: 'sa-pilot-id-help', class: 'meta' }, t('tool.ministry.idHelp')),
      fieldMessage('id'),
    ),
    ...selects,
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-assessed' }, t('tool.ministry.assessed')),
      h('input', {
        id: 'sa-assessed',
        type: 'month',
        max: monthOf(new Date()),
        value: ministry.assessed ?? '',
        'aria-describedby': 'sa-assessed-message',
        oninput: set('assessed'),
      }),
      fieldMessage('assessed'),
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
