/** Individual scoring: one sub-criterion at a time, a list to jump to any, saved on every change. */
import { emptyEntry, type Entry, type Mode } from '../../lib/self-assessment/assessment';
import { panelOf, subcriteriaOf } from '../../lib/self-assessment/methodology';
import { bandFor, entryScore, progressOf } from '../../lib/self-assessment/result';
import {
  chooseMode,
  fieldText,
  incompleteOf,
  modeOf,
  rangeOf,
  readScore,
  typeScore,
  type ScoreRange,
} from '../../lib/self-assessment/score-input';
import { resolveText } from '../../lib/i18n/fallback';
import type { Panel } from '../../lib/content/schemas/panel';
import { labelOf, type App } from './app';
import { h, scrollRegion, type Attributes } from './dom';

/** "12 of 28 scored, 1 not assessed": the tool's progress line. */
export function progressText(app: App): string {
  const p = progressOf(app.assessment().entries, app.methodology);
  return app.t('tool.progress', { scored: p.scored, total: p.total, notAssessed: p.notAssessed });
}

export function scoreView(app: App, code: string | undefined): HTMLElement {
  const { methodology, t } = app;
  const subcriteria = subcriteriaOf(methodology);
  const index = Math.max(
    0,
    subcriteria.findIndex((c) => c.code === code),
  );
  const current = subcriteria[index];
  const assessment = app.assessment();
  const statusOf = (c: string) => {
    const entry = assessment.entries[c];
    if (entry?.score === null) return t('tool.status.notAssessed');
    const value = entryScore(entry);
    if (value !== undefined) return app.number(value);
    const p = panelOf(methodology, c);
    const dims = p?.dimensions.map((d) => d.id) ?? [];
    return incompleteOf(entry, dims, rangeOf(p))
      ? t('tool.status.incomplete')
      : t('tool.status.open');
  };
  const jump = h(
    'nav',
    { class: 'sa-jump', 'aria-labelledby': 'sa-jump-heading' },
    h('h3', { id: 'sa-jump-heading' }, t('tool.jump')),
    h(
      'ol',
      {},
      ...subcriteria.map((c) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `#score/${c.code}`,
              'aria-current': c.code === current?.code ? 'step' : undefined,
              lang: c.lang,
            },
            labelOf(app, c.code),
          ),
          ' ',
          h('span', { class: 'sa-jump__status', 'data-status': c.code }, `(${statusOf(c.code)})`),
        ),
      ),
    ),
  );
  if (!current) return h('section', {}, h('h2', {}, t('tool.score.title')));
  const entry = (): Entry => (assessment.entries[current.code] ??= emptyEntry());
  const panel = panelOf(methodology, current.code);
  const range = rangeOf(panel);
  const refresh = () => {
    app.changed();
    const status = document.querySelector(`[data-status="${current.code}"]`);
    if (status) status.textContent = `(${statusOf(current.code)})`;
    band.replaceChildren(...bandText(app, current.code, assessment.entries[current.code]));
  };
  const band = h(
    'p',
    { class: 'sa-band', 'aria-live': 'polite' },
    ...bandText(app, current.code, assessment.entries[current.code]),
  );
  const inputs = h('div', { class: 'sa-inputs' });
  const drawInputs = (mode: Mode) => {
    inputs.replaceChildren(...scoreInputs(app, current.code, mode, panel, range, entry, refresh));
  };
  const radio = (mode: Mode, label: string) =>
    h(
      'label',
      { class: 'sa-radio' },
      h('input', {
        type: 'radio',
        name: `mode-${current.code}`,
        value: mode,
        checked: modeOf(assessment.entries[current.code]) === mode,
        onchange: () => {
          chooseMode(entry(), mode);
          drawInputs(mode);
          refresh();
        },
      }),
      ' ',
      label,
    );
  drawInputs(modeOf(assessment.entries[current.code]));
  const note = (field: 'evidence' | 'strengths' | 'improvements') =>
    h(
      'div',
      { class: 'sa-field' },
      h('label', { for: `sa-${field}` }, t(`tool.${field}`)),
      h('textarea', {
        id: `sa-${field}`,
        rows: 4,
        value: assessment.entries[current.code]?.[field] ?? '',
        oninput: (event: Event) => {
          entry()[field] = (event.target as HTMLTextAreaElement).value;
          app.changed();
        },
      }),
    );
  const list = (heading: string, items: string[]) =>
    items.length === 0
      ? false
      : h(
          'div',
          {},
          h('h4', {}, heading),
          h('ul', { class: 'checklist', lang: current.lang }, ...items.map((i) => h('li', {}, i))),
        );
  const previous = subcriteria[index - 1];
  const next = subcriteria[index + 1];
  return h(
    'section',
    { class: 'sa-score', 'aria-labelledby': 'sa-view-heading' },
    h('h2', { id: 'sa-view-heading' }, t('tool.score.title')),
    h('p', { class: 'sa-progress', role: 'status', 'data-progress': '' }, progressText(app)),
    h(
      'div',
      { class: 'sa-score__layout' },
      h(
        'article',
        { class: 'sa-subcriterion', 'aria-labelledby': 'sa-subcriterion-heading' },
        h('h3', { id: 'sa-subcriterion-heading', lang: current.lang }, labelOf(app, current.code)),
        h('p', {}, h('a', { href: current.href }, t('tool.score.read'))),
        list(t('criteria.questions'), current.questions),
        list(t('criteria.evidence'), current.evidence),
        h(
          'fieldset',
          { class: 'sa-scoring' },
          h(
            'legend',
            {},
            t('tool.score.legend', {
              panel: panel
                ? resolveText(panel.title, methodology.locale, methodology.defaultLocale).text
                : '',
            }),
          ),
          h(
            'div',
            { class: 'sa-modes' },
            radio('classical', t('tool.mode.classical')),
            radio('fine-tuned', t('tool.mode.fineTuned')),
            radio('not-assessed', t('tool.mode.notAssessed')),
          ),
          inputs,
          band,
        ),
        panel ? bandsKey(app, panel) : false,
        note('evidence'),
        note('strengths'),
        note('improvements'),
        h(
          'p',
          { class: 'sa-pager' },
          previous
            ? h(
                'a',
                { href: `#score/${previous.code}` },
                `← ${t('nav.previous')}: ${previous.code}`,
              )
            : false,
          ' ',
          next
            ? h('a', { href: `#score/${next.code}` }, `${t('nav.next')}: ${next.code} →`)
            : h('a', { href: '#result' }, `${t('tool.view.result')} →`),
        ),
      ),
      jump,
    ),
  );
}

