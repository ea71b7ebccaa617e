import { CalendarDate } from '../../../core/dates';
import { WorkCalendar } from '../../../core/calendar';
import { Preset } from '../../../core/presets';
import { ApplicationRecord } from '../../../core/register/types';
import { Pause, replyDeadline } from '../../../core/rules/deadlines';
import { Settings } from '../../../core/settings/schema';

/** What the clock of a notice needs: the office's settings, its calendar and its preset. */
export interface ClockContext {
  settings: Settings;
  calendar: WorkCalendar;
  preset: Preset;
}

/** The clock stops of an application (third-party consultation; fee when the office counts it). */
export function pausesOf(app: ApplicationRecord, ctx: ClockContext): Pause[] {
  const pauses: Pause[] = [];
  if (app.consultSentDate) {
    const to = app.consultReplyDate ?? ctx.calendar.addWorkdays(app.consultSentDate, ctx.preset.periods.thirdPartyReply?.days ?? 15).date;
    if (to > app.consultSentDate) pauses.push({ from: app.consultSentDate, to, reason: '征求第三方意见' });
  }
  if (ctx.settings.feePausesClock && app.feeNoticeDate && app.feePaidDate && app.feePaidDate > app.feeNoticeDate) {
    pauses.push({ from: app.feeNoticeDate, to: app.feePaidDate, reason: '收费' });
  }
  return pauses;
}

/** The dates an extension notice (延期答复告知书) states, and whether the days were assumed. */
export interface ExtensionDates {
  /** 原答复期限: the due date without the extension (第三十三条第一款). */
  originalDue: CalendarDate;
  /** 新答复期限 after the extension. */
  newDue: CalendarDate;
  days: number;
  /** The most the preset allows (第三十三条第二款: 20). */
  max: number;
  /** True when the register gave no number of days and the maximum was taken. */
  assumed: boolean;
  uncertain: boolean;
}

/** The original and the extended due date of an application that has a receipt date. */
export function extensionDates(app: ApplicationRecord & { receivedDate: CalendarDate }, ctx: ClockContext): ExtensionDates {
  const max = ctx.preset.periods.extensionMax?.days ?? 20;
  const assumed = app.extensionDays === undefined || app.extensionDays <= 0;
  const days = assumed ? max : (app.extensionDays as number);
  const input = {
    received: app.receivedDate,
    days: ctx.preset.periods.reply.days,
    pauses: pausesOf(app, ctx),
    ...(app.correctionReceivedDate ? { correctionReceived: app.correctionReceivedDate } : {}),
  };
  const before = replyDeadline(input, ctx.calendar);
  const after = replyDeadline({ ...input, extension: days }, ctx.calendar);
  return { originalDue: before.due, newDue: after.due, days, max, assumed, uncertain: before.uncertain || after.uncertain };
}
