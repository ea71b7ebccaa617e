import * as fs from 'node:fs';
import * as path from 'node:path';
import { HOLIDAY_LAW_VERSIONS, provisionalDays, standardHolidayData, statutoryDays, WorkCalendar } from '../../../core/calendar';
import { LUNAR_INFO } from '../../../core/calendar/statutory/lunarTable';
import { qingmingDay } from '../../../core/calendar/statutory/solarTerms';
import fc from 'fast-check';
import { addDays, asCalendarDate, isoWeekday } from '../../../core/dates';

const d = asCalendarDate;
// Built in beforeAll, not while the file is collected: a broken calendar then fails these tests instead of the file.
let published: WorkCalendar;
beforeAll(() => {
  published = WorkCalendar.standard();
});

describe('lunar table', () => {
  it('is the chinese-days LUNAR_INFO table, word for word', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../../node_modules/chinese-days/src/solar_lunar/constants.ts'), 'utf8');
    const body = /LUNAR_INFO: number\[\] = \[([\s\S]*?)\];/.exec(src)?.[1] ?? '';
    const words = (body.match(/0x[0-9a-f]+/gi) ?? []).map((w) => Number.parseInt(w, 16));
    expect(words).toHaveLength(201);
    expect([...LUNAR_INFO]).toEqual(words);
  });
});

