import { ApplicationRecord, RESULT_ROW_TYPE, RESULT_TYPES, ResultType, TABLE3_COLUMNS } from '../../core/register/types';
import { AnnualReportModel } from './model';
import { yearBoundsOf } from './yearBounds';
import { classifyApplication } from './countable';
import { feeSummary } from '../../core/rules/fees';

const NO_APPLICATIONS = {
  overview: '未提供依申请公开登记台账，收到和处理政府信息公开申请的情况无法统计（表三为“未提供”）。',
  fees: '未提供依申请公开登记台账，信息处理费收取情况无法统计。',
} as const;

/** Amount in 元 as a Chinese report writes it: no trailing zeros, at most two decimals. */
export function formatYuan(amount: number): string {
  return (Math.round(amount * 100) / 100).toString();
}

/** A rate as a percentage with one decimal (`95.2%`). */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/**
 * 按期 / 逾期 of a replied application: the deadline engine's status when present, else its
 * computed due date; undefined when neither is known.
 */
export function repliedOnTime(a: ApplicationRecord): boolean | undefined {
  if (a.computed.status === '按期办结') return true;
  if (a.computed.status === '逾期办结') return false;
  if (a.replyDate && a.computed.due) return a.replyDate <= a.computed.due;
  return undefined;
}

/** Part 一 figures sentence: received, carried over, answered by outcome, carried forward, on-time rate. */
export function overviewSentence(model: AnnualReportModel, applications: readonly ApplicationRecord[]): string {
  const total = TABLE3_COLUMNS.indexOf('total');
  const at = (row: keyof AnnualReportModel['table3']['rows']) => model.table3.rows[row]?.[total] ?? 0;
  const byType = new Map<ResultType, number>(RESULT_TYPES.map((t) => [t, 0]));
  for (const [row, type] of Object.entries(RESULT_ROW_TYPE) as [keyof typeof RESULT_ROW_TYPE, ResultType][]) {
    byType.set(type, (byType.get(type) ?? 0) + (model.table3.rows[row]?.[total] ?? 0));
  }
  const parts = RESULT_TYPES.filter((t) => (byType.get(t) ?? 0) > 0).map((t) => `${t} ${byType.get(t)} 件`);
  let s = `${model.year} 年，本机关共收到政府信息公开申请 ${at('new')} 件，上年结转 ${at('carry_in')} 件；`;
  s += `本年度办结 ${at('total')} 件${parts.length ? `，其中${parts.join('、')}` : ''}；结转下年度继续办理 ${at('carry_out')} 件。`;
  let known = 0;
  let onTime = 0;
  for (const a of applications) {
    // Only the answers the table counts (same rule as table 三).
    const c = classifyApplication(a, model.year);
    if (c.kind !== 'counted' || !c.row) continue;
    const ok = repliedOnTime(a);
    if (ok === undefined) continue;
    known++;
    if (ok) onTime++;
  }
  if (known > 0) {
    s += `按期答复 ${onTime} 件，按期答复率 ${formatRate(onTime / known)}`;
    s += known < at('total') ? `（另有 ${at('total') - known} 件无法判断是否按期）。` : '。';
  }
  return s;
}

/**
 * Part 六 fee sentence from the applications' fee notices (收费通知日期 in the year, amounts from
 * 收费金额) and payments (缴费日期 in the year, 实收金额 where recorded, else 收费金额), counted by
 * core/rules/fees; plus the applications closed as 逾期未缴费 (table 三 (六)2). Always a sentence, even "未收取".
 */
export function feeSentence(year: number, applications: readonly ApplicationRecord[]): string {
  const { first, last } = yearBoundsOf(year);
  const f = feeSummary(applications, first, last);
  const lapsed = applications.filter(
    (a) => a.resultRow === 'other_nofee' && a.replyDate !== undefined && a.replyDate >= first && a.replyDate <= last,
  ).length;
  if (f.notices === 0 && f.paid === 0) {
    return '依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费，未发出收费通知。';
  }
  let s = '依据《政府信息公开信息处理费管理办法》，';
  if (f.notices > 0) {
    s += `本年度共发出收费通知 ${f.notices} 件，通知金额合计 ${formatYuan(f.noticeAmount)} 元`;
    if (f.noticeAmountMissing) s += `（其中 ${f.noticeAmountMissing} 件未登记金额）`;
    s += '；';
  }
  if (f.paid === 0) s += '本年度未收取信息处理费';
  else {
    s += `实际收取信息处理费 ${f.paid} 件，共计 ${formatYuan(f.paidAmount)} 元`;
    if (f.paidAmountMissing) s += `（其中 ${f.paidAmountMissing} 件未登记金额）`;
  }
  if (lapsed > 0) s += `；申请人逾期未缴费、不再处理的申请 ${lapsed} 件`;
  return `${s}。`;
}

/** Both report sentences for a model counted from `applications`. */
export function annualText(model: AnnualReportModel, applications: readonly ApplicationRecord[]): { overview: string; fees: string } {
  // Without the register there is nothing to say: "0 件" would be an invented figure.
  if (model.missing?.includes('applications')) return { overview: NO_APPLICATIONS.overview, fees: NO_APPLICATIONS.fees };
  return { overview: overviewSentence(model, applications), fees: feeSentence(model.year, applications) };
}
