import { CalendarDate } from '../../dates';
import { FindingCode } from '../../findings';
import {
  clockInputOf,
  ClockFields,
  clockKey,
  clockOptionsOf,
  DeadlineProblem,
  DeadlineResult,
  periodDeadline,
  replyDeadline,
} from '../../rules/deadlines';
import { PeriodId } from '../../presets';
import { ApplicationComputed, ApplicationRecord, FieldName } from '../../register/types';
import { SheetContext } from '../context';
import { messages } from '../messages';
import { deadlineFindingMessages as dm } from './deadlineMessages';
import { lateBy, withUncertainty } from './deadlineText';

/** The fields the deadline checks read (channel as typed, before or after normalisation). */
export type DeadlineFields = ClockFields & Pick<ApplicationRecord, 'platformEntryDate'> & { channel?: string };

// Problems a ledger reports elsewhere: date order (补正 before receipt, an answer before its request).
const REPORTED_ELSEWHERE = new Set<FindingCode>(['deadline.correction.beforeReceived', 'deadline.pause.invalid']);

/**
 * Every deadline of an application row (contracts §1): the reply clock with its pauses, extension,
 * 延迟答复 and the applicant's own waits, then each other period of the preset on the date it bounds.
 */
export function checkApplicationDeadlines(
  ctx: SheetContext,
  row: number,
  r: DeadlineFields,
  received: CalendarDate,
  computed: ApplicationComputed,
): void {
  const { preset, calendar, today, settings } = ctx;
  const reply = preset.periods.reply;
  const { input, intervalErrors } = clockInputOf({ ...r, receivedDate: received }, clockOptionsOf(preset, settings, today));
  for (const e of intervalErrors) ctx.add(row, 'consultations', 'error', 'consultations.invalid', dm.intervalInvalid(e.text, e.reason));
  const res = ctx.cached<DeadlineResult>(`r|${clockKey(input)}`, () => replyDeadline(input, calendar));
  computed.due = res.due;
  computed.status = res.status;
  computed.uncertain = res.uncertain;
  computed.steps = res.steps;
  if (res.workdaysLeft !== undefined) computed.workdaysLeft = res.workdaysLeft;

  const start = res.start;
  const startLabel = input.correctionReceived ? '补正收到' : '收到';
  const regimeNote = res.regime === '2008' ? dm.oldRegime : '';
  const periodDays = calendar.countWorkdays(start, res.due).count;
  if (res.status === '逾期办结' && r.replyDate) {
    ctx.add(
      row,
      'replyDate',
      reply.severity,
      'deadline.reply.late',
      withUncertainty(
        messages.replyLate(r.replyDate, res.due, start, startLabel, periodDays, res.lateBy ?? lateBy(calendar, res.due, r.replyDate)) +
          regimeNote,
        res.uncertain,
      ),
    );
  } else if (res.status === '已逾期') {
    ctx.add(
      row,
      'replyDate',
      reply.severity,
      'deadline.reply.overdue',
      withUncertainty(
        messages.replyOverdue(today, res.due, start, startLabel, periodDays, -(res.workdaysLeft ?? 0)) + regimeNote,
        res.uncertain,
      ),
    );
  } else if (res.status === '即将到期') {
    ctx.add(row, 'replyDate', 'info', 'deadline.reply.soon', messages.replySoon(res.due, res.workdaysLeft ?? 0));
  }
  for (const p of res.problems) {
    if (!REPORTED_ELSEWHERE.has(p.code)) ctx.add(row, problemField(ctx, p), p.severity, p.code, p.message);
  }
  if (input.extension !== undefined && input.extensionNotice === undefined && ctx.has('extensionNoticeDate')) {
    ctx.add(row, 'extensionNoticeDate', 'warning', 'deadline.extension.noNotice', dm.extensionNoNotice(input.extension));
  }
  if (input.delay !== undefined && input.delay.notified === undefined) {
    ctx.add(
      row,
      ctx.has('delayNoticeDate') ? 'delayNoticeDate' : 'delayToDate',
      'warning',
      'deadline.delay.noNotice',
      dm.delayNoNotice(input.delay.to),
    );
  }

  const correction = preset.periods.correctionNotice;
  if (correction && r.correctionNoticeDate && r.correctionNoticeDate >= received) {
    const p = ctx.cached(`c|${received}|${correction.days}`, () =>
      periodDeadline(received, correction.days, '收到申请', correction.rule, calendar),
    );
    if (r.correctionNoticeDate > p.due) {
      ctx.add(
        row,
        'correctionNoticeDate',
        correction.severity,
        'deadline.correction.late',
        withUncertainty(
          messages.correctionLate(
            r.correctionNoticeDate,
            p.due,
            received,
            correction.days,
            lateBy(calendar, p.due, r.correctionNoticeDate),
          ),
          p.uncertain,
        ),
      );
    }
  }

  // Other periods of the preset, each reported on the date that came too late.
  if (r.platformEntryDate && r.channel !== '网络') {
    checkPeriod(ctx, row, 'platformEntry', received, '收到申请', r.platformEntryDate, 'platformEntryDate', 'deadline.platformEntry.late');
  }
  if (r.feeNoticeDate && r.feePaidDate && r.feePaidDate >= r.feeNoticeDate) {
    checkPeriod(ctx, row, 'feePayment', r.feeNoticeDate, '收费通知', r.feePaidDate, 'feePaidDate', 'deadline.feePayment.late');
  }
  if (r.correctionNoticeDate && r.correctionReceivedDate && r.correctionDueDate && r.correctionReceivedDate > r.correctionDueDate) {
    ctx.add(
      row,
      'correctionReceivedDate',
      'info',
      'deadline.correction.afterPeriod',
      dm.correctionAfterPeriod(r.correctionReceivedDate, r.correctionDueDate),
    );
  }
}

