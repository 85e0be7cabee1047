/** Several assessments side by side: create, open, rename, delete, save as a file, delete everything. */
import { assessmentFileName, type Assessment } from '../../lib/self-assessment/assessment';
import { readAssessmentFile } from '../../lib/self-assessment/read-file';
import { progressOf } from '../../lib/self-assessment/result';
import { describeProblem, type App } from './app';
import { download, h } from './dom';

/**
 * An assessment as a file for the group: the tool's own format, with its version. The first save
 * asks who the member is (kept with the assessment), so the file is named by them and the day.
 */
export function saveAsFile(app: App): void {
  const assessment = app.assessment();
  const save = () =>
    download(
      assessmentFileName(assessment, new Date()),
      `${JSON.stringify(assessment, null, 2)}\n`,
    );
  if (assessment.member?.trim()) save();
  else askMember(app, assessment, save);
}

/** A modal question: the member's name or role, before their first file is saved. */
function askMember(app: App, assessment: Assessment, then: () => void): void {
  const { t } = app;
  const input = h('input', { id: 'sa-member-ask', required: true, autocomplete: 'name' });
  const message = h('p', { id: 'sa-member-ask-message', class: 'sa-input-message', hidden: true });
  const dialog = h(
    'dialog',
    { class: 'sa-dialog', 'aria-labelledby': 'sa-member-title' },
    h('h2', { id: 'sa-member-title' }, t('tool.member.title')),
    h('p', { id: 'sa-member-help' }, t('tool.member.help')),
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: 'sa-member-ask' }, t('tool.member.label')),
      input,
      message,
    ),
  );
  input.setAttribute('aria-describedby', 'sa-member-help');
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const confirmButton = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        const member = input.value.trim();
        if (!member) {
          message.textContent = t('tool.member.empty');
          message.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', 'sa-member-help sa-member-ask-message');
          input.focus();
          return;
        }
        assessment.member = member;
        close();
        app.changed();
        then();
        app.go(window.location.hash.slice(1) || 'score');
      },
    },
    t('tool.member.save'),
  );
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') confirmButton.click();
  });
  dialog.append(
    h(
      'p',
      { class: 'sa-dialog__actions' },
      confirmButton,
      ' ',
      h('button', { type: 'button', onclick: close }, t('tool.member.cancel')),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.querySelector('#sa-app')?.append(dialog);
  dialog.showModal();
  input.focus();
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
      const opened = outcome.assessment;
      const name = opened.name || file.name;
      const question = h(
        'div',
        { class: 'sa-question', role: 'group', 'aria-labelledby': 'sa-open-question' },
        h(
          'p',
          { id: 'sa-open-question', tabindex: -1 },
          t('tool.assessments.openQuestion', {
            file: file.name,
            name,
            current: app.assessment().name,
          }),
        ),
        h(
          'p',
          {},
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                const previous = app.assessment().name;
                const copy = store.create(name);
                Object.assign(copy, { ...opened, id: copy.id, name });
                store.save(copy);
                app.go('assessments');
                redraw([t('tool.assessments.opened', { name, previous })]);
              },
            },
            t('tool.assessments.openNew'),
          ),
          ' ',
          h(
            'button',
            {
              type: 'button',
              onclick: () => redraw([t('tool.assessments.openCancelled', { file: file.name })]),
            },
            t('tool.assessments.openCancel'),
          ),
        ),
      );
      open.value = '';
      open.after(question);
      question.querySelector<HTMLElement>('#sa-open-question')?.focus();
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
        const memberId = `sa-member-${assessment.id}`;
        const member = h('input', { id: memberId, value: assessment.member ?? '' });
        const isCurrent = assessment.id === store.current;
        return h(
          'li',
          { class: 'sa-list__item' },
          h(
            'p',
            {},
            h('strong', {}, assessment.name),
            assessment.member ? ` — ${t('tool.member.shown', { member: assessment.member })}` : '',
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
            h('label', { for: memberId }, t('tool.member.label')),
            member,
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  const name = rename.value.trim() || assessment.name;
                  assessment.name = name;
                  const who = member.value.trim();
                  if (who) assessment.member = who;
                  else delete assessment.member;
                  store.save(assessment);
                  if (isCurrent) app.go('assessments');
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
