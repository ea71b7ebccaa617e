/** 报表: the annual report tables. */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { button } from './controls';

/** 报表 */
export function reportsView(pane: PaneController): HTMLElement {
  const year = h('input', {
    id: 'ogi-year',
    type: 'number',
    min: 2008,
    max: 2100,
    value: pane.state.annual?.model.year ?? new Date().getFullYear() - 1,
  });
  const delivery = pane.host.capabilities.delivery[0];
  const pdfLabel = delivery === 'browserWindow' ? '在浏览器中打开 PDF' : '下载 PDF';
  const annual = pane.state.annual;
  return h(
    'div',
    {},
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-year' }, '年度'), year),
    h(
      'div',
      { class: 'ogi-actions' },
      button('生成年报统计表', () => void pane.reports.annual(Number(year.value)), {
        id: 'ogi-annual',
        primary: true,
        disabled: pane.state.busy,
      }),
    ),
    annual
      ? h(
          'div',
          { id: 'ogi-annual-result' },
          h(
            'p',
            {},
            `已写入工作表「${annual.sheet ?? ''}」。` +
              (annual.model.table3.rows.new[6] === null || annual.model.table3.rows.new[6] === undefined
                ? '表三未提供（没有依申请公开登记台账），报告不完整。'
                : `新收申请 ${annual.model.table3.rows.new[6]} 件，结转下年 ${annual.model.table3.rows.carry_out[6] ?? 0} 件。`),
          ),
          h(
            'ul',
            { class: 'ogi-list ogi-checks' },
            ...annual.model.checks.filter((c) => !c.ok).map((c) => h('li', { class: 'ogi-error' }, c.message)),
          ),
          h(
            'div',
            { class: 'ogi-actions' },
            button(pdfLabel, () => void pane.jobs.deliverPdf({ kind: 'annual', model: annual.model }), {
              id: 'ogi-annual-pdf',
              disabled: pane.state.busy,
            }),
            delivery === 'download'
              ? button('下载 Excel', () => void pane.reports.annualXlsx(), { id: 'ogi-annual-xlsx', disabled: pane.state.busy })
              : null,
          ),
        )
      : null,
  );
}
