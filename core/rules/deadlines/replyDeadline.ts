import { CalendarDate, weekdayZh, ymd } from '../../dates';
import { WorkCalendar } from '../../calendar';
import { FindingCode } from '../../findings';
import { ApplicationStatus } from '../../register/types';
import { dayNote, explainRange, shortDate } from './explainRange';
import { deadlineMessages as m, FEE_ARTICLES } from './messages';
import { Consultation, mergeGroups, Pause, PauseSpan } from './pauses';
import { Regime, regimeFor, RegimeId } from './regime';

export type { Pause, Consultation, PauseKind } from './pauses';

/** The pending states shown as such instead of a clock status. */
export type PendingState = '补正中' | '征求意见中' | '待缴费';
/** 视为放弃: the applicant let the correction period or the payment window run out. */
export type AbandonedState = '逾期不补正' | '逾期未缴费';

export interface ReplyDeadlineInput {
  /** 法定收到日期 (条例第三十一条) */
  received: CalendarDate;
  /** Answer period in working days under the 2019 条例; default 20 (a preset may set another). The 2008 text always gives 15. */
  days?: number;
  /** 补正: the day the office sent the correction notice (第三十条). */
  correctionNotice?: CalendarDate;
  /** 补正期限: the last day the notice gave; default `correctionNotice` + `correctionDays`. */
  correctionUntil?: CalendarDate;
  /** Working days the notice gives the applicant (a preset default). */
  correctionDays?: number;
  /** 补正: the day the corrected application arrived; the clock restarts from it (第三十条). */
  correctionReceived?: CalendarDate;
  /** Other clock stops, as entered. */
  pauses?: Pause[];
  /** Third-party (第三十二条) or other-agency (第三十四条) consultations, each capped at its reply window. */
  consultations?: Consultation[];
  /** Reply window of a consultation in working days (default: the regulation's, 15). */
  consultWindow?: number;
  /** 收费通知 and payment (第四十二条, 109号文). */
  fee?: { notice: CalendarDate; paid?: CalendarDate };
  /** Whether the fee wait stops the reply clock (configurable until 109号文's wording is confirmed; default true). */
  feePausesClock?: boolean;
  /** Payment window in working days from the day after the notice (109号文: 20). */
  feeDays?: number;
  /** Approved extension in working days (≤ 20, 第三十三条第二款). */
  extension?: number;
  /** The day the applicant was told of the extension; it counts only on or before the original due date. */
  extensionNotice?: CalendarDate;
  /** 延迟答复 (第三十五条): the later date the office set, and the day it told the applicant. */
  delay?: { to: CalendarDate; notified?: CalendarDate };
  replied?: CalendarDate;
  today?: CalendarDate;
  /** A pending state the caller knows of (e.g. `--pending`); the dates above give their own. */
  pending?: PendingState;
}

/** What a problem is about, so a ledger can put its finding on the right column. */
export type ProblemSubject = 'days' | 'correction' | 'pause' | 'consultation' | 'fee' | 'extension' | 'extensionDays' | 'delay';

export interface DeadlineProblem {
  code: FindingCode;
  message: string;
  severity: 'error' | 'warning' | 'info';
  subject: ProblemSubject;
}

export interface DeadlineResult {
  /** Which 条例 governed the application. */
  regime: RegimeId;
  start: CalendarDate;
  due: CalendarDate;
  uncertain: boolean;
  status?: ApplicationStatus;
  /** Set when the applicant let a period run out (视为放弃). */
  abandoned?: AbandonedState;
  /** Working days in (today, due]; negative when overdue. Only when not replied and today is given. */
  workdaysLeft?: number;
  /** Working days the reply came after the due date. */
  lateBy?: number;
  /** Working days the counted pauses added, and the extension that counted. */
  paused: number;
  extension: number;
  /** The explanation, one Chinese phrase per step (join with ' → '). */
  steps: string[];
  problems: DeadlineProblem[];
}

/** The longest extension 条例第三十三条第二款 allows. */
export const MAX_EXTENSION = 20;
/** Working days before the due date from which an open case is 即将到期. */
export const DUE_SOON_WORKDAYS = 3;
/** Default periods of the applicant's own waits (presets may change them). */
export const DEFAULT_CORRECTION_DAYS = 15;
export const DEFAULT_FEE_DAYS = 20;

/** One entry of the sweep: a merged pause group, or the extension taking effect on its notice day. */
type PauseEvent = { type: 'pause'; date: CalendarDate; to: CalendarDate; members: PauseSpan[] };
type ClockEvent = PauseEvent | { type: 'extension'; date: CalendarDate | undefined };