/** The score fields of one way of scoring; what is typed is kept, and a problem shown next to its field. */
function scoreInputs(
  app: App,
  code: string,
  mode: Mode,
  panel: Panel | undefined,
  range: ScoreRange,
  entry: () => Entry,
  refresh: () => void,
): HTMLElement[] {
  const { t, methodology } = app;
  if (mode === 'not-assessed') return [h('p', {}, t('tool.mode.notAssessedHelp'))];
  const dimensions = panel?.dimensions.map((d) => d.id) ?? [];
  const fields =
    mode === 'classical'
      ? [{ field: '', id: `sa-score-${code}`, label: t('tool.score.value', { ...range }) }]
      : (panel?.dimensions ?? []).map((dimension) => ({
          field: dimension.id,
          id: `sa-score-${code}-${dimension.id}`,
          label: resolveText(dimension.label, methodology.locale, methodology.defaultLocale).text,
        }));
  return fields.map(({ field, id, label }) => {
    const message = h('p', { id: `${id}-message`, class: 'sa-input-message' });
    const input = scoreField(id, {
      value: fieldText(entry(), field),
      oninput: () => {
        typeScore(entry(), mode, field, input.value, dimensions, range);
        showInputProblem(app, input, message, range);
        refresh();
      },
    });
    showInputProblem(app, input, message, range);
    return h('div', { class: 'sa-number' }, h('label', { for: id }, label), input, message);
  });
}

/** A field a score is typed in: the phone's number keyboard, no autofill, six characters wide. */
export function scoreField(id: string, attributes: Attributes): HTMLInputElement {
  return h('input', {
    id,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    size: 6,
    ...attributes,
  });
}

/** Says next to a score field why what it holds is no score, or nothing when it is one (or empty). */
export function showInputProblem(
  app: App,
  input: HTMLInputElement,
  message: HTMLElement,
  range: ScoreRange,
): boolean {
  const read = readScore(input.value, range);
  const problem = read.kind === 'problem';
  message.textContent = problem
    ? app.t(`tool.input.${read.problem}`, { value: input.value.trim(), ...range })
    : '';
  message.hidden = !problem;
  if (problem) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', message.id);
  } else {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
  return !problem;
}

/** The band the chosen score falls in, with its meaning; or what is still missing. */
function bandText(app: App, code: string, entry: Entry | undefined): Array<Node | string> {
  const { t, methodology } = app;
  if (entry?.score === null) return [t('tool.band.notAssessed')];
  const value = entryScore(entry);
  if (value === undefined) {
    const panel = panelOf(methodology, code);
    const part = incompleteOf(entry, panel?.dimensions.map((d) => d.id) ?? [], rangeOf(panel));
    return [part ? t('tool.band.incomplete', part) : t('tool.band.none')];
  }
  const band = bandFor(methodology, code, value);
  const text = (l: Record<string, string>) =>
    resolveText(l, methodology.locale, methodology.defaultLocale).text;
  return [
    h('strong', {}, t('tool.band.score', { score: app.number(value) })),
    ' ',
    band ? `${t('tool.band.label')}: ${band.min}–${band.max} ${text(band.label)}` : '',
    band?.description ? ` — ${text(band.description)}` : '',
  ];
}

function bandsKey(app: App, panel: Panel): HTMLElement {
  const { t, methodology } = app;
  const text = (l: Record<string, string>) =>
    resolveText(l, methodology.locale, methodology.defaultLocale).text;
  return h(
    'details',
    { class: 'sa-bands' },
    h('summary', {}, t('tool.bands', { panel: text(panel.title) })),
    scrollRegion(
      text(panel.title),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('panel.range')),
            h('th', { scope: 'col' }, t('panel.band')),
            h('th', { scope: 'col' }, t('panel.description')),
          ),
        ),
        h(
          'tbody',
          {},
          ...panel.bands.map((band) =>
            h(
              'tr',
              {},
              h('td', { class: 'numeric' }, `${band.min}–${band.max}`),
              h('th', { scope: 'row' }, text(band.label)),
              h('td', {}, band.description ? text(band.description) : ''),
            ),
          ),
        ),
      ),
    ),
  );
}
