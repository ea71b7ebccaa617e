import { calendarDate, CalendarDate, fromEpochDay } from '../../dates';
import { fastEpochDay } from '../epochDay';
import { HOLIDAY_LAW_VERSIONS, HolidayLawVersion, StatutoryRule } from './holidayLaw';
import { lunarEpochDay, lunarNewYearsEve } from './lunar';
import { qingmingDay } from './solarTerms';

/** A statutory holiday day of a year: certain whatever the year's notice will say. */
export interface StatutoryDay {
  date: CalendarDate;
  /** 元旦, 春节, … */
  name: string;
  /** The version of the 办法 that made it a holiday. */
  law: string;
}

function ruleEpochDay(rule: StatutoryRule, year: number): number | undefined {
  switch (rule.kind) {
    case 'solar':
      return fastEpochDay(calendarDate(year, rule.month, rule.day));
    case 'lunar':
      return lunarEpochDay(year, rule.month, rule.day);
    case 'lunarEve':
      return lunarNewYearsEve(year);
    case 'qingming': {
      const day = qingmingDay(year);
      return day === undefined ? undefined : fastEpochDay(calendarDate(year, 4, day));
    }
  }
}

/**
 * The days of `year` that the 全国年节及纪念日放假办法 in force on each day makes holidays, ascending
 * (a day counts under the version in force on that day). 除夕 belongs to the 春节 of `year`. A day two
 * holidays share is listed twice (2020-10-01: 国庆节 and 中秋节) — both are owed, so one is made up. Lunar and
 * 清明 days are missing outside the years the tables cover (1900–2099).
 * @example statutoryDays(2027).map((d) => d.date) //=> ['2027-01-01', '2027-02-05', '2027-02-06', …]
 */
export function statutoryDays(year: number, versions: readonly HolidayLawVersion[] = HOLIDAY_LAW_VERSIONS): StatutoryDay[] {
  const days = new Map<string, { e: number; day: StatutoryDay }>();
  versions.forEach((version, i) => {
    // A day counts under the version in force on it: [its inForce, the next version's).
    const from = fastEpochDay(version.inForce as CalendarDate);
    const until = i + 1 < versions.length ? fastEpochDay(versions[i + 1].inForce as CalendarDate) : Infinity;
    for (const holiday of version.holidays) {
      for (const rule of holiday.days) {
        const e = ruleEpochDay(rule, year);
        const key = `${e} ${holiday.name}`;
        if (e === undefined || e < from || e >= until || days.has(key)) continue;
        days.set(key, { e, day: { date: fromEpochDay(e), name: holiday.name, law: version.title } });
      }
    }
  });
  return [...days.values()].sort((a, b) => a.e - b.e).map((d) => d.day);
}
