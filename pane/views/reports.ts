/**
 * 报表: the annual report tables and the month's statistics (月报). The year and month chosen live in the
 * pane's state (they outlast every action and re-render).
 */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { MSG } from '../messages';
import { button } from './controls';

/** The year the 报表 view offers: the one chosen, else the year before the check date's (reports look back). */
export function reportYear(state: PaneController['state']): number {
  return state.choices.year ?? state.annual?.model.year ?? Number(state.checkDate.slice(0, 4)) - 1;
}

/** `YYYY-MM` of a real month (what a month box holds once filled). */
function isMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m !== null && Number(m[1]) >= 1900 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The month the 报表 view offers: the one chosen, else the month before the check date's (a month is reported once over). */
export function reportMonth(state: PaneController['state']): string {
  if (state.choices.month) return state.choices.month;
  if (state.monthly) return state.monthly.model.month;
  const year = Number(state.checkDate.slice(0, 4));
  const month = Number(state.checkDate.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** 报表 */
export function reportsView(pane: PaneController): HTMLElement {
  const delivery = pane.host.capabilities.delivery[0];
  // Where no file can be handed over (an old Excel), the PDF button writes a print-ready sheet.
  const pdfLabel = delivery === 'browserWindow' ? '在浏览器中打开 PDF' : delivery === 'sheet' ? '写入可打印的工作表' : '下载 PDF';
  return h('div', {}, annualSection(pane, pdfLabel, delivery === 'download'), monthlySection(pane, pdfLabel, delivery === 'download'));
}

/** 年报: the year box, 生成年报统计表, then the PDF and .xlsx of the report produced. */
function annualSection(pane: PaneController, pdfLabel: string, xlsx: boolean): HTMLElement {
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
            xlsx ? button(MSG.xlsxLabel, () => void pane.reports.annualXlsx(), { id: 'ogi-annual-xlsx', disabled: pane.state.busy }) : null,
          ),
        )
      : null,
  );
}

/** 月报: the month box, 生成月报统计表 (of the month in the box, so a bad entry is refused, not replaced), then its PDF and .xlsx. */
function monthlySection(pane: PaneController, pdfLabel: string, xlsx: boolean): HTMLElement {
  const month = h('input', {
    id: 'ogi-month',
    type: 'month',
    value: reportMonth(pane.state),
    oninput: (e) => {
      const v = (e.target as HTMLInputElement).value.trim();
      if (isMonth(v)) pane.choose({ month: v });
    },
  });
  const monthly = pane.state.monthly;
  return h(
    'div',
    { class: 'ogi-monthly' },
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-month' }, MSG.monthLabel), month),
    h(
      'div',
      { class: 'ogi-actions' },
      button(MSG.monthlyButton, () => void pane.reports.monthly(month.value), { id: 'ogi-monthly', disabled: pane.state.busy }),
    ),
    monthly
      ? h(
          'div',
          { id: 'ogi-monthly-result' },
          h(
            'p',
            {},
            MSG.annualWhere(monthly.sheet ?? '', pane.host.capabilities) +
              MSG.monthlySummary(monthly.model.total.applications, monthly.model.period.to) +
              MSG.monthlyLeftOut(monthly.model.excluded, monthly.model.notCounted.length),
          ),
          h(
            'div',
            { class: 'ogi-actions' },
            button(pdfLabel, () => void pane.jobs.deliverPdf({ kind: 'monthly', model: monthly.model }), {
              id: 'ogi-monthly-pdf',
              disabled: pane.state.busy,
            }),
            xlsx
              ? button(MSG.xlsxLabel, () => void pane.reports.monthlyXlsx(), { id: 'ogi-monthly-xlsx', disabled: pane.state.busy })
              : null,
          ),
        )
      : null,
  );
}
