import { CalendarDate } from '../dates';

/**
 * Days since 1970-01-01 of a CalendarDate, by arithmetic on its characters (no Date objects):
 * the calendar's hot path calls this millions of times a second.
 */
export function fastEpochDay(date: CalendarDate): number {
  let y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  // Days-from-civil (H. Hinnant): years start in March so the leap day is last.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// 1969-12-29 was a Monday: weeks counted from there make the weekday rule closed-form.
const MONDAY = -3;

/** Mondays–Fridays with epoch day < e, counted from a fixed Monday (may be negative). */
export function weekdaysBefore(e: number): number {
  const x = e - MONDAY;
  const weeks = Math.floor(x / 7);
  return weeks * 5 + Math.min(x - weeks * 7, 5);
}

/** The epoch day of the weekday whose `weekdaysBefore` is k (inverse of the above). */
export function weekdayAt(k: number): number {
  const weeks = Math.floor(k / 5);
  return MONDAY + weeks * 7 + (k - weeks * 5);
}

/** True for Monday–Friday. */
export function isWeekdayEpoch(e: number): boolean {
  const dow = (((e - MONDAY) % 7) + 7) % 7; // 0 = Monday
  return dow < 5;
}
