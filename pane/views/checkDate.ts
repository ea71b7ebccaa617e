/** 按哪一天检查: the check date's line and date box, the same in 检查, 期限 and 工作台. */
import { h } from '../dom';
import { MSG } from '../messages';
import type { CalendarDate } from '../../core/dates';

/** What the date bar uses of the pane (the PaneController has it). */
export interface CheckDatePane {
  readonly state: { readonly busy: boolean; readonly checkDate: CalendarDate };
  readonly checkDate: { set(date: string): Promise<void>; clock(): CalendarDate; toToday(): Promise<void> };
}

/** The line "按哪一天检查：YYYY-MM-DD", a date box to change it, and 回到今天 when it is not today. `id` prefixes the controls' ids. */
export function checkDateBar(pane: CheckDatePane, id: string): HTMLElement {
  const date = pane.state.checkDate;
  const today = pane.checkDate.clock();
  const input = h('input', {
    id: `${id}-date`,
    type: 'date',
    value: date,
    required: true,
    disabled: pane.state.busy,
    onchange: (e) => void pane.checkDate.set((e.target as HTMLInputElement).value),
  });
  return h(
    'div',
    { class: 'ogi-check-date', id: `${id}-check-date` },
    h('p', { class: 'ogi-check-date-line' }, MSG.checkDate(date)),
    h('div', { class: 'ogi-field' }, h('label', { for: `${id}-date` }, MSG.checkDateLabel), input),
    date !== today
      ? h(
          'div',
          {},
          h('p', { class: 'ogi-hint' }, MSG.notToday(today)),
          h(
            'button',
            {
              type: 'button',
              id: `${id}-today`,
              class: 'ogi-btn',
              disabled: pane.state.busy,
              onclick: () => void pane.checkDate.toToday(),
            },
            MSG.backToToday,
          ),
        )
      : null,
  );
}
