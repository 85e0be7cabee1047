/** Several assessments side by side: create, open, rename, delete, save as a file, delete everything. */
import { readAssessmentFile } from '../../lib/self-assessment/read-file';
import { progressOf } from '../../lib/self-assessment/result';
import { describeProblem, type App } from './app';
import { download, h } from './dom';

/** An assessment as a file for the group: the tool's own format, with its version. */
export function saveAsFile(app: App): void {
  const assessment = app.assessment();
  const name =
    assessment.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'assessment';
  download(`${name}.self-assessment.json`, `${JSON.stringify(assessment, null, 2)}\n`);
}

export function assessmentsView(app: App, messages: string[] = []): HTMLElement {
  const { t, store, methodology } = app;
  const redraw = (m: string[] = []) =>
    document.querySelector('#sa-view')?.replaceChildren(assessmentsView(app, m));
  const open = h('input', { id: 'sa-open', type: 'file', accept: '.json,application/json' });
  open.addEventListener('change', () => {
    const file = open.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const outcome = readAssessmentFile(text, methodology);
      if (!outcome.ok) {
        redraw([
          `${t('tool.import.refused', { file: file.name })} ${outcome.problems.map((p) => describeProblem(app, p)).join(' ')}`,
        ]);
        return;
      }
      const copy = store.create(outcome.assessment.name || file.name);
      Object.assign(copy, { ...outcome.assessment, id: copy.id });
      store.save(copy);
      redraw([t('tool.assessments.opened', { name: copy.name })]);
    });
  });
  const newName = h('input', { id: 'sa-new-name', value: '' });
  return h(
    'section',
    { class: 'sa-assessments', 'aria-labelledby': 'sa-view-heading' },
    h('h2', { id: 'sa-view-heading' }, t('tool.assessments.title')),
    h('div', { class: 'sa-messages', role: 'status' }, ...messages.map((m) => h('p', {}, m))),
    h(
      'ul',
      { class: 'sa-list' },
      ...store.assessments.map((assessment) => {
        const p = progressOf(assessment.entries, methodology);
        const renameId = `sa-rename-${assessment.id}`;
        const rename = h('input', { id: renameId, value: assessment.name });
        const isCurrent = assessment.id === store.current;
        return h(
          'li',
          { class: 'sa-list__item' },
          h(
            'p',
            {},
            h('strong', {}, assessment.name),
            isCurrent ? ` (${t('tool.assessments.current')})` : '',
            ' — ',
            t('tool.progress', { scored: p.scored, total: p.total, notAssessed: p.notAssessed }),
          ),
          h(
            'div',
            { class: 'sa-list__actions' },
            isCurrent
              ? false
              : h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => {
                      store.current = assessment.id;
                      store.save();
                      app.go('score');
                    },
                  },
                  t('tool.assessments.open', { name: assessment.name }),
                ),
            h('label', { for: renameId }, t('tool.assessments.name')),
            rename,
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  const name = rename.value.trim();
                  if (!name) return;
                  assessment.name = name;
                  store.save(assessment);
                  redraw([t('tool.assessments.renamed', { name })]);
                },
              },
              t('tool.assessments.rename'),
            ),
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  if (!confirm(t('tool.assessments.deleteConfirm', { name: assessment.name })))
                    return;
                  store.remove(assessment.id);
                  redraw([t('tool.assessments.deleted', { name: assessment.name })]);
                },
              },
              t('tool.assessments.delete', { name: assessment.name }),
            ),
          ),
        );
      }),
    ),
    h('h3', {}, t('tool.assessments.new')),
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-new-name' }, t('tool.assessments.name')),
      newName,
      ' ',
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            store.create(newName.value.trim() || t('tool.assessments.untitled'));
            app.go('score');
          },
        },
        t('tool.assessments.create'),
      ),
    ),
    h('h3', {}, t('tool.assessments.files')),
    h(
      'p',
      {},
      h('button', { type: 'button', onclick: () => saveAsFile(app) }, t('tool.assessments.save')),
    ),
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-open' }, t('tool.assessments.openFile')),
      open,
    ),
    h('h3', {}, t('tool.assessments.stored')),
    h('p', {}, t('tool.privacy')),
    h(
      'p',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'sa-danger',
          onclick: () => {
            if (!confirm(t('tool.assessments.clearConfirm'))) return;
            store.clear();
            redraw([t('tool.assessments.cleared')]);
          },
        },
        t('tool.assessments.clear'),
      ),
    ),
  );
}
