/** Individual scoring: one sub-criterion at a time, a list to jump to any, saved on every change. */
import { emptyEntry, type Entry, type ScoreChoice } from '../../lib/self-assessment/assessment';
import { panelOf, subcriteriaOf } from '../../lib/self-assessment/methodology';
import { bandFor, entryScore, progressOf } from '../../lib/self-assessment/result';
import { resolveText } from '../../lib/i18n/fallback';
import type { Panel } from '../../lib/content/schemas/panel';
import { labelOf, type App } from './app';
import { h, scrollRegion } from './dom';

type Mode = 'classical' | 'fine-tuned' | 'not-assessed';

/** Fine-tuned values being typed: saved as a score once every dimension has one. */
const drafts = new Map<string, Record<string, number | undefined>>();
const modes = new Map<string, Mode>();

function modeOf(code: string, score: ScoreChoice | undefined): Mode {
  const chosen = modes.get(code);
  if (chosen) return chosen;
  if (score === null) return 'not-assessed';
  return score !== undefined && typeof score === 'object' ? 'fine-tuned' : 'classical';
}

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
    const score = assessment.entries[c]?.score;
    if (score === null) return t('tool.status.notAssessed');
    const value = entryScore(assessment.entries[c]);
    return value === undefined ? t('tool.status.open') : app.number(value);
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
  const refreshStatus = () => {
    const status = document.querySelector(`[data-status="${current.code}"]`);
    if (status) status.textContent = `(${statusOf(current.code)})`;
    band.replaceChildren(...bandText(app, current.code, assessment.entries[current.code]));
  };
  const setScore = (score: ScoreChoice | undefined) => {
    const e = entry();
    if (score === undefined) delete e.score;
    else e.score = score;
    app.changed();
    refreshStatus();
  };
  const band = h(
    'p',
    { class: 'sa-band', 'aria-live': 'polite' },
    ...bandText(app, current.code, assessment.entries[current.code]),
  );
  const inputs = h('div', { class: 'sa-inputs' });
  const drawInputs = (mode: Mode) => {
    inputs.replaceChildren(...scoreInputs(app, current.code, mode, panel, entry, setScore));
  };
  const radio = (mode: Mode, label: string) =>
    h(
      'label',
      { class: 'sa-radio' },
      h('input', {
        type: 'radio',
        name: `mode-${current.code}`,
        value: mode,
        checked: modeOf(current.code, assessment.entries[current.code]?.score) === mode,
        onchange: () => {
          modes.set(current.code, mode);
          drawInputs(mode);
          if (mode === 'not-assessed') setScore(null);
          else if (mode === 'classical') {
            const value = entryScore(assessment.entries[current.code]);
            setScore(value === undefined ? undefined : Math.round(value));
          } else setScore(fineTunedScore(current.code, panel));
        },
      }),
      ' ',
      label,
    );
  drawInputs(modeOf(current.code, assessment.entries[current.code]?.score));
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

function fineTunedScore(code: string, panel: Panel | undefined): ScoreChoice | undefined {
  const draft = drafts.get(code) ?? {};
  const dims = panel?.dimensions.map((d) => d.id) ?? [];
  if (dims.length === 0 || dims.some((id) => draft[id] === undefined)) return undefined;
  return Object.fromEntries(dims.map((id) => [id, draft[id] ?? 0]));
}

function scoreInputs(
  app: App,
  code: string,
  mode: Mode,
  panel: Panel | undefined,
  entry: () => Entry,
  setScore: (score: ScoreChoice | undefined) => void,
): HTMLElement[] {
  const { t, methodology } = app;
  const readValue = (input: HTMLInputElement): number | undefined => {
    if (input.value.trim() === '' || !input.checkValidity()) return undefined;
    const value = Number(input.value);
    return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
  };
  const numberInput = (
    id: string,
    label: string,
    value: number | undefined,
    onValue: (v: number | undefined) => void,
  ) =>
    h(
      'div',
      { class: 'sa-number' },
      h('label', { for: id }, label),
      h('input', {
        id,
        type: 'number',
        inputmode: 'numeric',
        min: 0,
        max: 100,
        step: 1,
        value: value === undefined ? '' : String(value),
        oninput: (event: Event) => onValue(readValue(event.target as HTMLInputElement)),
      }),
    );
  const score = entry().score;
  if (mode === 'not-assessed') return [h('p', {}, t('tool.mode.notAssessedHelp'))];
  if (mode === 'classical')
    return [
      numberInput(
        `sa-score-${code}`,
        t('tool.score.value'),
        typeof score === 'number' ? score : undefined,
        (v) => setScore(v),
      ),
    ];
  const current = score && typeof score === 'object' ? score : {};
  const draft = drafts.get(code) ?? { ...current };
  drafts.set(code, draft);
  return (panel?.dimensions ?? []).map((dimension) =>
    numberInput(
      `sa-score-${code}-${dimension.id}`,
      resolveText(dimension.label, methodology.locale, methodology.defaultLocale).text,
      draft[dimension.id],
      (v) => {
        draft[dimension.id] = v;
        setScore(fineTunedScore(code, panel));
      },
    ),
  );
}

/** The band the chosen score falls in, with its meaning; or what is still missing. */
function bandText(app: App, code: string, entry: Entry | undefined): Array<Node | string> {
  const { t, methodology } = app;
  if (entry?.score === null) return [t('tool.band.notAssessed')];
  const value = entryScore(entry);
  if (value === undefined) return [t('tool.band.none')];
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
