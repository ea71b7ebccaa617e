import {
  addDays,
  asCalendarDate,
  beyondComputableRange,
  calendarDate,
  CalendarDate,
  compareDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isCalendarDate,
  isLeapYear,
  isoWeekday,
  isValidYmd,
  LATEST_COMPUTABLE_DATE,
  maxDate,
  monthDay,
  toEpochDay,
  todayInChina,
  toUtcMidnight,
  weekdayZh,
  ymd,
} from '../../../core/dates';

const d = (s: string) => s as CalendarDate;

describe('leap years and month lengths', () => {
  it('a year is leap when divisible by 4, except centuries not divisible by 400', () => {
    expect([2024, 2000, 1600, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2025, 1900, 2100, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('February has 29 days in leap years only; the other months their fixed length', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('isValidYmd and calendarDate', () => {
  it('accepts real dates from 1000-01-01 to 9999-12-31', () => {
    expect(isValidYmd(1000, 1, 1)).toBe(true);
    expect(isValidYmd(9999, 12, 31)).toBe(true);
    expect(isValidYmd(2024, 2, 29)).toBe(true);
  });

  it('refuses years, months and days outside their range, and fractions', () => {
    for (const [y, m, day] of [
      [999, 12, 31],
      [10000, 1, 1],
      [2025, 0, 1],
      [2025, 13, 1],
      [2025, 1, 0],
      [2025, 1, 32],
      [2025, 2, 29],
      [2025, 4, 31],
      [2025.5, 1, 1],
      [2025, 1.5, 1],
      [2025, 1, 1.5],
    ]) {
      expect({ ymd: [y, m, day], valid: isValidYmd(y!, m!, day!) }).toEqual({ ymd: [y, m, day], valid: false });
    }
  });

  it('pads month and day to two digits and throws a RangeError naming an impossible date', () => {
    expect(calendarDate(2025, 3, 5)).toBe('2025-03-05');
    expect(calendarDate(2025, 10, 10)).toBe('2025-10-10');
    expect(() => calendarDate(2025, 2, 30)).toThrow(new RangeError('not a calendar date: 2025-2-30'));
  });
});

describe('isCalendarDate and asCalendarDate', () => {
  it('accept exactly YYYY-MM-DD strings of real dates', () => {
    expect(isCalendarDate('2025-03-05')).toBe(true);
    // A one-element array would stringify to a valid date: only strings count.
    for (const v of [
      '2025-3-5',
      '2025-02-30',
      ' 2025-03-05',
      '2025-03-05 ',
      '20250305',
      20250305,
      null,
      undefined,
      new Date(0),
      ['2025-03-05'],
    ]) {
      expect({ v, ok: isCalendarDate(v) }).toEqual({ v, ok: false });
    }
  });

  it('asCalendarDate returns the string or throws a RangeError naming it', () => {
    expect(asCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(() => asCalendarDate('2025-02-29')).toThrow(new RangeError('not a YYYY-MM-DD date: 2025-02-29'));
  });
});

describe('the latest computable date', () => {
  it('is 9899-12-31; later dates get a Chinese reason naming both dates, earlier ones none', () => {
    expect(LATEST_COMPUTABLE_DATE).toBe('9899-12-31');
    expect(beyondComputableRange(d('9899-12-31'))).toBeUndefined();
    expect(beyondComputableRange(d('9900-01-01'))).toBe('日期 9900-01-01 晚于 9899-12-31，无法计算期限，应是笔误，请核对');
  });
});

describe('parts, epoch days and calendar-day arithmetic', () => {
  it('ymd splits a date into numbers', () => {
    expect(ymd(d('2025-10-08'))).toEqual({ year: 2025, month: 10, day: 8 });
  });

  it('counts epoch days from 1970-01-01, before it negative', () => {
    expect(toEpochDay(d('1970-01-01'))).toBe(0);
    expect(toEpochDay(d('1970-01-02'))).toBe(1);
    expect(toEpochDay(d('1969-12-31'))).toBe(-1);
    expect(toEpochDay(d('2025-09-26'))).toBe(20357);
    expect(fromEpochDay(20357)).toBe('2025-09-26');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays(d('2025-09-26'), 5)).toBe('2025-10-01');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
    expect(addDays(d('2025-03-05'), 0)).toBe('2025-03-05');
  });

  it('daysBetween is positive when the second date is later', () => {
    expect(daysBetween(d('2025-09-26'), d('2025-10-30'))).toBe(34);
    expect(daysBetween(d('2025-10-30'), d('2025-09-26'))).toBe(-34);
    expect(daysBetween(d('2025-10-30'), d('2025-10-30'))).toBe(0);
  });
});

describe('weekdays', () => {
  it('isoWeekday: Monday 1 … Sunday 7', () => {
    // 2025-09-22 is a Monday.
    const week = Array.from({ length: 7 }, (_, i) => isoWeekday(addDays(d('2025-09-22'), i)));
    expect(week).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('weekdayZh: 周一 … 周日', () => {
    const week = Array.from({ length: 7 }, (_, i) => weekdayZh(addDays(d('2025-09-22'), i)));
    expect(week).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);
  });
});

describe('comparing and showing dates', () => {
  it('compareDates sorts ascending and says 0 for the same day', () => {
    expect(compareDates(d('2025-01-02'), d('2025-01-10'))).toBe(-1);
    expect(compareDates(d('2025-01-10'), d('2025-01-02'))).toBe(1);
    expect(compareDates(d('2025-01-10'), d('2025-01-10'))).toBe(0);
    expect([d('2025-12-01'), d('2024-12-31'), d('2025-01-01')].sort(compareDates)).toEqual(['2024-12-31', '2025-01-01', '2025-12-01']);
  });

  it('maxDate takes the later of two dates, either way round', () => {
    expect(maxDate(d('2025-01-02'), d('2025-01-10'))).toBe('2025-01-10');
    expect(maxDate(d('2025-01-10'), d('2025-01-02'))).toBe('2025-01-10');
    expect(maxDate(d('2025-01-10'), d('2025-01-10'))).toBe('2025-01-10');
  });

  it('monthDay shows MM-DD', () => {
    expect(monthDay(d('2025-10-08'))).toBe('10-08');
  });

  it('toUtcMidnight is that date at 00:00 UTC', () => {
    expect(toUtcMidnight(d('2025-03-05')).toISOString()).toBe('2025-03-05T00:00:00.000Z');
  });
});

describe('todayInChina', () => {
  it('is the date in UTC+8: 16:00 UTC is already the next day in China', () => {
    expect(todayInChina(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(todayInChina(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(todayInChina(new Date('2025-12-31T00:00:00Z'))).toBe('2025-12-31');
  });

  it('defaults to now', () => {
    const before = todayInChina(new Date());
    const today = todayInChina();
    const after = todayInChina(new Date());
    expect([before, after]).toContain(today);
  });
});
