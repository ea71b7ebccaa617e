/**
 * A calendar date as `YYYY-MM-DD`. The domain never holds a JS `Date`: time zones shift
 * dates by a day, and exceljs works in UTC. Build one with `calendarDate()` or the parser.
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** True when year/month/day name a real date (years 1000–9999). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds a CalendarDate from its parts; throws on an impossible date (a programming error). */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  }
  return `${year}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

/**
 * The latest date a ledger value or a command-line date may hold. A CalendarDate ends at 9999-12-31,
 * and a deadline runs past its start (working days, extensions, pauses), so a typo such as 9999-12-31
 * would overflow inside the calendar; a century of margin keeps every deadline representable.
 * Later dates are refused where they are read, as a finding with the cell (issue 10).
 */
export const LATEST_COMPUTABLE_DATE = '9899-12-31' as CalendarDate;

/** Why a date is too late to compute with (Chinese), or undefined when it is within range. */
export function beyondComputableRange(date: CalendarDate): string | undefined {
  return date > LATEST_COMPUTABLE_DATE ? `日期 ${date} 晚于 ${LATEST_COMPUTABLE_DATE}，无法计算期限，应是笔误，请核对` : undefined;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when a string is a valid `YYYY-MM-DD` CalendarDate. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  return m !== null && isValidYmd(+m[1], +m[2], +m[3]);
}

/** Casts a known-good ISO string (e.g. from our own JSON); throws otherwise. */
export function asCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  return value;
}

/** Splits a CalendarDate into numbers. */
export function ymd(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10) };
}

/** Days since 1970-01-01 (proleptic Gregorian), independent of any time zone. */
export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = ymd(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The CalendarDate of an epoch day (see `toEpochDay`). */
export function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * 86_400_000);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds calendar days (not working days). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const dow = new Date(toEpochDay(date) * 86_400_000).getUTCDay();
  return dow === 0 ? 7 : dow;
}

const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Chinese weekday label, e.g. `周五`. */
export function weekdayZh(date: CalendarDate): string {
  return WEEKDAY_ZH[isoWeekday(date)];
}

/** Compares two dates for sorting (ISO strings compare lexically). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** `MM-DD` for compact explanations. */
export function monthDay(date: CalendarDate): string {
  return date.slice(5);
}

/** A JS Date holding this date at UTC midnight — what exceljs expects when writing cells. */
export function toUtcMidnight(date: CalendarDate): Date {
  const { year, month, day } = ymd(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Today's date in China (UTC+8), for defaults where the user gave no `--today`. */
export function todayInChina(now: Date = new Date()): CalendarDate {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return calendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
