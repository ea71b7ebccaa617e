/** 报表: the annual report tables. The year chosen lives in the pane's state (it outlasts every action). */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { MSG } from '../messages';
import { button } from './controls';

/** The year the 报表 view offers: the one chosen, else the year before the check date's (reports look back). */
export function reportYear(state: PaneController['state']): number {
  return state.choices.year ?? state.annual?.model.year ?? Number(state.checkDate.slice(0, 4)) - 1;
}

/** 报表 */
export function reportsView(pane: PaneController): HTMLElement {
  const year = h('input', {
    id: 'ogi-year',
    type: 'number',
    min: 2008,
    max: 2100,
    value: reportYear(pane.state),
    oninput: (e) => {
      const v = Number((e.target as HTMLInputElement).value);
      if (Number.isInteger(v) && v >= 2008 && v <= 2100) pane.choose({ year: v });
    },
  });
  const delivery = pane.host.capabilities.delivery[0];
  // Where no file can be handed over (an old Excel), the PDF button writes a print-ready sheet.
  const pdfLabel = delivery === 'browserWindow' ? '在浏览器中打开 PDF' : delivery === 'sheet' ? '写入可打印的工作表' : '下载 PDF';
  const annual = pane.state.annual;
  return h(
    'div',
    {},
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-year' }, '年度'), year),
    h(
      'div',
      { class: 'ogi-actions' },
      button('生成年报统计表', () => void pane.reports.annual(reportYear(pane.state)), {
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
            MSG.annualWhere(annual.sheet ?? '', pane.host.capabilities) +
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
              ? button(MSG.xlsxLabel, () => void pane.reports.annualXlsx(), { id: 'ogi-annual-xlsx', disabled: pane.state.busy })
              : null,
          ),
        )
      : null,
  );
}
