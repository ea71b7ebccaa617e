import { WorkCalendar } from '../../../core/calendar';
import { CalendarDate, addDays, asCalendarDate } from '../../../core/dates';
import { referenceAddWorkdays, referenceDays, referenceIsWorkday } from './holidayReference';

const d = asCalendarDate;
// Built in beforeAll, not while the file is collected: a broken calendar then fails these tests instead of the file.
let calendar: WorkCalendar;
beforeAll(() => {
  calendar = WorkCalendar.standard();
});
const reference = referenceDays();

describe('WorkCalendar — coverage', () => {
  it('covers every year from 2019 to 2026', () => {
    for (let y = 2019; y <= 2026; y++) expect(calendar.covers(y)).toBe(true);
    expect(calendar.firstYear).toBeLessThanOrEqual(2019);
    expect(calendar.lastYear).toBe(2026);
  });

  it('reports 2027 as not covered, like the reference whose 2027 notice is still empty', () => {
    const listed2027 = [...reference.keys()].filter((k) => k.startsWith('2027-'));
    expect(listed2027).toEqual([]);
    expect(calendar.covers(2027)).toBe(false);
    // Only days the law makes certain and the 补假 estimate, never a make-up weekend workday.
    expect(calendar.offDays(2027)).toEqual(calendar.provisionalDays(2027).map((p) => p.date));
    expect(calendar.makeupWorkdays(2027)).toEqual([]);
  });
});

describe('WorkCalendar — agrees with holiday-cn on every day of 2019–2026', () => {
  for (let year = 2019; year <= 2026; year++) {
    it(`classifies all days of ${year} like the State Council notices`, () => {
      const mismatches: string[] = [];
      for (let day = d(`${year}-01-01`); day <= d(`${year}-12-31`); day = addDays(day, 1)) {
        const expected = referenceIsWorkday(reference, day);
        if (calendar.isWorkday(day) !== expected) mismatches.push(`${day} 应为${expected ? '工作日' : '休息日'}`);
      }
      expect(mismatches).toEqual([]);
    });

    it(`lists the off days and make-up workdays of ${year} that the notices list`, () => {
      const off = calendar.offDays(year);
      const makeup = calendar.makeupWorkdays(year);
      for (const [date, entry] of reference) {
        if (!date.startsWith(`${year}-`)) continue;
        const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
        const weekend = dow === 0 || dow === 6;
        if (entry.isOffDay && !weekend) expect(off).toContain(date);
        if (!entry.isOffDay && weekend) expect(makeup).toContain(date);
      }
      for (const day of makeup) expect(reference.get(day)?.isOffDay).toBe(false);
      for (const day of off) expect(calendar.isWorkday(day)).toBe(false);
    });
  }
});

describe('WorkCalendar.isWorkday', () => {
  it('counts the make-up Sunday before National Day 2025 as a working day', () => {
    expect(calendar.isWorkday(d('2025-09-28'))).toBe(true);
  });
  it('treats the Mid-Autumn day inside the 2025 National Day break as off', () => {
    expect(calendar.isWorkday(d('2025-10-06'))).toBe(false);
  });
  it('knows the 2020 Spring Festival extension to 2 February', () => {
    expect(calendar.isWorkday(d('2020-01-31'))).toBe(false);
    expect(calendar.isWorkday(d('2020-02-03'))).toBe(true);
  });
  it('keeps 元旦 2027 off although its notice is not out yet (a statutory holiday on a Friday)', () => {
    expect(calendar.isWorkday(d('2027-01-01'))).toBe(false);
    expect(calendar.dayKind(d('2027-01-01'))).toBe('statutory');
    expect(calendar.isWorkday(d('2027-01-04'))).toBe(true); // the Monday after: plain
    expect(calendar.dayKind(d('2027-01-04'))).toBe('plain');
  });
  it('falls back to the weekday rule beyond the index', () => {
    expect(calendar.isWorkday(d('2300-01-06'))).toBe(false); // a Saturday
    expect(calendar.isWorkday(d('2300-01-01'))).toBe(true); // a Monday: no index, no holidays
  });
});

