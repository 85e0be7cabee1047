/**
 * The action plan under the result: each action with its criterion, priority and due month,
 * added and removed in place, saved on every change.
 */
import { PRIORITIES } from '../../lib/self-assessment/assessment';
import { labelOf, type App } from './app';
import { h } from './dom';

export function planEditor(app: App): HTMLElement {
  const { t, methodology } = app;
  const assessment = app.assessment();
  const container = h('div', { class: 'sa-plan' });
  const draw = () => {
    container.replaceChildren(
      ...(assessment.actions.length === 0 ? [h('p', {}, t('tool.plan.empty'))] : []),
      ...assessment.actions.map((action, i) => {
        const id = (field: string) => `sa-action-${i}-${field}`;
        const update = () => app.changed();
        return h(
          'fieldset',
          { class: 'sa-action' },
          h('legend', {}, t('tool.plan.action', { number: i + 1 })),
          h(
            'div',
            { class: 'sa-field' },
            h('label', { for: id('text') }, t('tool.plan.text')),
            h('textarea', {
              id: id('text'),
              rows: 2,
              value: action.text,
              oninput: (e: Event) => {
                action.text = (e.target as HTMLTextAreaElement).value;
                update();
              },
            }),
          ),
          h(
            'div',
            { class: 'sa-action__row' },
            h(
              'div',
              { class: 'sa-field' },
              h('label', { for: id('criterion') }, t('results.criterion')),
              h(
                'select',
                {
                  id: id('criterion'),
                  onchange: (e: Event) => {
                    action.criterion = (e.target as HTMLSelectElement).value;
                    update();
                  },
                },
                ...methodology.criteria.map((c) =>
                  h(
                    'option',
                    { value: c.code, selected: c.code === action.criterion },
                    labelOf(app, c.code),
                  ),
                ),
              ),
            ),
            h(
              'div',
              { class: 'sa-field' },
              h('label', { for: id('priority') }, t('tool.plan.priority')),
              h(
                'select',
                {
                  id: id('priority'),
                  onchange: (e: Event) => {
                    action.priority = (e.target as HTMLSelectElement)
                      .value as (typeof PRIORITIES)[number];
                    update();
                  },
                },
                ...PRIORITIES.map((p) =>
                  h(
                    'option',
                    { value: p, selected: p === action.priority },
                    t(`tool.priority.${p}`),
                  ),
                ),
              ),
            ),
            h(
              'div',
              { class: 'sa-field' },
              h('label', { for: id('due') }, t('tool.plan.due')),
              h('input', {
                id: id('due'),
                type: 'month',
                value: action.due ?? '',
                oninput: (e: Event) => {
                  const v = (e.target as HTMLInputElement).value;
                  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) action.due = v;
                  else delete action.due;
                  update();
                },
              }),
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'screen-only',
              onclick: () => {
                assessment.actions.splice(i, 1);
                update();
                draw();
              },
            },
            t('tool.plan.remove', { number: i + 1 }),
          ),
        );
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'screen-only',
          onclick: () => {
            assessment.actions.push({
              criterion: methodology.criteria[0]?.code ?? '1',
              text: '',
              priority: 'medium',
            });
            app.changed();
            draw();
            container
              .querySelector<HTMLTextAreaElement>(
                `#sa-action-${assessment.actions.length - 1}-text`,
              )
              ?.focus();
          },
        },
        t('tool.plan.add'),
      ),
    );
  };
  draw();
  return container;
}
