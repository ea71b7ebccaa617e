import raw from 'chinese-days/dist/chinese-days.json';

/** One State Council calendar entry: an off day (放假) or a make-up workday (调休上班). */
export interface HolidayEntry {
  date: string;
  /** Chinese holiday name, e.g. 国庆节 */
  name: string;
}

/** The State Council calendar as plain data, taken from the chinese-days package's raw JSON. */
export interface HolidayData {
  offDays: HolidayEntry[];
  workdays: HolidayEntry[];
  /** Years for which a State Council notice is in the data. */
  years: number[];
}

// Values look like "National Day,国庆节,3": English name, Chinese name, length of the holiday.
function entries(map: Record<string, string>): HolidayEntry[] {
  return Object.keys(map)
    .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .map((date) => ({ date, name: map[date].split(',')[1] ?? map[date] }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

let cached: HolidayData | undefined;

/**
 * The package's raw holiday and make-up workday tables. Its Date-based helpers are not used:
 * they shift in some time zones and silently treat unknown years as plain weeks.
 */
export function standardHolidayData(): HolidayData {
  if (cached) return cached;
  const data = raw as { holidays: Record<string, string>; workdays: Record<string, string> };
  const offDays = entries(data.holidays);
  const workdays = entries(data.workdays);
  const years = [...new Set(offDays.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
  cached = { offDays, workdays, years };
  return cached;
}
