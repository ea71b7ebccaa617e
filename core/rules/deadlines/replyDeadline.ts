import { CalendarDate, weekdayZh, ymd } from '../../dates';
import { WorkCalendar } from '../../calendar';
import { ApplicationStatus } from '../../register/types';
import { dayNote, explainRange, shortDate } from './explainRange';
import { deadlineMessages as m } from './messages';

/** A stop of the clock, half-open `(from, to]`: the working days after `from` up to `to` are not counted. */
export interface Pause {
  from: CalendarDate;
  to: CalendarDate;
  /** e.g. 征求第三方意见, 征求其他机关意见, 收费 */
  reason?: string;
}

/** The pending states shown as such instead of a clock status. */
export type PendingState = '补正中' | '征求意见中' | '待缴费';

export interface ReplyDeadlineInput {
  /** 法定收到日期 (条例第三十一条) */
  received: CalendarDate;
  /** Answer period in working days; default 20 (条例第三十三条) or the preset's. */
  days?: number;
  /** 补正: the day the corrected application arrived; the clock restarts from it (第三十条). */
  correctionReceived?: CalendarDate;
  pauses?: Pause[];
  /** Approved extension in working days (≤ 20, 第三十三条第二款). */
  extension?: number;
  replied?: CalendarDate;
  today?: CalendarDate;
  pending?: PendingState;
}

export interface DeadlineProblem {
  code: string;
  message: string;
}

export interface DeadlineResult {
  start: CalendarDate;
  due: CalendarDate;
  uncertain: boolean;
  status?: ApplicationStatus;
  /** Working days in (today, due]; negative when overdue. Only when not replied and today is given. */
  workdaysLeft?: number;
  /** Working days the reply came after the due date. */
  lateBy?: number;
  /** The explanation, one Chinese phrase per step (join with ' → '). */
  steps: string[];
  problems: DeadlineProblem[];
}

/** The longest extension 条例第三十三条第二款 allows. */
export const MAX_EXTENSION = 20;
/** Working days before the due date from which an open case is 即将到期. */
export const DUE_SOON_WORKDAYS = 3;

/** Sorts and merges pauses; touching or overlapping half-open intervals become one. */
export function mergePauses(pauses: Pause[]): Pause[] {
  const sorted = [...pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Pause[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
      if (p.reason && last.reason !== p.reason) last.reason = last.reason ? `${last.reason}、${p.reason}` : p.reason;
    } else {
      merged.push({ ...p });
    }
  }
  return merged;
}

/**
 * The reply deadline of an application (条例第三十三条), its status and its explanation:
 * due = the (days + paused + extension)-th working day after the receipt (or corrected receipt).
 * @example replyDeadline({ received: '2025-09-26' }, cal).due //=> '2025-10-30'
 */
export function replyDeadline(input: ReplyDeadlineInput, calendar: WorkCalendar): DeadlineResult {
  const problems: DeadlineProblem[] = [];
  const { received } = input;
  const refYear = ymd(received).year;
  const steps = [m.received(received, weekdayZh(received), dayNote(received, calendar))];

  let start = received;
  if (input.correctionReceived !== undefined) {
    if (input.correctionReceived < received) {
      problems.push({ code: 'deadline.correction.beforeReceived', message: m.correctionBeforeReceived(input.correctionReceived, received) });
    }
    start = input.correctionReceived;
    steps.push(m.correction(shortDate(start, refYear), weekdayZh(start)));
  }
  steps.push(m.nextDay);

  let days = input.days ?? 20;
  if (!Number.isInteger(days) || days <= 0) {
    problems.push({ code: 'deadline.days.invalid', message: m.daysInvalid(days) });
    days = 20;
  }

  let uncertain = false;
  let paused = 0;
  const valid = (input.pauses ?? []).filter((p) => {
    if (p.to >= p.from) return true;
    problems.push({ code: 'deadline.pause.invalid', message: m.pauseInvalid(p.from, p.to) });
    return false;
  });
  for (const p of mergePauses(valid)) {
    const counted = calendar.countWorkdays(p.from, p.to);
    paused += counted.count;
    uncertain ||= counted.uncertain;
    steps.push(m.pause(shortDate(p.from, refYear), shortDate(p.to, refYear), p.reason ?? '', counted.count));
  }

  let extension = input.extension ?? 0;
  if (extension < 0 || !Number.isInteger(extension)) {
    problems.push({ code: 'deadline.extension.invalid', message: m.extensionNegative(extension) });
    extension = 0;
  }
  if (extension > MAX_EXTENSION) {
    problems.push({ code: 'deadline.extension.tooLong', message: m.extensionTooLong(extension) });
  }
  if (extension > 0) steps.push(m.extension(extension));

  const total = days + paused + extension;
  const added = calendar.addWorkdays(start, total);
  const due = added.date;
  uncertain ||= added.uncertain;
  steps.push(...explainRange(start, due, calendar, refYear));
  if (total === days) {
    steps.push(m.due(total, due, m.replyArticle));
  } else {
    const sum = [`${days}`, paused > 0 ? `暂停${paused}` : '', extension > 0 ? `延长${extension}` : ''].filter(Boolean).join('+');
    steps.push(m.dueSum(sum, total, due, m.replyArticle));
  }

  const result: DeadlineResult = { start, due, uncertain, steps, problems };
  applyStatus(result, input, calendar);
  return result;
}

/** contracts §1 status rules: replied → on time / late; open → overdue, due soon, in progress; pending states as such. */
function applyStatus(result: DeadlineResult, input: ReplyDeadlineInput, calendar: WorkCalendar): void {
  const { due } = result;
  if (input.replied !== undefined) {
    if (input.replied <= due) {
      result.status = '按期办结';
      result.steps.push(m.repliedOnTime(input.replied));
    } else {
      result.status = '逾期办结';
      result.lateBy = calendar.countWorkdays(due, input.replied).count;
      result.steps.push(m.repliedLate(input.replied, result.lateBy));
    }
    return;
  }
  if (input.today !== undefined) {
    const left = calendar.countWorkdays(input.today, due).count;
    result.workdaysLeft = left;
    if (input.pending !== undefined) {
      // The clock waits for the applicant or a third party: the count is shown, not judged.
    } else if (input.today > due) {
      result.status = '已逾期';
      result.steps.push(m.overdue(input.today, -left));
    } else {
      result.status = left <= DUE_SOON_WORKDAYS ? '即将到期' : '办理中';
      result.steps.push(m.left(input.today, left));
    }
  }
  if (input.pending !== undefined) {
    result.status = input.pending;
    result.steps.push(m.pending(input.pending));
  }
}