/**
 * The reply deadline of an application (条例第三十三条, or 旧条例第二十四条 before 2019-05-15), its status
 * and its explanation: due = the (days + counted pauses + counted extension)-th working day after the
 * receipt or the corrected receipt, or the 延迟答复 date when one was set and told in time.
 * @example replyDeadline({ received: '2025-09-26' }, cal).due //=> '2025-10-30'
 */
export function replyDeadline(input: ReplyDeadlineInput, calendar: WorkCalendar): DeadlineResult {
  const problems: DeadlineProblem[] = [];
  const problem = (severity: DeadlineProblem['severity'], subject: ProblemSubject, code: FindingCode, message: string) =>
    problems.push({ code, message, severity, subject });
  const { received } = input;
  const regime = regimeFor(received);
  const refYear = ymd(received).year;
  const short = (d: CalendarDate) => shortDate(d, refYear);
  let uncertain = false;
  const add = (from: CalendarDate, n: number) => {
    const r = calendar.addWorkdays(from, n);
    uncertain ||= r.uncertain;
    return r.date;
  };
  const count = (from: CalendarDate, to: CalendarDate) => {
    const r = calendar.countWorkdays(from, to);
    uncertain ||= r.uncertain;
    return r.count;
  };

  let days = regime.id === '2019' ? (input.days ?? regime.days) : regime.days;
  if (!Number.isInteger(days) || days <= 0) {
    problem('warning', 'days', 'deadline.days.invalid', m.daysInvalid(days, regime.days));
    days = regime.days;
  }
  const steps = [
    m.regime(regime.name, days, regime.maxExtension, regime.replyArticle),
    m.received(received, weekdayZh(received), dayNote(received, calendar), regime.receiptArticle),
  ];

  let start = received;
  let restarted = false;
  if (input.correctionReceived !== undefined) {
    if (input.correctionReceived < received) {
      problem(
        'warning',
        'correction',
        'deadline.correction.beforeReceived',
        m.correctionBeforeReceived(input.correctionReceived, received),
      );
    } else {
      start = input.correctionReceived;
      restarted = true;
    }
    steps.push(m.correction(short(input.correctionReceived), weekdayZh(input.correctionReceived), regime.correctionArticle));
  }
  steps.push(m.nextDay);

  // Every stop of the clock, clipped to what lies after the start: a correction voids what came before.
  const spans: PauseSpan[] = [];
  const collect = (span: PauseSpan) => {
    if (span.to <= start) {
      if (restarted && span.to > span.from)
        steps.push(m.pauseVoided(span.label, short(span.from), short(span.to), regime.correctionArticle));
      return;
    }
    spans.push(span.from < start ? { ...span, from: start } : span);
  };
  for (const p of input.pauses ?? []) {
    if (p.to < p.from) {
      problem('warning', 'pause', 'deadline.pause.invalid', m.pauseInvalid(p.from, p.to));
      continue;
    }
    const article =
      p.kind === 'fee'
        ? FEE_ARTICLES
        : p.kind === 'agency'
          ? regime.agencyArticle
          : p.kind === 'thirdParty'
            ? regime.thirdPartyArticle
            : regime.pauseArticle;
    collect({ ...p, label: p.reason ?? m.pauseLabel, article, explain: (f, t, n) => m.pause(f, t, p.reason ?? '', n, article) });
  }
  const window = input.consultWindow ?? regime.consultWindow;
  const openConsultations: { until: CalendarDate; article: string }[] = [];
  for (const c of input.consultations ?? []) {
    const agency = c.party === 'agency';
    const label = agency ? m.agencyLabel : m.thirdPartyLabel;
    const consultArticle = agency ? regime.agencyArticle : regime.thirdPartyArticle;
    const article = `${consultArticle}、${regime.pauseArticle}`;
    if (c.replied !== undefined && c.replied < c.from) {
      problem('warning', 'consultation', 'deadline.pause.invalid', m.pauseInvalid(c.from, c.replied));
      continue;
    }
    const cap = window !== undefined ? add(c.from, window) : undefined;
    let to = c.replied ?? cap ?? input.today ?? c.from;
    let capped = c.replied === undefined && cap !== undefined;
    if (c.replied !== undefined && cap !== undefined && c.replied > cap && window !== undefined) {
      problem(
        'info',
        'consultation',
        agency ? 'deadline.agencyReply.late' : 'deadline.thirdPartyReply.late',
        m.consultLateReply(label, c.replied, cap, window, consultArticle),
      );
      to = cap;
      capped = true;
    }
    collect({
      from: c.from,
      to,
      reason: label,
      kind: agency ? 'agency' : 'thirdParty',
      label,
      article,
      ...(c.replied === undefined ? { openUntil: to } : {}),
      explain: (f, t, n) => m.consultation(label, f, t, capped, window ?? 0, n, article),
    });
  }
  const feeDays = input.feeDays ?? DEFAULT_FEE_DAYS;
  const feeUntil = input.fee ? add(input.fee.notice, feeDays) : undefined;
  if (input.fee && feeUntil && (input.feePausesClock ?? true)) {
    const { notice, paid } = input.fee;
    if (paid !== undefined && paid < notice) {
      problem('warning', 'fee', 'deadline.pause.invalid', m.pauseInvalid(notice, paid));
    } else {
      // A payment after the window cannot stretch the stop: the application was 视为放弃 by then.
      const to = paid !== undefined && paid <= feeUntil ? paid : feeUntil;
      const isPaid = paid !== undefined && paid <= feeUntil;
      collect({
        from: notice,
        to,
        reason: m.feeLabel,
        kind: 'fee',
        label: m.feeLabel,
        article: FEE_ARTICLES,
        explain: (f, t, n) => m.fee(f, t, isPaid, n, FEE_ARTICLES),
      });
    }
  }

  let extension = input.extension ?? 0;
  if (extension < 0 || !Number.isInteger(extension)) {
    problem('warning', 'extensionDays', 'deadline.extension.invalid', m.extensionNegative(extension));
    extension = 0;
  }

  // The sweep in date order: each pause and the extension must begin while the clock still runs.
  const pauseEvents: PauseEvent[] = mergeGroups(spans).map((g) => ({ type: 'pause', date: g.from, to: g.to, members: g.members }));
  const events = extension > 0 ? withExtension(pauseEvents, input.extensionNotice) : pauseEvents;
  let paused = 0;
  let extended = 0;
  let due = add(start, days);
  for (const e of events) {
    if (e.type === 'pause') {
      const label = [...new Set(e.members.map((p) => p.label))].join('、');
      if (e.date > due) {
        const article = [...new Set(e.members.map((p) => p.article))].join('、');
        steps.push(m.pauseAfterDue(label, short(e.date), short(due), article));
        problem(
          'warning',
          e.members[0].kind === 'fee' ? 'fee' : e.members[0].kind === 'other' || !e.members[0].kind ? 'pause' : 'consultation',
          'deadline.pause.afterDue',
          m.pauseAfterDueProblem(label, e.date, due),
        );
        continue;
      }
      const n = count(e.date, e.to);
      paused += n;
      for (const p of e.members) if (p.openUntil) openConsultations.push({ until: p.openUntil, article: p.article });
      due = add(start, days + paused + extended);
      if (e.members.length === 1) {
        steps.push(e.members[0].explain(short(e.date), short(e.to), n));
      } else {
        const article = [...new Set(e.members.flatMap((p) => p.article.split('、')))].join('、');
        steps.push(m.pause(short(e.date), short(e.to), label, n, article));
      }
      continue;
    }
    if (e.date !== undefined && e.date > due) {
      steps.push(m.extensionLateStep(short(e.date), short(due), extension, regime.extensionArticle));
      problem('error', 'extension', 'deadline.extension.late', m.extensionLate(e.date, due, regime.extensionArticle));
      continue;
    }
    extended = Math.min(extension, regime.maxExtension);
    if (extension > regime.maxExtension) {
      steps.push(m.extensionCapped(extension, regime.maxExtension, regime.extensionArticle));
      problem(
        'error',
        'extensionDays',
        'deadline.extension.tooLong',
        m.extensionTooLong(extension, regime.maxExtension, regime.extensionArticle),
      );
    }
    steps.push(m.extension(extended, e.date === undefined ? undefined : short(e.date), regime.extensionArticle));
    due = add(start, days + paused + extended);
  }

  const total = days + paused + extended;
  steps.push(...explainRange(start, due, calendar, refYear));
  if (total === days) {
    steps.push(m.due(total, due, regime.replyArticle));
  } else {
    const sum = [`${days}`, paused > 0 ? `暂停${paused}` : '', extended > 0 ? `延长${extended}` : ''].filter(Boolean).join('+');
    steps.push(m.dueSum(sum, total, due, regime.replyArticle));
  }

  if (input.delay !== undefined) {
    const { to, notified } = input.delay;
    if (notified !== undefined && notified > due) {
      steps.push(m.delayLateStep(notified, due));
      problem('warning', 'delay', 'deadline.delay.late', m.delayLate(notified, due));
    } else if (to <= due) {
      steps.push(m.delayNotLater(to, due));
      problem('warning', 'delay', 'deadline.delay.notLater', m.delayNotLaterProblem(to, due));
    } else {
      due = to;
      steps.push(m.delay(to, notified));
    }
  }

  const result: DeadlineResult = { regime: regime.id, start, due, uncertain, steps, problems, paused, extension: extended };
  applyStatus(result, input, calendar, regime, { feeUntil, feeDays, openConsultations, add });
  return result;
}

