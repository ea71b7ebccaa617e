/**
 * The edges of the statutory calendar that the year-by-year tests do not reach: the years the lunar and
 * 清明 tables cover, the first day of each version of the 放假办法, the order of the days, and a day two
 * holidays share in a year without a notice.
 */
import { provisionalDays, statutoryDays } from '../../../core/calendar';
import { hasLunarYear, lunarEpochDay } from '../../../core/calendar/statutory/lunar';
import { qingmingDay } from '../../../core/calendar/statutory/solarTerms';
import { fromEpochDay } from '../../../core/dates';

const lunarDate = (y: number, m: number, d: number) => {
  const e = lunarEpochDay(y, m, d);
  return e === undefined ? undefined : fromEpochDay(e);
};
const ascending = (dates: string[]) => dates.every((d, i) => i === 0 || dates[i - 1] <= d);

describe('清明 (qingmingDay)', () => {
  it('is known for 1900–2099 only, with the 20th-century constant up to 1999 and the 21st from 2000', () => {
    expect([1899, 2100].map(qingmingDay)).toEqual([undefined, undefined]);
    // 1900-04-05, 1999-04-05, 2000-04-04, 2099-04-04.
    expect([1900, 1999, 2000, 2099].map(qingmingDay)).toEqual([5, 5, 4, 4]);
  });
});

describe('the lunar table (1900–2100)', () => {
  it('covers its first and last year and nothing outside', () => {
    expect([1899, 1900, 2100, 2101].map(hasLunarYear)).toEqual([false, true, true, false]);
    expect(lunarDate(1900, 1, 1)).toBe('1900-01-31');
    expect(lunarDate(2100, 1, 1)).toBe('2100-02-09');
    expect([lunarDate(1899, 12, 30), lunarDate(2101, 1, 1)]).toEqual([undefined, undefined]);
  });

  it('counts a leap month only for the months after it (2023: 闰二月)', () => {
    // 2023 has a leap second month: 三月初一 is 59 days after 二月初一, 二月初一 29 days after 正月初一.
    expect([lunarDate(2023, 1, 1), lunarDate(2023, 2, 1), lunarDate(2023, 3, 1)]).toEqual(['2023-01-22', '2023-02-20', '2023-04-20']);
    // A year without one: 2024's 端午 (五月初五) is 2024-06-10.
    expect(lunarDate(2024, 5, 5)).toBe('2024-06-10');
  });
});

describe('statutoryDays on the day a version comes into force', () => {
  it.each([
    [2008, '国务院令第513号（2007年修订）', 1],
    [2014, '国务院令第644号（2013年修订）', 1],
    [2025, '国务院令第795号（2024年修订）', 2],
  ])('%i: 元旦 and every other day are the new version’s (%s), 劳动节 %i day(s)', (year, law, mayDays) => {
    const days = statutoryDays(year);
    expect(days[0]).toEqual({ date: `${year}-01-01`, name: '元旦', law });
    expect(new Set(days.map((d) => d.law))).toEqual(new Set([law]));
    expect(days.filter((d) => d.name === '劳动节')).toHaveLength(mayDays);
  });

  it('lists the days by date even when 中秋 comes after 国庆 (2017-10-04, 2025-10-06)', () => {
    for (const year of [2017, 2025]) {
      const dates = statutoryDays(year).map((d) => d.date);
      expect(ascending(dates)).toBe(true);
      expect(dates.at(-1)).toBe(year === 2017 ? '2017-10-04' : '2025-10-06');
    }
  });
});

describe('provisionalDays', () => {
  it('keeps a shared day under the first holiday and makes the other up (2020-10-01: 中秋 and 国庆)', () => {
    const days = provisionalDays(2020);
    expect(days.filter((d) => d.date === '2020-10-01')).toEqual([expect.objectContaining({ name: '中秋节', kind: 'statutory' })]);
    // 国庆 is owed two days: the shared 1 October and Saturday 3 October, made up on Monday and Tuesday.
    expect(days.filter((d) => d.kind === 'estimated' && d.name === '国庆节').map((d) => d.date)).toEqual(['2020-10-05', '2020-10-06']);
  });

  it('lists statutory and estimated days together, by date', () => {
    for (const year of [2020, 2027]) {
      const dates = provisionalDays(year).map((d) => d.date);
      expect(ascending(dates)).toBe(true);
      expect(new Set(dates).size).toBe(dates.length);
    }
    expect(
      provisionalDays(2027)
        .slice(4, 7)
        .map((d) => `${d.date} ${d.kind}`),
    ).toEqual(['2027-02-08 statutory', '2027-02-09 estimated', '2027-02-10 estimated']);
  });
});
