import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseNotice, WorkCalendar } from '../../../core/calendar';
import { asCalendarDate } from '../../../core/dates';
import { Grid } from '../../../core/grid';
import { settingsFromGrid, settingsToRows } from '../../../core/settings/fromGrid';
import { withImportedNotice } from '../../../core/settings/noticeRows';
import { defaultSettings, ImportedNotice } from '../../../core/settings/schema';

const NOTICES = path.join(__dirname, '../../fixtures/notices');
const grid = (rows: Grid['rows']): Grid => ({ sheet: '设置', rows, firstRow: 1, firstColumn: 1 });

function imported(file: string, known: ImportedNotice['days'] = []): ImportedNotice {
  const r = parseNotice(fs.readFileSync(path.join(NOTICES, file), 'utf8'), { known });
  if (!r.ok) throw new Error(r.problems[0].message);
  return {
    year: r.notice.year,
    source: r.notice.title,
    days: r.notice.days.map((d) => ({ date: d.date, off: d.off, holiday: d.holiday ?? '' })),
  };
}

describe('imported notices in the settings', () => {
  const n2026 = imported('2026.txt');
  // Pretend 2026 is a year the package does not know: the notice alone must cover it.
  const settings = withImportedNotice(defaultSettings(), { ...n2026, year: 2026 });

  it('writes them on the 设置 sheet as readable rows (年份 | 日期 | 放假/上班 | 来源 | 节日) and reads them back', () => {
    const rows = settingsToRows(settings);
    expect(rows).toContainEqual(['年份', '日期', '放假/上班', '来源', '节日']);
    expect(rows).toContainEqual(['2026', '2026-02-14', '上班', '国务院办公厅关于2026年部分节假日安排的通知', '春节']);
    const back = settingsFromGrid(grid(rows));
    expect(back.findings).toEqual([]);
    expect(back.settings).toEqual(settings);
  });

  it('reads rows typed by hand, with a year as a number and a date cell, and names a bad date', () => {
    const { settings: s, findings } = settingsFromGrid(
      grid([
        ['年份', '日期', '放假/上班', '来源'],
        [2027, new Date(Date.UTC(2027, 0, 1)), '放假', '国务院办公厅关于2027年部分节假日安排的通知'],
        [2027, '2027年2月20日', '上班', ''],
        [2027, '2027-02-30', '放假', ''],
      ]),
    );
    expect(s.calendar.notices).toEqual([
      {
        year: 2027,
        source: '国务院办公厅关于2027年部分节假日安排的通知',
        days: [
          { date: '2027-01-01', off: true, holiday: '' },
          { date: '2027-02-20', off: false, holiday: '' },
        ],
      },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ row: 4, code: 'settings.invalid', message: expect.stringContaining('2027-02-30') });
  });

  it('makes the year covered in a calendar built from the settings, with the notice days', () => {
    const notice2027: ImportedNotice = {
      year: 2027,
      source: '测试通知',
      days: [
        { date: '2027-02-13', off: false, holiday: '春节' },
        { date: '2027-02-11', off: true, holiday: '春节' },
      ],
    };
    const calendar = WorkCalendar.standard(withImportedNotice(defaultSettings(), notice2027).calendar);
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.isWorkday(asCalendarDate('2027-02-13'))).toBe(true); // a make-up Saturday
    expect(calendar.isWorkday(asCalendarDate('2027-02-11'))).toBe(false);
    expect(calendar.dayKind(asCalendarDate('2027-02-11'))).toBe('published');
    // Covered: no estimate any more, 2027-02-09 (estimated 补假 before) is whatever the notice says.
    expect(calendar.isWorkday(asCalendarDate('2027-02-09'))).toBe(true);
    expect(calendar.addWorkdays(asCalendarDate('2026-12-10'), 20).uncertain).toBe(false);
    expect(calendar.noticeSource(2027)).toBe('测试通知');
  });

  it('adds a later notice of the same year (the 2020 extension) and replaces a re-import of the same one', () => {
    const first = imported('2020.txt');
    const later = imported('2020-spring-extension.txt', first.days);
    const both = withImportedNotice(withImportedNotice(defaultSettings(), first), later);
    const days = both.calendar.notices[0].days;
    expect(days.find((d) => d.date === '2020-02-02')).toMatchObject({ off: true });
    expect(days.find((d) => d.date === '2020-01-19')).toMatchObject({ off: false }); // kept from the first notice
    const again = withImportedNotice(both, both.calendar.notices[0]);
    expect(again.calendar.notices).toEqual(both.calendar.notices);
  });
});