/** The column a problem of the clock belongs to, among those the sheet has. */
function problemField(ctx: SheetContext, p: DeadlineProblem): FieldName {
  const first = (...fields: FieldName[]) => fields.find((f) => ctx.has(f)) ?? fields[fields.length - 1];
  switch (p.subject) {
    case 'extension':
      return first('extensionNoticeDate', 'extensionDays');
    case 'extensionDays':
      return first('extensionDays');
    case 'correction':
      return first('correctionReceivedDate', 'correctionNoticeDate');
    case 'consultation':
      return p.code.endsWith('Reply.late')
        ? first('consultReplyDate', 'consultations', 'consultSentDate')
        : first('consultSentDate', 'consultations');
    case 'fee':
      return p.code === 'deadline.fee.abandoned' ? first('feePaidDate', 'feeNoticeDate') : first('feeNoticeDate');
    case 'delay':
      return p.code === 'deadline.delay.late' ? first('delayNoticeDate', 'delayToDate') : first('delayToDate');
    case 'pause':
      return first('consultSentDate', 'consultations');
    default:
      return 'receivedDate';
  }
}

/** Reports `date` on `field` when it is later than `start` + the preset period `id` (when the preset has it). */
function checkPeriod(
  ctx: SheetContext,
  row: number,
  id: PeriodId,
  start: CalendarDate,
  startLabel: string,
  date: CalendarDate,
  field: FieldName,
  code: FindingCode,
): void {
  const period = ctx.preset.periods[id];
  if (!period) return;
  const p = ctx.cached(`p|${start}|${period.days}|${period.rule}`, () =>
    periodDeadline(start, period.days, startLabel, period.rule, ctx.calendar),
  );
  if (date <= p.due) return;
  ctx.add(
    row,
    field,
    period.severity,
    code,
    withUncertainty(
      messages.periodLate(
        ctx.label(field),
        date,
        period.name,
        p.due,
        startLabel,
        start,
        period.days,
        lateBy(ctx.calendar, p.due, date),
        period.rule,
      ),
      p.uncertain,
    ),
  );
}
