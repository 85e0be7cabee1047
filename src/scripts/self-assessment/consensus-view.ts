/**
 * The consensus meeting: assessors' files side by side, widest disagreement first, agreed scores
 * entered. Progress at the top, a list of what is still to agree, agreed rows folded to one line.
 */
import { emptyEntry, type Entry } from '../../lib/self-assessment/assessment';
import {
  addAssessor,
  agreedCount,
  assessorLabels,
  consensusRows,
  isAgreed,
  mergeNotes,
  type ConsensusRow,
} from '../../lib/self-assessment/consensus';
import { panelOf, subcriteriaOf } from '../../lib/self-assessment/methodology';
import { readAssessmentFile } from '../../lib/self-assessment/read-file';
import { entryScore } from '../../lib/self-assessment/result';
import { fieldText, rangeOf, typeScore } from '../../lib/self-assessment/score-input';
import { describeProblem, labelOf, type App } from './app';
import { h, scrollRegion } from './dom';
import { showInputProblem } from './score-view';

const NOTES = ['evidence', 'strengths', 'improvements'] as const;

/** Whether the meeting shows only the rows still to agree (kept while the page is open). */
let onlyOpen = false;
/** Agreed rows opened again by the coordinator. */
const unfolded = new Set<string>();

/** Reads chosen files; each is either added whole (or replaces its earlier import) or refused with its reasons, never half. */
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
    const { id, name, member, updated, entries } = outcome.assessment;
    const who = member?.trim() || name || file.name;
    const done = addAssessor(assessment.assessors, {
      name: name || file.name,
      id,
      ...(member ? { member } : {}),
      saved: updated,
      entries,
    });
    messages.push(
      app.t(
        done === 'replaced'
          ? 'tool.import.replaced'
          : outcome.migratedFrom
            ? 'tool.import.migrated'
            : 'tool.import.done',
        { file: file.name, name: who, version: outcome.migratedFrom ?? '' },
      ),
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

/** One sub-criterion at the meeting: open while still to agree, one line once agreed. */
function consensusRow(
  app: App,
  row: ConsensusRow,
  labels: readonly string[],
  showProgress: () => void,
  next: () => void,
): HTMLElement {
  const { t } = app;
  const assessment = app.assessment();
  const entry = (): Entry => (assessment.entries[row.code] ??= emptyEntry());
  const agreed = assessment.entries[row.code];
  const folded = isAgreed(agreed) && !unfolded.has(row.code);
  const bodyId = `sa-row-body-${row.code}`;
  const agreedText = () => {
    const e = assessment.entries[row.code];
    if (e?.score === null) return t('tool.status.notAssessed');
    const value = entryScore(e);
    return value === undefined ? '' : app.number(value);
  };
  const heading = h(
    'h4',
    { id: `sa-row-${row.code}`, tabindex: -1 },
    labelOf(app, row.code),
    isAgreed(agreed) ? ` — ${t('tool.consensus.agreedShort', { score: agreedText() })}` : '',
  );
  const toggle = isAgreed(agreed)
    ? h(
        'button',
        {
          type: 'button',
          class: 'sa-row__toggle',
          'aria-expanded': folded ? 'false' : 'true',
          'aria-controls': bodyId,
          onclick: () => {
            if (folded) unfolded.add(row.code);
            else unfolded.delete(row.code);
            app.go(`consensus/${row.code}`);
          },
        },
        folded
          ? t('tool.consensus.unfold', { code: row.code })
          : t('tool.consensus.fold', { code: row.code }),
      )
    : false;
  const range = rangeOf(panelOf(app.methodology, row.code));
  const id = `sa-agreed-${row.code}`;
  const message = h('p', { id: `${id}-message`, class: 'sa-input-message', hidden: true });
  const score = agreed?.score;
  const input = h('input', {
    id,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    size: 6,
    disabled: score === null,
    value:
      score && typeof score === 'object'
        ? String(Math.round(entryScore(agreed) ?? 0))
        : score === null
          ? ''
          : fieldText(agreed, ''),
    'data-target': row.code,
    oninput: () => {
      typeScore(entry(), 'classical', '', input.value, [], range);
      showInputProblem(app, input, message, range);
      app.changed();
      showProgress();
    },
  });
  showInputProblem(app, input, message, range);
  const notAssessed = h('input', {
    type: 'checkbox',
    id: `sa-agreed-na-${row.code}`,
    checked: score === null,
    onchange: () => {
      const e = entry();
      if (notAssessed.checked) {
        e.score = null;
        delete e.draft;
      } else delete e.score;
      input.disabled = notAssessed.checked;
      app.changed();
      showProgress();
    },
  });
  const body = h(
    'div',
    { id: bodyId, hidden: folded },
    h('p', { class: 'sa-spread' }, spreadText(app, row)),
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
          ...labels.map((label, i) => {
            const e = row.entries[i];
            const value = row.scores[i];
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, label),
              h(
                'td',
                { class: 'numeric' },
                e?.score === null
                  ? t('tool.status.notAssessed')
                  : value === undefined
                    ? '—'
                    : app.number(value),
              ),
              ...NOTES.map((n) => h('td', { class: 'sa-note' }, e?.[n] ?? '')),
            );
          }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'sa-agreed' },
      h('label', { for: id }, t('tool.consensus.agreed', { ...range })),
      input,
      h('label', { class: 'sa-radio' }, notAssessed, ' ', t('tool.consensus.agreedNotAssessed')),
      message,
    ),
    h(
      'p',
      { class: 'sa-agreed' },
      h(
        'button',
        {
          type: 'button',
          onclick: (event: Event) => {
            const e = entry();
            for (const n of NOTES) e[n] = mergeNotes([e[n], ...row.entries.map((x) => x?.[n])]);
            app.changed();
            (event.target as HTMLButtonElement).after(
              h('span', { role: 'status', class: 'sa-merged' }, ` ${t('tool.consensus.merged')}`),
            );
          },
        },
        t('tool.consensus.merge'),
      ),
      ' ',
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            unfolded.delete(row.code);
            next();
          },
        },
        t('tool.consensus.next'),
      ),
    ),
  );
  return h(
    'section',
    {
      class: `sa-row${folded ? ' sa-row--folded' : ''}`,
      id: `sa-consensus-${row.code}`,
      'aria-labelledby': `sa-row-${row.code}`,
      'data-code': row.code,
    },
    h('div', { class: 'sa-row__head' }, heading, toggle),
    body,
  );
}

/** How far apart the assessors are, or that there is nothing to compare yet. */
function spreadText(app: App, row: ConsensusRow): string {
  const { t } = app;
  if (row.scoredBy === 0) return t('tool.consensus.nobody');
  if (row.scoredBy === 1) return t('tool.consensus.onlyOne');
  return row.split
    ? t('tool.consensus.spreadSplit', { spread: app.number(row.spread) })
    : t('tool.consensus.spread', { spread: app.number(row.spread) });
}
