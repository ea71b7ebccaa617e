import { CalendarDate } from '../../dates';
import { DeadlineResult, Pause, PendingState, periodDeadline, replyDeadline } from '../../rules/deadlines';
import { checkCreditCode, checkResidentId } from '../../rules/identifiers';
import { lawfulGround } from '../normalise/grounds';
import { PeriodId } from '../../presets';
import { ApplicationComputed, ApplicationRecord } from '../../register/types';
import { SheetContext } from '../context';
import { messages } from '../messages';
import { RowRead } from '../readRow';
import { lateBy, withUncertainty } from './deadlineText';

// 17 digits and a check digit: a resident ID whatever the 证件类型 column says.
const RESIDENT_SHAPE = /^\d{17}[\dX]$/;
const RESIDENT_LEGACY = /^\d{15}$/;
const CREDIT_SHAPE = /^[0-9A-Z]{18}$/;
/** The 2019 条例 took effect on this day (第五十六条). */
const CURRENT_REGULATION_FROM = '2019-05-15';
const HANDLED_PROBLEMS = new Set(['deadline.extension.tooLong', 'deadline.correction.beforeReceived', 'deadline.pause.invalid']);

/** The fields the deadline checks read (channel as typed, before or after normalisation). */
type Dates = Pick<
  ApplicationRecord,
  | 'receivedDate' | 'correctionNoticeDate' | 'correctionReceivedDate' | 'consultSentDate' | 'consultReplyDate'
  | 'feeNoticeDate' | 'feePaidDate' | 'extensionNoticeDate' | 'extensionDays' | 'replyDate' | 'platformEntryDate'
> & { channel?: string };

/** Application checks: result type once replied, ID checksums, and every deadline of the preset. */
export function checkApplication(ctx: SheetContext, read: RowRead): void {
  const { record, invalid } = read;
  const row = record.source.row;
  const r = record as unknown as Dates & Pick<ApplicationRecord, 'idNumber' | 'idType' | 'resultType' | 'resultRow' | 'resultReason'>;

  if (r.replyDate !== undefined && r.resultType === undefined && ctx.has('resultType') && !invalid?.has('resultType')) {
    ctx.add(row, 'resultType', 'error', 'field.required', messages.requiredResultType(r.replyDate));
  }
  if (r.resultType !== undefined && r.replyDate === undefined && ctx.has('replyDate') && !invalid?.has('replyDate')) {
    ctx.add(row, 'replyDate', 'warning', 'result.noReplyDate', messages.resultWithoutReply(r.resultType));
  }
  if (r.resultType !== undefined) checkOutcome(ctx, row, r);
  if (r.idNumber && !invalid?.has('idNumber')) checkId(ctx, row, r.idNumber, r.idType ?? '');

  const computed: ApplicationComputed = {};
  record.computed = computed;
  if (r.receivedDate === undefined) return;
  checkDeadlines(ctx, row, r, r.receivedDate, computed);
}

/**
 * The reason of an answer: 不予公开 and the withheld part of 部分公开 need a lawful ground (条例第十四、十五、
 * 十六条, 第三十六条; 第三十七条 for the part), every other outcome a reason that names its table 三 row.
 */
function checkOutcome(ctx: SheetContext, row: number, r: Pick<ApplicationRecord, 'resultType' | 'resultRow' | 'resultReason'>): void {
  const field = ctx.has('resultReason') ? 'resultReason' : 'resultType';
  const type = r.resultType;
  const reason = r.resultReason?.trim() ?? '';
  if (type === '部分公开' || (type === '不予公开' && reason !== '')) {
    if (reason === '') {
      ctx.add(row, field, 'error', 'result.partial.noReason', messages.partialNoReason);
      return;
    }
    const g = lawfulGround(reason, 'answer');
    if (!g.ok) {
      ctx.add(row, field, 'error', 'result.ground.unlawful', messages.groundUnlawful(type, g.message));
      return;
    }
    if (type === '不予公开' && r.resultRow === undefined) {
      ctx.add(row, field, 'error', 'result.reason.missing', messages.groundRowUnclear(reason, g.article));
    }
    return;
  }
  if (type !== undefined && r.resultRow === undefined) {
    ctx.add(row, field, 'error', 'result.reason.missing', messages.resultReasonMissing(type, reason));
  }
}

