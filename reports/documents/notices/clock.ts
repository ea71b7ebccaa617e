import { CalendarDate } from '../../../core/dates';
import { WorkCalendar } from '../../../core/calendar';
import { Preset } from '../../../core/presets';
import { ApplicationRecord } from '../../../core/register/types';
import { clockInputOf, clockOptionsOf, replyDeadline } from '../../../core/rules/deadlines';
import { Settings } from '../../../core/settings/schema';

/** What the clock of a notice needs: the office's settings, its calendar and its preset. */
export interface ClockContext {
  settings: Settings;
  calendar: WorkCalendar;
  preset: Preset;
}

/** The dates an extension notice (延期答复告知书) states, and whether the days were assumed. */
export interface ExtensionDates {
  /** 原答复期限: the due date without the extension (第三十三条第一款). */
  originalDue: CalendarDate;
  /** 新答复期限 after the extension. */
  newDue: CalendarDate;
  /** The due date `ogi check` gives the row: the extension only if notified in time, 延迟答复 when set and told in time. */
  due: CalendarDate;
  days: number;
  /** The most the preset allows (第三十三条第二款: 20). */
  max: number;
  /** True when the register gave no number of days and the maximum was taken. */
  assumed: boolean;
  uncertain: boolean;
}

/**
 * The original and the extended due date of an application that has a receipt date, from the same clock
 * input as `ogi check` (征求意见 columns and 征求意见记录 cell, their 15-day cap, fee, the extension's notice day).
 */
export function extensionDates(app: ApplicationRecord & { receivedDate: CalendarDate }, ctx: ClockContext): ExtensionDates {
  const max = ctx.preset.periods.extensionMax?.days ?? 20;
  const assumed = app.extensionDays === undefined || app.extensionDays <= 0;
  const days = assumed ? max : (app.extensionDays as number);
  const { input: full } = clockInputOf(app, clockOptionsOf(ctx.preset, ctx.settings));
  // The notice states the statutory periods: without the 延迟答复 date and whatever the reply or today say.
  const { extension: _e, extensionNotice: _n, delay: _d, replied: _r, ...input } = full;
  const notice = app.extensionNoticeDate && app.extensionNoticeDate >= app.receivedDate ? app.extensionNoticeDate : undefined;
  const before = replyDeadline(input, ctx.calendar);
  // An extension notified after the original due date does not count (第三十三条第二款): the new date stays the old one.
  const after = replyDeadline({ ...input, extension: days, ...(notice ? { extensionNotice: notice } : {}) }, ctx.calendar);
  const due = replyDeadline(full, ctx.calendar);
  return {
    originalDue: before.due,
    newDue: after.due,
    due: due.due,
    days,
    max,
    assumed,
    uncertain: before.uncertain || after.uncertain,
  };
}
