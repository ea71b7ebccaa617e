import { CalendarDate } from '../../dates';
import { fastEpochDay } from '../epochDay';
import { LUNAR_FIRST_YEAR, LUNAR_INFO, LUNAR_LAST_YEAR } from './lunarTable';

// 正月初一 of lunar year 1900 fell on 1900-01-31.
const BASE = fastEpochDay('1900-01-31' as CalendarDate);

function monthLength(year: number, month: number): number {
  return (LUNAR_INFO[year - LUNAR_FIRST_YEAR] & (0x10000 >> month)) === 0 ? 29 : 30;
}

function leapMonth(year: number): number {
  return LUNAR_INFO[year - LUNAR_FIRST_YEAR] & 0xf;
}

function leapLength(year: number): number {
  if (leapMonth(year) === 0) return 0;
  return (LUNAR_INFO[year - LUNAR_FIRST_YEAR] & 0x10000) !== 0 ? 30 : 29;
}

function yearLength(year: number): number {
  let days = leapLength(year);
  for (let m = 1; m <= 12; m++) days += monthLength(year, m);
  return days;
}

// newYear[i] = epoch day of 正月初一 of lunar year LUNAR_FIRST_YEAR + i (one more for the year after the table).
const newYear: number[] = [BASE];
for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) newYear.push(newYear[newYear.length - 1] + yearLength(y));

/** True when the lunar table covers that lunar year. */
export function hasLunarYear(year: number): boolean {
  return year >= LUNAR_FIRST_YEAR && year <= LUNAR_LAST_YEAR;
}

/**
 * Epoch day of a day of an ordinary (not leap) lunar month; undefined outside the table.
 * A leap month comes after the ordinary month of the same number, so it counts only for later months.
 * @example lunarEpochDay(2027, 1, 1) // the epoch day of 2027-02-06
 */
export function lunarEpochDay(year: number, month: number, day: number): number | undefined {
  if (!hasLunarYear(year)) return undefined;
  let e = newYear[year - LUNAR_FIRST_YEAR];
  for (let m = 1; m < month; m++) e += monthLength(year, m);
  // No leap month is month 0, before every month, and 0 days long.
  if (leapMonth(year) < month) e += leapLength(year);
  return e + day - 1;
}

/** Epoch day of 除夕, the last day of the lunar year before `year` (the eve of 正月初一 of `year`). */
export function lunarNewYearsEve(year: number): number | undefined {
  if (!hasLunarYear(year)) return undefined;
  return newYear[year - LUNAR_FIRST_YEAR] - 1;
}
