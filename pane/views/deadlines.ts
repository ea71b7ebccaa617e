/** 期限: the open applications by how close their due date is. */
import { h } from '../dom';
import { MSG } from '../messages';
import type { PaneController, DeadlineItem } from '../controller';
import { button } from './controls';
import { checkDateBar } from './checkDate';

/** 期限, by the pane's check date (changing it here re-checks, so the lists follow). */
export function deadlinesView(pane: PaneController): HTMLElement {
  const d = pane.deadlines.grouped();
  const total = d.overdue.length + d.dueSoon.length + d.inProgress.length;
  const dateBar = checkDateBar(pane, 'ogi-dl');
  if (total === 0) {
    return h(
      'div',
      {},
      dateBar,
      h('p', { class: 'ogi-hint' }, MSG.noDeadlines),
      button('检查全部台账', () => void pane.check.checkAll(), { id: 'ogi-check-all', disabled: pane.state.busy }),
    );
  }
  const section = (key: keyof typeof d, items: DeadlineItem[]) =>
    h(
      'section',
      { class: `ogi-deadlines ogi-${key}` },
      h('h3', {}, `${MSG.deadlineGroups[key]}（${items.length}）`),
      h(
        'ul',
        { class: 'ogi-list' },
        ...items
          .slice(0, 300)
          .map((it) =>
            h(
              'li',
              { class: 'ogi-deadline', 'data-row': it.row, 'data-sheet': it.sheet },
              h(
                'div',
                {},
                h(
                  'button',
                  { type: 'button', class: 'ogi-link', onclick: () => void pane.deadlines.select(it) },
                  it.appNo || `第 ${it.row} 行`,
                ),
                ` 期限 ${it.due ?? '—'} · ${it.status === '已逾期' ? '' : `${it.status} · `}${MSG.daysLeft(it.workdaysLeft)}${it.uncertain ? MSG.uncertain : ''}`,
              ),
              h('details', {}, h('summary', {}, MSG.why), h('ol', {}, ...it.steps.map((s) => h('li', {}, s)))),
            ),
          ),
      ),
    );
  return h('div', {}, dateBar, section('overdue', d.overdue), section('dueSoon', d.dueSoon), section('inProgress', d.inProgress));
}