describe('WorkCalendar.addWorkdays', () => {
  const vectors: [string, number, string][] = [
    ['2025-09-26', 20, '2025-10-30'],
    ['2025-09-26', 40, '2025-11-27'],
    ['2025-12-31', 20, '2026-01-29'],
    ['2026-02-12', 20, '2026-03-18'],
    ['2024-09-30', 20, '2024-11-01'],
    ['2025-01-20', 7, '2025-02-05'],
    ['2025-04-30', 15, '2025-05-26'],
    ['2026-09-24', 20, '2026-10-29'],
  ];
  it.each(vectors)('counts %s + %i working days as %s (ogi-reference §2.3)', (start, n, due) => {
    expect(calendar.addWorkdays(d(start), n)).toEqual({ date: due, uncertain: false });
  });

  it('never counts the start day', () => {
    expect(calendar.addWorkdays(d('2025-03-03'), 1).date).toBe('2025-03-04');
  });
  it('returns the day itself for n = 0', () => {
    expect(calendar.addWorkdays(d('2025-10-04'), 0)).toEqual({ date: '2025-10-04', uncertain: false });
  });
  it('counts backwards for negative n', () => {
    expect(calendar.addWorkdays(d('2025-10-30'), -20).date).toBe('2025-09-26');
    expect(calendar.addWorkdays(d('2025-10-09'), -1).date).toBe('2025-09-30');
  });
  it('marks a count that runs into 2027 as uncertain and skips 元旦 there', () => {
    // Monday–Friday alone would give 2027-01-07; 1 January is a statutory holiday whatever the notice says.
    expect(calendar.addWorkdays(d('2026-12-10'), 20)).toEqual({ date: '2027-01-08', uncertain: true });
  });
  it('is certain when the count ends on the last day of the covered data', () => {
    expect(calendar.addWorkdays(d('2026-12-30'), 1)).toEqual({ date: '2026-12-31', uncertain: false });
  });
  it('marks counts before the first covered year as uncertain', () => {
    expect(calendar.addWorkdays(d('1999-03-01'), 5).uncertain).toBe(true);
  });
  it('works far beyond the precomputed index by the weekday rule', () => {
    expect(calendar.addWorkdays(d('2299-12-30'), 5)).toEqual({ date: '2300-01-05', uncertain: true }); // Sat → Fri
    expect(calendar.addWorkdays(d('1800-01-01'), 5)).toEqual({ date: '1800-01-08', uncertain: true });
  });

  it('matches a day-by-day walk through the reference for 2,000 random starts and lengths', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const wrong: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const start = addDays(d('2019-01-01'), Math.floor(random() * 2800));
      const n = 1 + Math.floor(random() * 60);
      const got = calendar.addWorkdays(start, n);
      if (got.uncertain) continue;
      const want = referenceAddWorkdays(reference, start, n);
      if (got.date !== want) wrong.push(`${start}+${n}: ${got.date} ≠ ${want}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('WorkCalendar — across the edges of the precomputed index (1900–2199)', () => {
  const weekdayWalk = (start: CalendarDate, n: number): CalendarDate => {
    let day = start;
    for (let left = n; left > 0;) {
      day = addDays(day, 1);
      const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (dow !== 0 && dow !== 6) left--;
    }
    return day;
  };
  it.each(['2199-12-20', '2199-12-31', '1899-12-20', '1899-12-31'])('counts from %s like a plain weekday walk', (start) => {
    for (const n of [1, 3, 10, 30]) {
      expect(calendar.addWorkdays(d(start), n).date).toBe(weekdayWalk(d(start), n));
      expect(calendar.countWorkdays(d(start), weekdayWalk(d(start), n)).count).toBe(n);
    }
  });
});

describe('WorkCalendar.countWorkdays', () => {
  it('counts working days in (from, to]', () => {
    expect(calendar.countWorkdays(d('2025-09-26'), d('2025-10-30'))).toEqual({ count: 20, uncertain: false });
  });
  it('is zero for the same day and for a holiday stretch', () => {
    expect(calendar.countWorkdays(d('2025-10-01'), d('2025-10-01')).count).toBe(0);
    expect(calendar.countWorkdays(d('2025-09-30'), d('2025-10-08')).count).toBe(0);
  });
  it('is negative when to is before from', () => {
    expect(calendar.countWorkdays(d('2025-10-30'), d('2025-09-26')).count).toBe(-20);
  });
  it('is the inverse of addWorkdays on every start day of 2025', () => {
    for (let day = d('2025-01-01'); day <= d('2025-12-31'); day = addDays(day, 1)) {
      for (const n of [1, 7, 20, 40]) {
        expect(calendar.countWorkdays(day, calendar.addWorkdays(day, n).date).count).toBe(n);
      }
    }
  });
  it('marks a range reaching into 2027 as uncertain', () => {
    expect(calendar.countWorkdays(d('2026-12-25'), d('2027-01-05')).uncertain).toBe(true);
    expect(calendar.countWorkdays(d('2027-01-05'), d('2026-12-25')).uncertain).toBe(true);
  });
});

describe('WorkCalendar — names', () => {
  it('names holidays and the holiday a make-up day belongs to', () => {
    expect(calendar.holidayName(d('2025-10-01'))).toBe('国庆节');
    expect(calendar.holidayName(d('2025-10-06'))).toBe('中秋');
    expect(calendar.holidayName(d('2025-09-28'))).toBe('国庆节');
    expect(calendar.holidayName(d('2025-10-13'))).toBeUndefined();
  });
  it('lists the 2025 make-up workdays of the State Council notice', () => {
    expect(calendar.makeupWorkdays(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });
  it('lists the 2026 make-up workdays of the State Council notice', () => {
    expect(calendar.makeupWorkdays(2026)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });
});

describe('WorkCalendar.specialDays', () => {
  it('lists the holiday days and make-up days in (after, until], not ordinary weekends', () => {
    const days = calendar.specialDays(d('2025-09-26'), d('2025-10-12'));
    expect(days.map((x) => `${x.date}${x.working ? '+' : '-'}`)).toEqual([
      '2025-09-28+',
      '2025-10-01-',
      '2025-10-02-',
      '2025-10-03-',
      '2025-10-04-',
      '2025-10-05-',
      '2025-10-06-',
      '2025-10-07-',
      '2025-10-08-',
      '2025-10-11+',
    ]);
    expect(days[6]).toMatchObject({ name: '中秋', office: false });
  });
  it('lists only statutory and estimated days in a year without a notice, and nothing for an empty range', () => {
    const days = calendar.specialDays(d('2027-01-01'), d('2027-12-31'));
    expect(days.map((x) => x.kind).every((k) => k === 'statutory' || k === 'estimated')).toBe(true);
    expect(days.every((x) => !x.working)).toBe(true);
    expect(days.find((x) => x.date === '2027-02-09')).toMatchObject({ name: '春节', kind: 'estimated' });
    expect(calendar.specialDays(d('2025-10-05'), d('2025-10-01'))).toEqual([]);
  });
});

describe('WorkCalendar — office overrides', () => {
  it('moves a deadline one working day later for an extra office day off', () => {
    const office = WorkCalendar.standard({ offDays: ['2025-10-20'] });
    expect(office.isWorkday(d('2025-10-20'))).toBe(false);
    expect(office.addWorkdays(d('2025-09-26'), 20).date).toBe('2025-10-31');
    expect(office.offDays(2025)).toContain('2025-10-20');
    expect(office.holidayName(d('2025-10-20'))).toBe('本单位调整休息');
  });
  it('moves a deadline earlier for an extra office working day', () => {
    const office = WorkCalendar.standard({ workdays: ['2025-10-08'] });
    expect(office.isWorkday(d('2025-10-08'))).toBe(true);
    expect(office.addWorkdays(d('2025-09-26'), 20).date).toBe('2025-10-29');
    expect(office.makeupWorkdays(2025)).toContain('2025-10-08');
  });
  it('leaves the standard calendar untouched and caches per overrides', () => {
    expect(WorkCalendar.standard({ offDays: ['2025-10-20'] })).toBe(WorkCalendar.standard({ offDays: ['2025-10-20'] }));
    expect(WorkCalendar.standard()).toBe(calendar);
    expect(calendar.isWorkday(d('2025-10-20'))).toBe(true);
  });
  it('ignores override dates that are not real dates and says which', () => {
    const office = WorkCalendar.standard({ offDays: ['2025-02-30', '2025-10-20'] });
    expect(office.ignoredOverrides).toEqual(['2025-02-30']);
    expect(office.isWorkday(d('2025-10-20'))).toBe(false);
  });
});

describe('WorkCalendar.fromData — years missing in the middle', () => {
  const gap = WorkCalendar.fromData({
    offDays: [
      { date: '2024-10-01', name: '国庆节' },
      { date: '2026-10-01', name: '国庆节' },
    ],
    workdays: [],
    years: [2024, 2026],
  });
  it('flags a count through the missing year as uncertain', () => {
    expect(gap.covers(2025)).toBe(false);
    expect(gap.addWorkdays(d('2024-12-30'), 5).uncertain).toBe(true);
    expect(gap.addWorkdays(d('2024-11-01'), 5).uncertain).toBe(false);
  });
  it('still applies the given holidays', () => {
    expect(gap.isWorkday(d('2026-10-01') as CalendarDate)).toBe(false);
  });
});