describe('statutoryDays (全国年节及纪念日放假办法)', () => {
  it('gives 2027 the 13 days of the 2024 version: 除夕–初三 and 5月1日–2日', () => {
    expect(statutoryDays(2027).map((s) => `${s.date} ${s.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
    expect(statutoryDays(2027)[0].law).toContain('795');
  });
  it('gives 2014–2024 春节 初一–初三 and 劳动节 one day (2013 version)', () => {
    const days = statutoryDays(2024);
    expect(days.filter((s) => s.name === '春节').map((s) => s.date)).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(days.filter((s) => s.name === '劳动节').map((s) => s.date)).toEqual(['2024-05-01']);
    expect(days).toHaveLength(11);
  });
  it('gives 2008–2013 春节 除夕–初二 (2007 version) and 1999–2007 three days of 劳动节 and no 清明', () => {
    expect(
      statutoryDays(2013)
        .filter((s) => s.name === '春节')
        .map((s) => s.date),
    ).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']);
    const y2005 = statutoryDays(2005);
    expect(y2005.filter((s) => s.name === '劳动节')).toHaveLength(3);
    expect(y2005.some((s) => s.name === '清明节')).toBe(false);
    expect(y2005).toHaveLength(10);
  });
  it('switches version on the day the 1999 version came into force (18 September 1999)', () => {
    expect(statutoryDays(1999).filter((s) => s.name === '劳动节')).toHaveLength(1);
    expect(statutoryDays(1999).filter((s) => s.name === '国庆节')).toHaveLength(3);
    expect(statutoryDays(1940)).toEqual([]);
  });
  it('lists a day two holidays share twice (2020: 中秋节 on 10月1日)', () => {
    expect(
      statutoryDays(2020)
        .filter((s) => s.date === '2020-10-01')
        .map((s) => s.name)
        .sort(),
    ).toEqual(['中秋节', '国庆节'].sort());
  });
  it('finds every statutory day of 2008–2026 off in the published State Council calendars', () => {
    const working: string[] = [];
    for (let y = 2008; y <= 2026; y++) for (const s of statutoryDays(y)) if (published.isWorkday(s.date)) working.push(s.date);
    expect(working).toEqual([]);
  });
  it('agrees with the published 清明 of 2008–2026 and keeps to 4–6 April', () => {
    for (let y = 2008; y <= 2026; y++) expect(published.holidayName(d(`${y}-04-0${qingmingDay(y)}`))).toMatch(/清明/);
    for (let y = 1900; y <= 2099; y++) expect([4, 5, 6]).toContain(qingmingDay(y));
  });
  it('keeps its versions in date order', () => {
    const dates = HOLIDAY_LAW_VERSIONS.map((v) => v.inForce);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('provisionalDays (years without a notice)', () => {
  it('makes up 2027 春节 days on Saturday and Sunday on the Tuesday and Wednesday after (补假)', () => {
    const spring = provisionalDays(2027).filter((p) => p.name === '春节');
    expect(spring.map((p) => `${p.date} ${p.kind}`)).toEqual([
      '2027-02-05 statutory',
      '2027-02-06 statutory',
      '2027-02-07 statutory',
      '2027-02-08 statutory',
      '2027-02-09 estimated',
      '2027-02-10 estimated',
    ]);
  });
  it('makes up the shared 中秋/国庆 day of 2020 as well as the Saturday', () => {
    const estimated = provisionalDays(2020).filter((p) => p.kind === 'estimated' && p.date.startsWith('2020-10'));
    expect(estimated.map((p) => p.date)).toEqual(['2020-10-05', '2020-10-06']);
  });
  it('never estimates a weekend day, and every estimated day follows its holiday', () => {
    for (let y = 2027; y <= 2060; y++) {
      for (const p of provisionalDays(y)) {
        if (p.kind === 'estimated') expect(isoWeekday(p.date)).toBeLessThanOrEqual(5);
        expect(p.reason).not.toBe('');
      }
    }
  });
});

describe('WorkCalendar in a year without a notice', () => {
  it('says which days are certain and which estimated', () => {
    expect(published.dayKind(d('2027-02-08'))).toBe('statutory');
    expect(published.dayKind(d('2027-02-09'))).toBe('estimated');
    expect(published.dayKind(d('2027-02-13'))).toBe('plain'); // a Saturday, never guessed as a workday
    expect(published.dayKind(d('2025-09-28'))).toBe('published'); // a make-up Sunday in the notice
    expect(published.provisionalDays(2026)).toEqual([]);
    expect(
      published
        .provisionalDays(2027)
        .filter((p) => p.kind === 'estimated')
        .map((p) => p.date),
    ).toEqual(['2027-02-09', '2027-02-10', '2027-05-03', '2027-05-04', '2027-10-04', '2027-10-05']);
  });
  it('no 20-day due date of a 2027 receipt falls on a statutory holiday (every day of the year)', () => {
    const holidays = new Set(statutoryDays(2027).map((s) => s.date as string));
    for (let day = d('2027-01-01'); day <= d('2027-12-31'); day = addDays(day, 1)) {
      for (const n of [1, 5, 15, 20, 40]) {
        const due = published.addWorkdays(day, n);
        expect(due.uncertain).toBe(true);
        expect(holidays.has(due.date)).toBe(false);
      }
    }
  });
  it('can still count by Monday–Friday alone when asked (for comparison)', () => {
    const weekdays = WorkCalendar.fromData(standardHolidayData(), {}, { provisional: false });
    expect(weekdays.isWorkday(d('2027-01-01'))).toBe(true);
    expect(weekdays.dayKind(d('2027-01-01'))).toBe('plain');
  });
});

describe('property: years without a notice', () => {
  const firstOfYear = (y: number) => d(`${y}-01-01`);
  it('no due date in an uncovered year falls on a statutory holiday, and the count is uncertain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2027, max: 2099 }),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 1, max: 60 }),
        (year, offset, n) => {
          const start = addDays(firstOfYear(year), offset);
          const due = published.addWorkdays(start, n);
          const holidays = new Set(statutoryDays(Number(due.date.slice(0, 4))).map((s) => s.date as string));
          return due.uncertain && !holidays.has(due.date) && isoWeekday(due.date) <= 5;
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('every statutory day of an uncovered year is off and no weekend day is a workday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2099 }), (year) => {
        const statutoryOff = statutoryDays(year).every((s) => !published.isWorkday(s.date));
        const noMakeup = published.makeupWorkdays(year).length === 0;
        return statutoryOff && noMakeup;
      }),
      { numRuns: 73 },
    );
  });
});