function checkId(ctx: SheetContext, row: number, id: string, idType: string): void {
  const typeSaysResident = /身份证/.test(idType);
  const typeSaysCredit = /信用代码|营业执照|组织机构/.test(idType);
  // 护照, 港澳台通行证 …: no national checksum to apply.
  if (idType.trim() !== '' && !typeSaysResident && !typeSaysCredit) return;
  if (typeSaysResident || (!typeSaysCredit && (RESIDENT_SHAPE.test(id) || RESIDENT_LEGACY.test(id)))) {
    const res = checkResidentId(id);
    if (!res.ok) ctx.add(row, 'idNumber', 'warning', 'id.resident.checksum', messages.residentId(id, res.reason ?? ''));
  } else if (typeSaysCredit || CREDIT_SHAPE.test(id)) {
    const res = checkCreditCode(id);
    if (!res.ok) ctx.add(row, 'idNumber', 'warning', 'id.creditCode.checksum', messages.creditCode(id, res.reason ?? ''));
  }
}

function checkDeadlines(ctx: SheetContext, row: number, r: Dates, received: CalendarDate, computed: ApplicationComputed): void {
  const { preset, calendar, today } = ctx;
  const reply = preset.periods.reply;
  const pauses: Pause[] = [];
  // An open window (no answer date) runs until its statutory end, the reply, or today, whichever is first.
  if (r.consultSentDate && (r.consultReplyDate === undefined || r.consultReplyDate >= r.consultSentDate)) {
    const to = r.consultReplyDate ?? openEnd(ctx, r.consultSentDate, preset.periods.thirdPartyReply?.days ?? 15, r.replyDate);
    pauses.push({ from: r.consultSentDate, to, reason: '征求意见' });
  }
  const feePauses = preset.feePausesClock && (ctx.settings?.feePausesClock ?? true);
  if (feePauses && r.feeNoticeDate && (r.feePaidDate === undefined || r.feePaidDate >= r.feeNoticeDate)) {
    const to = r.feePaidDate ?? openEnd(ctx, r.feeNoticeDate, preset.periods.feePayment?.days ?? 20, r.replyDate);
    pauses.push({ from: r.feeNoticeDate, to, reason: '收费' });
  }
  let pending: PendingState | undefined;
  if (r.replyDate === undefined) {
    if (r.correctionNoticeDate && !r.correctionReceivedDate) pending = '补正中';
    else if (r.consultSentDate && !r.consultReplyDate) pending = '征求意见中';
    else if (r.feeNoticeDate && !r.feePaidDate) pending = '待缴费';
  }
  const correctionReceived = r.correctionReceivedDate && r.correctionReceivedDate >= received ? r.correctionReceivedDate : undefined;
  const extension = r.extensionDays !== undefined && Number.isInteger(r.extensionDays) && r.extensionDays > 0 ? r.extensionDays : undefined;
  let key = `r|${received}|${correctionReceived ?? ''}|${extension ?? ''}|${r.replyDate ?? ''}|${pending ?? ''}`;
  for (const p of pauses) key += `|${p.from}..${p.to}`;
  let res = ctx.deadlineCache.get(key) as DeadlineResult | undefined;
  if (res === undefined) {
    res = replyDeadline({ received, days: reply.days, correctionReceived, pauses, extension, replied: r.replyDate, today, pending }, calendar);
    ctx.remember(key, res);
  }
  computed.due = res.due;
  computed.status = res.status;
  computed.uncertain = res.uncertain;
  computed.steps = res.steps;
  if (res.workdaysLeft !== undefined) computed.workdaysLeft = res.workdaysLeft;

  // Before 2019-05-15 the old 条例 applied (15 + 15 working days): show the date, judge nothing.
  if (received < CURRENT_REGULATION_FROM) {
    ctx.add(row, 'receivedDate', 'info', 'deadline.oldRegulation', messages.oldRegulation(received));
    return;
  }

  const start = res.start;
  const startLabel = correctionReceived ? '补正收到' : '收到';
  // 补正 asked for and never received: the clock never restarted, so a later closing answer is not late.
  const correctionUnanswered = r.correctionNoticeDate !== undefined && r.correctionReceivedDate === undefined;
  if (res.status === '逾期办结' && correctionUnanswered) {
    computed.status = '按期办结';
    computed.steps = [...res.steps, messages.correctionNeverReceived];
  } else if (res.status === '逾期办结' && r.replyDate) {
    ctx.add(row, 'replyDate', reply.severity, 'deadline.reply.late', withUncertainty(
      messages.replyLate(r.replyDate, res.due, start, startLabel, calendar.countWorkdays(start, res.due).count, res.lateBy ?? lateBy(calendar, res.due, r.replyDate)), res.uncertain));
  } else if (res.status === '已逾期') {
    ctx.add(row, 'replyDate', reply.severity, 'deadline.reply.overdue', withUncertainty(
      messages.replyOverdue(today, res.due, start, startLabel, calendar.countWorkdays(start, res.due).count, -(res.workdaysLeft ?? 0)), res.uncertain));
  } else if (res.status === '即将到期') {
    ctx.add(row, 'replyDate', 'info', 'deadline.reply.soon', messages.replySoon(res.due, res.workdaysLeft ?? 0));
  }
  for (const p of res.problems) {
    if (!HANDLED_PROBLEMS.has(p.code)) ctx.add(row, 'replyDate', 'warning', p.code, p.message);
  }

  const correction = preset.periods.correctionNotice;
  if (correction && r.correctionNoticeDate && r.correctionNoticeDate >= received) {
    const p = ctx.cached(`c|${received}|${correction.days}`, () => periodDeadline(received, correction.days, '收到申请', correction.rule, calendar));
    if (r.correctionNoticeDate > p.due) {
      ctx.add(row, 'correctionNoticeDate', correction.severity, 'deadline.correction.late', withUncertainty(
        messages.correctionLate(r.correctionNoticeDate, p.due, received, correction.days, lateBy(calendar, p.due, r.correctionNoticeDate)), p.uncertain));
    }
  }

  // Other periods of the preset, each reported on the date that came too late.
  if (r.platformEntryDate && r.channel !== '网络') {
    checkPeriod(ctx, row, 'platformEntry', received, '收到申请', r.platformEntryDate, 'platformEntryDate', 'deadline.platformEntry.late');
  }
  if (r.consultSentDate && r.consultReplyDate && r.consultReplyDate >= r.consultSentDate) {
    checkPeriod(ctx, row, 'thirdPartyReply', r.consultSentDate, '征求意见', r.consultReplyDate, 'consultReplyDate', 'deadline.thirdPartyReply.late');
  }
  if (r.feeNoticeDate && r.feePaidDate && r.feePaidDate >= r.feeNoticeDate) {
    checkPeriod(ctx, row, 'feePayment', r.feeNoticeDate, '收费通知', r.feePaidDate, 'feePaidDate', 'deadline.feePayment.late');
  }

  const maxExtension = preset.periods.extensionMax;
  const max = maxExtension?.days ?? 20;
  if (r.extensionDays !== undefined && r.extensionDays > max) {
    ctx.add(row, 'extensionDays', maxExtension?.severity ?? 'error', 'deadline.extension.tooLong', messages.extensionTooLong(r.extensionDays, max));
  }
  if (r.extensionNoticeDate && r.extensionNoticeDate >= received) {
    const original = extension
      ? replyDeadline({ received, days: reply.days, correctionReceived, pauses }, calendar).due
      : res.due;
    if (r.extensionNoticeDate > original) {
      ctx.add(row, 'extensionNoticeDate', 'warning', 'deadline.extension.afterDue', messages.extensionAfterDue(r.extensionNoticeDate, original));
    }
  }
}

