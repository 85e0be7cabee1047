/**
 * The consensus meeting: assessors' files side by side, widest disagreement first, agreed scores
 * entered. Progress at the top, a list of what is still to agree, agreed rows folded to one line.
 * Importing the files: consensus-import.ts; one sub-criterion's row: consensus-row.ts.
 */
import {
  agreedCount,
  assessorLabels,
  consensusRows,
  isAgreed,
} from '../../lib/self-assessment/consensus';
import { subcriteriaOf } from '../../lib/self-assessment/methodology';
import { labelOf, type App } from './app';
import { h } from './dom';
import { importAssessors } from './consensus-import';
import { consensusRow } from './consensus-row';

/** Whether the meeting shows only the rows still to agree (kept while the page is open). */
let onlyOpen = false;

export function consensusView(app: App, messages: string[] = []): HTMLElement {
  const { t } = app;
  const assessment = app.assessment();
  const { assessors } = assessment;
  const codes = subcriteriaOf(app.methodology).map((c) => c.code);
  const fileInput = h('input', {
    id: 'sa-import',
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
  });
  const status = h(
    'div',
    { class: 'sa-messages', role: 'status', tabindex: -1 },
    ...messages.map((m) => h('p', {}, m)),
  );
  const redraw = (m: string[] = []) => {
    const view = document.querySelector('#sa-view');
    view?.replaceChildren(consensusView(app, m));
    return view;
  };
  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    void importAssessors(app, files).then((result) => {
      redraw(result)?.querySelector<HTMLElement>('.sa-messages')?.focus();
    });
  });
  const labels = assessorLabels(assessors, (iso) =>
    new Date(iso).toLocaleString(app.methodology.locale, {
      dateStyle: 'short',
      timeStyle: 'short',
    }),
  );
  const rows = consensusRows(codes, assessors);
  const progress = h('p', { class: 'sa-agreed-progress', role: 'status' });
  const showProgress = () => {
    const { agreed, total } = agreedCount(codes, assessment.entries);
    progress.textContent = t('tool.consensus.progress', { agreed, total });
  };
  showProgress();
  const open = rows.filter((row) => !isAgreed(assessment.entries[row.code]));
  return h(
    'section',
    { class: 'sa-consensus', 'aria-labelledby': 'sa-view-heading' },
    h('h2', { id: 'sa-view-heading' }, t('tool.consensus.title')),
    h('p', {}, t('tool.consensus.intro')),
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-import' }, t('tool.consensus.import')),
      fileInput,
    ),
    status,
    assessors.length === 0
      ? h('p', {}, t('tool.consensus.none'))
      : h(
          'div',
          {},
          h('h3', {}, t('tool.consensus.assessors')),
          h(
            'ul',
            { class: 'sa-assessors' },
            ...assessors.map((_, index) =>
              h(
                'li',
                {},
                labels[index] ?? '',
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => {
                      const name = labels[index] ?? '';
                      if (!confirm(t('tool.consensus.removeConfirm', { name }))) return;
                      assessors.splice(index, 1);
                      app.changed();
                      app.go('consensus');
                    },
                  },
                  t('tool.consensus.remove', { name: labels[index] ?? '' }),
                ),
              ),
            ),
          ),
          progress,
          h(
            'nav',
            {
              class: 'sa-to-agree',
              'aria-label': t('tool.consensus.toAgree', { count: open.length }),
            },
            open.length === 0
              ? h('p', {}, t('tool.consensus.allAgreed'))
              : h(
                  'details',
                  {},
                  h('summary', {}, t('tool.consensus.toAgree', { count: open.length })),
                  h(
                    'ul',
                    {},
                    ...open.map((row) =>
                      h(
                        'li',
                        {},
                        h('a', { href: `#consensus/${row.code}` }, labelOf(app, row.code)),
                      ),
                    ),
                  ),
                ),
          ),
          h(
            'p',
            {},
            h(
              'label',
              { class: 'sa-radio' },
              h('input', {
                type: 'checkbox',
                id: 'sa-only-open',
                checked: onlyOpen,
                onchange: (event: Event) => {
                  onlyOpen = (event.target as HTMLInputElement).checked;
                  redraw()?.querySelector<HTMLElement>('#sa-only-open')?.focus();
                },
              }),
              ' ',
              t('tool.consensus.onlyOpen'),
            ),
          ),
          h('h3', {}, t('tool.consensus.order')),
          ...rows
            .filter((row) => !onlyOpen || !isAgreed(assessment.entries[row.code]))
            .map((row) =>
              consensusRow(app, row, labels, showProgress, () => {
                const next = open.find(
                  (r) => r.code !== row.code && !isAgreed(assessment.entries[r.code]),
                );
                app.go(next ? `consensus/${next.code}` : 'consensus');
                if (!next) document.querySelector<HTMLElement>('.sa-agreed-progress')?.focus();
              }),
            ),
        ),
  );
}
