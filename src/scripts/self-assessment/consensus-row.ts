/**
 * One sub-criterion at the consensus meeting: the assessors' scores and notes side by side, the
 * agreed score entered, the notes merged; open while still to agree, one line once agreed.
 */
import { emptyEntry, type Entry } from '../../lib/self-assessment/assessment';
import { isAgreed, mergeNotes, type ConsensusRow } from '../../lib/self-assessment/consensus';
import { panelOf } from '../../lib/self-assessment/methodology';
import { entryScore } from '../../lib/self-assessment/result';
import { fieldText, rangeOf, typeScore } from '../../lib/self-assessment/score-input';
import { labelOf, type App } from './app';
import { h, scrollRegion } from './dom';
import { scoreField, showInputProblem } from './score-view';

const NOTES = ['evidence', 'strengths', 'improvements'] as const;

/** Agreed rows opened again by the coordinator. */
const unfolded = new Set<string>();

/** One sub-criterion at the meeting: open while still to agree, one line once agreed. */
export function consensusRow(
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
  const input = scoreField(id, {
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