/**
 * The extension placed among the pauses (in date order, one per start date): before the first pause that begins on or
 * after the day it was told — told on a pause's first day, it is told while the clock still runs — and last when its
 * date is unknown.
 */
function withExtension(pauses: PauseEvent[], notice: CalendarDate | undefined): ClockEvent[] {
  const at = notice === undefined ? -1 : pauses.findIndex((p) => p.date >= notice);
  const extension: ClockEvent = { type: 'extension', date: notice };
  return at < 0 ? [...pauses, extension] : [...pauses.slice(0, at), extension, ...pauses.slice(at)];
}

/** contracts §1 status rules: replied → on time / late; open → the applicant's waits, then overdue, due soon, in progress. */
function applyStatus(
  result: DeadlineResult,
  input: ReplyDeadlineInput,
  calendar: WorkCalendar,
  regime: Regime,
  ctx: {
    feeUntil?: CalendarDate;
    feeDays: number;
    openConsultations: { until: CalendarDate; article: string }[];
    add: (d: CalendarDate, n: number) => CalendarDate;
  },
): void {
  const { due, steps } = result;
  const correctionDays = input.correctionDays ?? DEFAULT_CORRECTION_DAYS;
  const waitingCorrection = input.correctionNotice !== undefined && input.correctionReceived === undefined;
  const correctionUntil = waitingCorrection ? (input.correctionUntil ?? ctx.add(input.correctionNotice!, correctionDays)) : undefined;
  const waitingFee = input.fee !== undefined && input.fee.paid === undefined ? ctx.feeUntil : undefined;
  if (correctionUntil) steps.push(m.correctionWaiting(input.correctionNotice!, correctionUntil, correctionDays, regime.correctionArticle));
  if (waitingFee) steps.push(m.feeWaiting(input.fee!.notice, waitingFee, ctx.feeDays));

  if (input.replied !== undefined) {
    const replied = input.replied;
    if (replied > due && correctionUntil !== undefined) {
      // 补正 asked for and never received: the clock never restarted, so the closing answer is not late.
      result.status = '按期办结';
      steps.push(m.correctionNeverReceived(replied, regime.correctionArticle));
    } else if (replied > due && waitingFee !== undefined && replied > waitingFee) {
      result.status = '按期办结';
      result.abandoned = '逾期未缴费';
      steps.push(m.abandonedClosed(replied, '逾期未缴费'));
    } else if (replied <= due) {
      result.status = '按期办结';
      steps.push(m.repliedOnTime(replied));
    } else {
      result.status = '逾期办结';
      result.lateBy = calendar.countWorkdays(due, replied).count;
      steps.push(m.repliedLate(replied, result.lateBy));
    }
    return;
  }
  if (input.today === undefined) {
    if (input.pending !== undefined) {
      result.status = input.pending;
      steps.push(m.pending(input.pending));
    }
    return;
  }
  const today = input.today;
  const left = calendar.countWorkdays(today, due).count;
  result.workdaysLeft = left;
  if (correctionUntil !== undefined) {
    if (today <= correctionUntil) {
      result.status = '补正中';
      steps.push(m.pending('补正中'));
    } else {
      result.status = result.abandoned = '逾期不补正';
      steps.push(m.correctionAbandoned(correctionUntil, regime.correctionArticle));
      result.problems.push({
        code: 'deadline.correction.abandoned',
        severity: 'warning',
        subject: 'correction',
        message: m.correctionAbandonedProblem(correctionUntil),
      });
    }
    return;
  }
  if (waitingFee !== undefined) {
    if (today <= waitingFee) {
      result.status = '待缴费';
      steps.push(m.pending('待缴费'));
    } else {
      result.status = result.abandoned = '逾期未缴费';
      steps.push(m.feeAbandoned(waitingFee));
      result.problems.push({
        code: 'deadline.fee.abandoned',
        severity: 'warning',
        subject: 'fee',
        message: m.feeAbandonedProblem(waitingFee),
      });
    }
    return;
  }
  const consult = ctx.openConsultations
    .filter((c) => c.until >= today)
    .sort((a, b) => (a.until < b.until ? -1 : 1))
    .at(-1);
  if (consult !== undefined) {
    result.status = '征求意见中';
    steps.push(m.consultWaiting(m.consultingLabel, consult.until, consult.article));
    return;
  }
  if (input.pending !== undefined) {
    result.status = input.pending;
    steps.push(m.pending(input.pending));
  } else if (today > due) {
    result.status = '已逾期';
    steps.push(m.overdue(today, -left));
  } else {
    result.status = left <= DUE_SOON_WORKDAYS ? '即将到期' : '办理中';
    steps.push(m.left(today, left));
  }
}