/** The end of an open window (no answer date): its statutory end, the reply, or today, whichever is first. */
function openEnd(ctx: SheetContext, from: CalendarDate, days: number, replied: CalendarDate | undefined): CalendarDate {
  let end = ctx.calendar.addWorkdays(from, days).date;
  const stop = replied ?? ctx.today;
  if (stop < end) end = stop;
  return end < from ? from : end;
}

/** Reports `date` on `field` when it is later than `start` + the preset period `id` (when the preset has it). */
function checkPeriod(
  ctx: SheetContext, row: number, id: PeriodId, start: CalendarDate, startLabel: string, date: CalendarDate, field: string, code: string,
): void {
  const period = ctx.preset.periods[id];
  if (!period) return;
  const key = `p|${start}|${period.days}|${period.rule}`;
  let p = ctx.deadlineCache.get(key) as ReturnType<typeof periodDeadline> | undefined;
  if (p === undefined) {
    p = periodDeadline(start, period.days, startLabel, period.rule, ctx.calendar);
    ctx.remember(key, p);
  }
  if (date <= p.due) return;
  ctx.add(row, field, period.severity, code, withUncertainty(
    messages.periodLate(ctx.label(field), date, period.name, p.due, startLabel, start, period.days, lateBy(ctx.calendar, p.due, date), period.rule),
    p.uncertain));
}
