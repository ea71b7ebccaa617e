/**
 * WorkCalendar where its main tests do not look: the named days an explanation lists (specialDays) and their
 * bounds, office overrides' names, the ends of the 1900–2199 index, the cache's key, and exactly where a count
 * or an addition stops being certain at the ends of the published years (2004–2026 in chinese-days).
 */
import { WorkCalendar } from '../../../core/calendar';
import { asCalendarDate as d } from '../../../core/dates';

let calendar: WorkCalendar;
beforeAll(() => {
  calendar = WorkCalendar.standard();
});
const shown = (days: ReturnType<WorkCalendar['specialDays']>) =>
  days.map((s) => `${s.date} ${s.working ? '上班' : '休息'} ${s.name} ${s.kind}${s.office ? ' 本单位' : ''}`);

describe('specialDays', () => {
  it('lists the State Council’s days off and make-up workdays of (after, until], named', () => {
    expect(shown(calendar.specialDays(d('2025-09-26'), d('2025-10-11')))).toEqual([
      '2025-09-28 上班 国庆节 published',
      '2025-10-01 休息 国庆节 published',
      '2025-10-02 休息 国庆节 published',
      '2025-10-03 休息 国庆节 published',
      '2025-10-04 休息 国庆节 published',
      '2025-10-05 休息 国庆节 published',
      '2025-10-06 休息 中秋 published',
      '2025-10-07 休息 国庆节 published',
      '2025-10-08 休息 国庆节 published',
      '2025-10-11 上班 国庆节 published',
    ]);
  });

  it('leaves out the day it starts after and keeps the day it ends on', () => {
    expect(calendar.specialDays(d('2025-10-01'), d('2025-10-03')).map((s) => s.date)).toEqual(['2025-10-02', '2025-10-03']);
  });

  it('lists a year without a notice by its statutory days, and the office’s own days as the office’s', () => {
    expect(shown(calendar.specialDays(d('2026-12-30'), d('2027-01-04')))).toEqual(['2027-01-01 休息 元旦 statutory']);
    const office = WorkCalendar.standard({ offDays: ['2025-03-07'], workdays: ['2025-03-08'] });
    expect(shown(office.specialDays(d('2025-03-06'), d('2025-03-09')))).toEqual([
      '2025-03-07 休息 本单位调整休息 plain 本单位',
      '2025-03-08 上班 本单位调整上班 plain 本单位',
    ]);
  });
});

describe('names and overrides', () => {
  it('names a day only when it is special: a plain Saturday has no name, the office’s Saturday at work has one', () => {
    const office = WorkCalendar.standard({ workdays: ['2025-03-08', '2025-03-33'] });
    expect(calendar.holidayName(d('2025-03-08'))).toBeUndefined();
    expect(office.holidayName(d('2025-03-08'))).toBe('本单位调整上班');
    expect([office.isOverridden(d('2025-03-08')), office.isOverridden(d('2025-03-09'))]).toEqual([true, false]);
    expect(office.ignoredOverrides).toEqual(['2025-03-33']);
    expect(calendar.ignoredOverrides).toEqual([]);
  });

  it('says a day a notice lists is published, and gives a covered year no provisional days', () => {
    expect(calendar.dayKind(d('2025-10-01'))).toBe('published');
    expect(calendar.provisionalDays(2025)).toEqual([]);
  });
});

describe('the ends of the index (1900–2199)', () => {
  it('keeps the weekday rule just outside it and the statutory days up to its last year', () => {
    expect(calendar.isWorkday(d('1899-12-29'))).toBe(true); // a Friday before the index
    expect(calendar.isWorkday(d('2200-01-01'))).toBe(true); // the Wednesday after it
    expect([calendar.isWorkday(d('2150-10-01')), calendar.isWorkday(d('2199-10-03'))]).toEqual([false, false]);
    expect(calendar.isWorkday(d('2027-01-01'))).toBe(false);
  });
});

describe('the cache', () => {
  it('gives one calendar for the same overrides in any order, another for other notices', () => {
    expect(WorkCalendar.standard({ offDays: ['2025-03-07', '2025-03-06'] })).toBe(
      WorkCalendar.standard({ offDays: ['2025-03-06', '2025-03-07', '2025-03-06'] }),
    );
    expect(WorkCalendar.standard({ workdays: ['2025-03-09', '2025-03-08'] })).toBe(
      WorkCalendar.standard({ workdays: ['2025-03-08', '2025-03-09'] }),
    );
    const a = WorkCalendar.standard({ notices: [{ year: 2027, days: [{ date: '2027-02-08', off: true }] }] });
    const b = WorkCalendar.standard({ notices: [{ year: 2027, days: [{ date: '2027-02-09', off: true }] }] });
    expect(a).not.toBe(b);
    expect([a.isWorkday(d('2027-02-08')), b.isWorkday(d('2027-02-08'))]).toEqual([false, true]);
  });
});

describe('where certainty ends (published years 2004–2026)', () => {
  it('a count inside the first published year is certain, even from its eve', () => {
    expect(calendar.countWorkdays(d('2004-01-01'), d('2004-01-10'))).toEqual({ count: 6, uncertain: false });
    expect(calendar.countWorkdays(d('2004-01-10'), d('2004-01-01'))).toEqual({ count: -6, uncertain: false });
    expect(calendar.countWorkdays(d('2003-12-31'), d('2004-01-10'))).toEqual({ count: 6, uncertain: false });
  });

  it('a count reaching 1 January 2027 is not', () => {
    expect(calendar.countWorkdays(d('2026-12-25'), d('2026-12-31')).uncertain).toBe(false);
    expect(calendar.countWorkdays(d('2026-12-25'), d('2027-01-01')).uncertain).toBe(true);
  });

  it('an addition from the first day forward, or from the last day back, stays certain', () => {
    expect(calendar.addWorkdays(d('2004-01-01'), 5)).toEqual({ date: '2004-01-08', uncertain: false });
    expect(calendar.addWorkdays(d('2026-12-31'), -5)).toEqual({ date: '2026-12-24', uncertain: false });
  });
});
