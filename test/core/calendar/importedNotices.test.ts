import { WorkCalendar } from '../../../core/calendar';
import { asCalendarDate as d } from '../../../core/dates';

// A notice the office imported (`ogi calendar --from-notice`): it covers its year and wins over the package data.
const SOURCE = '国务院办公厅关于2027年部分节假日安排的通知';
// Built in beforeAll, not while the file is collected: a broken calendar then fails these tests instead of the file.
let calendar: WorkCalendar;
beforeAll(() => {
  calendar = WorkCalendar.standard({
    notices: [
      {
        year: 2027,
        source: SOURCE,
        days: [
          { date: '2027-02-08', off: true, holiday: '春节' },
          { date: '2027-02-08', off: false }, // a second listing of a day: the first one counts
          { date: '2027-02-20', off: false, holiday: '春节' },
          { date: '2027-10-01', off: true },
          { date: '2027-09-26', off: false },
          { date: '2027-02-31', off: true }, // not a date: ignored
        ],
      },
      // A correction of a year the package already has, without a source.
      {
        year: 2026,
        days: [
          { date: '2026-10-10', off: true, holiday: '国庆节' },
          { date: '2026-10-09', off: true, holiday: '' },
        ],
      },
    ],
  });
});

describe('WorkCalendar with imported notices', () => {
  it('covers the imported year and remembers the notice it came from', () => {
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.noticeSource(2027)).toBe(SOURCE);
    expect(calendar.noticeSource(2026)).toBeUndefined();
    expect(calendar.uncoveredYears(2025, 2029)).toEqual([2028, 2029]);
  });

  it('takes the days of the notice, the first listing of a day winning, and names unnamed days by what the notice said', () => {
    expect(calendar.offDays(2027)).toEqual(['2027-02-08', '2027-10-01']);
    expect(calendar.makeupWorkdays(2027)).toEqual(['2027-02-20', '2027-09-26']);
    expect([calendar.isWorkday(d('2027-02-08')), calendar.holidayName(d('2027-02-08')), calendar.dayKind(d('2027-02-08'))]).toEqual([
      false,
      '春节',
      'published',
    ]);
    expect(calendar.holidayName(d('2027-10-01'))).toBe('国务院通知放假');
    expect(calendar.holidayName(d('2027-09-26'))).toBe('国务院通知调休上班');
    expect(calendar.isWorkday(d('2027-09-26'))).toBe(true); // a Sunday
  });

  it('drops the estimated 补假 of a year once its notice is in', () => {
    expect(WorkCalendar.standard().dayKind(d('2027-02-09'))).toBe('estimated');
    expect(calendar.dayKind(d('2027-02-09'))).toBe('plain');
    expect(calendar.isWorkday(d('2027-02-09'))).toBe(true);
  });

  it('lets a notice change a day of a year the package already has', () => {
    expect(WorkCalendar.standard().isWorkday(d('2026-10-10'))).toBe(true); // the package's make-up Saturday
    expect(calendar.isWorkday(d('2026-10-10'))).toBe(false);
    expect(calendar.makeupWorkdays(2026)).not.toContain('2026-10-10');
    expect(calendar.holidayName(d('2026-10-09'))).toBe('国务院通知放假');
    expect(calendar.offDays(2026).slice(-3)).toEqual(['2026-10-07', '2026-10-09', '2026-10-10']);
  });
});
