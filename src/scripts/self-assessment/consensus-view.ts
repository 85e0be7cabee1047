/** The consensus meeting: assessors' files side by side, widest disagreement first, agreed scores entered. */
import { emptyEntry } from '../../lib/self-assessment/assessment';
import { consensusRows, mergeNotes } from '../../lib/self-assessment/consensus';
import { subcriteriaOf } from '../../lib/self-assessment/methodology';
import { readAssessmentFile } from '../../lib/self-assessment/read-file';
import { entryScore } from '../../lib/self-assessment/result';
import { describeProblem, labelOf, type App } from './app';
import { h, scrollRegion } from './dom';

const NOTES = ['evidence', 'strengths', 'improvements'] as const;

/** Reads chosen files; each is either added whole or refused with its reasons, never half. */
export async function importAssessors(app: App, files: readonly File[]): Promise<string[]> {
  const messages: string[] = [];
  const assessment = app.assessment();
  for (const file of files) {
    const outcome = readAssessmentFile(await file.text(), app.methodology);
    if (!outcome.ok) {
      messages.push(
        `${app.t('tool.import.refused', { file: file.name })} ${outcome.problems.map((p) => describeProblem(app, p)).join(' ')}`,
      );
      continue;
    }
    const { name, entries } = outcome.assessment;
    assessment.assessors.push({ name: name || file.name, entries });
    messages.push(
      app.t(outcome.migratedFrom ? 'tool.import.migrated' : 'tool.import.done', {
        file: file.name,
        name: name || file.name,
        version: outcome.migratedFrom ?? '',
      }),
    );
  }
  app.changed();
  return messages;
}

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
    { class: 'sa-messages', role: 'status' },
    ...messages.map((m) => h('p', {}, m)),
  );
  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    void importAssessors(app, files).then((result) => {
      const view = document.querySelector('#sa-view');
      view?.replaceChildren(consensusView(app, result));
      view?.querySelector<HTMLElement>('.sa-messages')?.focus();
    });
  });
  const rows = consensusRows(codes, assessors);
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
            ...assessors.map((assessor, index) =>
              h(
                'li',
                {},
                assessor.name,
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => {
                      if (!confirm(t('tool.consensus.removeConfirm', { name: assessor.name })))
                        return;
                      assessors.splice(index, 1);
                      app.changed();
                      app.go('consensus');
                    },
                  },
                  t('tool.consensus.remove', { name: assessor.name }),
                ),
              ),
            ),
          ),
          h('h3', {}, t('tool.consensus.order')),
          ...rows.map((row) => {
            const agreed = assessment.entries[row.code];
            const id = `sa-agreed-${row.code}`;
            return h(
              'section',
              { class: 'sa-row', 'aria-labelledby': `sa-row-${row.code}` },
              h('h4', { id: `sa-row-${row.code}` }, labelOf(app, row.code)),
              h(
                'p',
                { class: 'sa-spread' },
                row.split
                  ? t('tool.consensus.spreadSplit', { spread: app.number(row.spread) })
                  : t('tool.consensus.spread', { spread: app.number(row.spread) }),
              ),
              scrollRegion(
                labelOf(app, row.code),
                h(
                  'table',
                  {},
                  h(
                    'thead',
                    {},
                    h(
                      'tr',
                      {},
                      h('th', { scope: 'col' }, t('tool.consensus.assessor')),
                      h('th', { scope: 'col' }, t('tool.consensus.score')),
                      ...NOTES.map((n) => h('th', { scope: 'col' }, t(`tool.${n}`))),
                    ),
                  ),
                  h(
                    'tbody',
                    {},
                    ...assessors.map((assessor, i) => {
                      const entry = row.entries[i];
                      const score = row.scores[i];
                      return h(
                        'tr',
                        {},
                        h('th', { scope: 'row' }, assessor.name),
                        h(
                          'td',
                          { class: 'numeric' },
                          entry?.score === null
                            ? t('tool.status.notAssessed')
                            : score === undefined
                              ? '—'
                              : app.number(score),
                        ),
                        ...NOTES.map((n) => h('td', { class: 'sa-note' }, entry?.[n] ?? '')),
                      );
                    }),
                  ),
                ),
              ),
              h(
                'div',
                { class: 'sa-agreed' },
                h('label', { for: id }, t('tool.consensus.agreed')),
                h('input', {
                  id,
                  type: 'number',
                  min: 0,
                  max: 100,
                  step: 1,
                  value:
                    entryScore(agreed) === undefined
                      ? ''
                      : String(Math.round(entryScore(agreed) ?? 0)),
                  oninput: (event: Event) => {
                    const input = event.target as HTMLInputElement;
                    const entry = (assessment.entries[row.code] ??= emptyEntry());
                    const value = Number(input.value);
                    if (
                      input.value.trim() === '' ||
                      !input.checkValidity() ||
                      value < 0 ||
                      value > 100
                    )
                      delete entry.score;
                    else entry.score = value;
                    app.changed();
                  },
                }),
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: (event: Event) => {
                      const entry = (assessment.entries[row.code] ??= emptyEntry());
                      for (const n of NOTES)
                        entry[n] = mergeNotes([entry[n], ...row.entries.map((e) => e?.[n])]);
                      app.changed();
                      (event.target as HTMLButtonElement).after(
                        h(
                          'span',
                          { role: 'status', class: 'sa-merged' },
                          ` ${t('tool.consensus.merged')}`,
                        ),
                      );
                    },
                  },
                  t('tool.consensus.merge'),
                ),
              ),
            );
          }),
        ),
  );
}
