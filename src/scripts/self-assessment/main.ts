/**
 * The self-assessment page's script: the only one besides search. It draws the tool from the
 * methodology the page carries, keeps every assessment in this browser, and sends nothing.
 * This entry holds what the first view (scoring) uses; every other view, saving to a file and
 * the reader of stored assessments are chunks loaded with `import()` when first needed.
 */
import { createTranslator } from '../../lib/i18n/ui';
import type { ToolMethodology } from '../../lib/self-assessment/methodology';
import type { App } from './app';
import { h, focusHeading } from './dom';
import { progressText, scoreView } from './score-view';
import { openStore, readStored, type Store } from './store';

const VIEWS = ['score', 'consensus', 'result', 'ministry', 'assessments'] as const;
type View = (typeof VIEWS)[number];

/** The views besides scoring, each a chunk of its own, loaded the first time it is shown. */
const LATER: Record<Exclude<View, 'score'>, () => Promise<(app: App) => HTMLElement>> = {
  consensus: () => import('./consensus-view').then((m) => m.consensusView),
  result: () => import('./result-view').then((m) => m.resultView),
  ministry: () => import('./ministry-view').then((m) => m.ministryView),
  assessments: () => import('./assessments-view').then((m) => m.assessmentsView),
};

/** A meeting row's first control: its agreed score while open, its unfold button when folded. */
function rowTarget(view: HTMLElement, code: string): HTMLElement | null {
  const row = [...view.querySelectorAll<HTMLElement>('.sa-row')].find(
    (r) => r.dataset['code'] === code,
  );
  if (!row) return null;
  const input = row.querySelector<HTMLInputElement>('.sa-agreed input[type="text"]');
  if (input && !input.disabled && !input.closest('[hidden]')) return input;
  return row.querySelector<HTMLElement>('.sa-row__toggle') ?? row.querySelector('h4');
}

export async function runSelfAssessment(): Promise<void> {
  const root = document.querySelector<HTMLElement>('#sa-app');
  if (!root) return;
  const methodology = JSON.parse(root.dataset['methodology'] ?? '{}') as ToolMethodology;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const t = createTranslator(
    { [methodology.locale]: strings },
    methodology.locale,
    methodology.locale,
  );
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    root.replaceChildren(h('p', { class: 'notice' }, t('tool.noStorage')));
    return;
  }
  const store: Store = await openStore(storage, readStored(storage));
  // Made when a number is first shown: a browser's first number format of a locale costs more
  // than the rest of the first view (ICU data), and a new group's first view shows no number.
  let numberFormat: Intl.NumberFormat | undefined;
  const app: App = {
    methodology,
    t,
    number: (value) =>
      (numberFormat ??= new Intl.NumberFormat(methodology.locale, {
        maximumFractionDigits: 1,
      })).format(value),
    store,
    assessment: () => store.active(t('tool.assessments.untitled')),
    changed: () => {
      const assessment = app.assessment();
      try {
        store.save(assessment);
      } catch {
        saved.textContent = t('tool.saveFailed');
        return;
      }
      saved.textContent = t('tool.saved', { name: assessment.name });
      const progress = document.querySelector('[data-progress]');
      if (progress) progress.textContent = progressText(app);
    },
    go: (hash) => {
      if (window.location.hash === `#${hash}`) draw();
      else window.location.hash = hash;
    },
  };
  const saved = h('p', { class: 'sa-saved', role: 'status' });
  const tabs = h('ul', { class: 'sa-tabs' });
  const view = h('div', { id: 'sa-view' });
  const current = h('p', { class: 'sa-current' });
  root.replaceChildren(
    h('nav', { class: 'sa-nav screen-only', 'aria-label': t('tool.nav') }, current, tabs),
    view,
    saved,
  );
  let first = true;
  /** The views whose chunk has arrived: they draw at once, as scoring does. */
  const ready: Partial<Record<View, (app: App) => HTMLElement>> = {};
  /** Counts draws, so a chunk that arrives after a later draw draws nothing. */
  let drawn = 0;
  const draw = (): void => {
    const ticket = ++drawn;
    const [name = 'score', code, field] = window.location.hash.slice(1).split('/');
    const active = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'score';
    const assessment = app.assessment();
    current.replaceChildren(
      assessment.member
        ? t('tool.currentMember', { name: assessment.name, member: assessment.member })
        : t('tool.current', { name: assessment.name }),
      ' ',
      h(
        'button',
        {
          type: 'button',
          onclick: () => void import('./assessments-view').then((m) => m.saveAsFile(app)),
        },
        t('tool.assessments.save'),
      ),
    );
    tabs.replaceChildren(
      ...VIEWS.map((v) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: `#${v}`, 'aria-current': v === active ? 'page' : undefined },
            t(`tool.view.${v}`),
          ),
        ),
      ),
    );
    if (active !== 'score' && !ready[active]) {
      // The view's chunk first; the old view stays until it arrives.
      void LATER[active]().then((loaded) => {
        ready[active] = loaded;
        if (ticket === drawn) draw();
      });
      return;
    }
    view.replaceChildren(active === 'score' ? scoreView(app, code) : (ready[active]?.(app) ?? ''));
    focusHeading(view, !first);
    // `#score/1.2/sa-strengths` opens a field (a finding's link); `#consensus/1.2` a meeting's row.
    const target =
      (field ? document.getElementById(field) : null) ??
      (code && active === 'consensus' ? rowTarget(view, code) : null);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
    first = false;
  };
  // Sub-criterion pages link to `?code=1.2`: a query, since their links must not name anchors.
  const linked = new URLSearchParams(window.location.search).get('code');
  if (linked && !window.location.hash)
    history.replaceState(null, '', `${window.location.pathname}#score/${linked}`);
  window.addEventListener('hashchange', draw);
  draw();
  const worker = root.dataset['worker'];
  if (worker && 'serviceWorker' in navigator)
    navigator.serviceWorker.register(worker).catch(() => {
      // Without a worker (npm run dev, an old browser) the tool still works online.
    });
}
