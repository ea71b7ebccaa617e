import { standardHolidayData } from '../calendar/holidayData';
import type { PublishedDay } from '../calendar/workCalendar';
import { parseCalendarDate } from '../dates';
import { CellError, CellValue, Grid, isCellError } from '../grid';
import { ImportedNotice, Settings } from './schema';

/** Title and header of the table of imported notices on the `设置` sheet. */
export const NOTICE_TABLE_TITLE = '国务院节假日安排（导入的通知）';
export const NOTICE_TABLE_HEADER = ['年份', '日期', '放假/上班', '来源', '节日'];

const OFF_WORDS = new Set(['放假', '休息', '休息日', '放假日']);
const WORK_WORDS = new Set(['上班', '调休上班', '补班', '工作日']);

/** One row of the table, read. */
export type NoticeRow =
  { ok: true; year: number; date: string; off: boolean; source: string; holiday: string } | { ok: false; message: string };

function text(cell: CellValue | CellError | undefined): string {
  if (cell === null || cell === undefined || isCellError(cell)) return '';
  return String(cell).trim();
}

/** The sheet rows of the imported notices (年份 | 日期 | 放假/上班 | 来源 | 节日), one per day; none when there are none. */
export function noticeRows(notices: readonly ImportedNotice[]): string[][] {
  if (notices.length === 0) return [];
  const rows: string[][] = [[NOTICE_TABLE_TITLE], [...NOTICE_TABLE_HEADER]];
  for (const n of [...notices].sort((a, b) => a.year - b.year)) {
    for (const d of n.days) rows.push([String(n.year), d.date, d.off ? '放假' : '上班', n.source, d.holiday]);
  }
  return rows;
}

/**
 * A row of the imported-notice table (a year in the first cell, a date, then 放假 or 上班), or
 * undefined when the row is not one. A row that is one but has a bad date says why.
 */
export function readNoticeRow(cells: readonly (CellValue | CellError)[], dateSystem: Grid['dateSystem']): NoticeRow | undefined {
  const year = text(cells[0]);
  const kind = text(cells[2]).replace(/\s+/g, '');
  if (!/^\d{4}$/.test(year) || (!OFF_WORDS.has(kind) && !WORK_WORDS.has(kind))) return undefined;
  const date = parseCalendarDate(cells[1], { dateSystem });
  if (!date.ok)
    return { ok: false, message: `导入的节假日安排中 ${year} 年的日期“${text(cells[1])}”无法识别（${date.reason}），已忽略这一行` };
  return { ok: true, year: Number(year), date: date.date, off: OFF_WORDS.has(kind), source: text(cells[3]), holiday: text(cells[4]) };
}

/** True for the title and header rows of the table, which carry no setting. */
export function isNoticeTableHeading(label: string): boolean {
  return label === NOTICE_TABLE_TITLE || label === NOTICE_TABLE_HEADER[0];
}

/** Rows read by `readNoticeRow`, grouped into one notice per year (the first source named is the year's). */
export function groupNoticeRows(rows: readonly Extract<NoticeRow, { ok: true }>[]): ImportedNotice[] {
  const byYear = new Map<number, ImportedNotice>();
  for (const r of rows) {
    const n = byYear.get(r.year) ?? { year: r.year, source: '', days: [] };
    if (!n.source) n.source = r.source;
    n.days = [...n.days.filter((d) => d.date !== r.date), { date: r.date, off: r.off, holiday: r.holiday }];
    byYear.set(r.year, n);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * Settings with a notice's arrangement added: a notice of a year already imported from the same
 * source replaces it; one from another source (a later change, such as the 2020 extension) adds its
 * days, each day it names winning. The settings given are not changed.
 */
export function withImportedNotice(settings: Settings, notice: ImportedNotice): Settings {
  const others = settings.calendar.notices.filter((n) => n.year !== notice.year);
  const same = settings.calendar.notices.find((n) => n.year === notice.year);
  let merged = notice;
  if (same && same.source !== notice.source) {
    const named = new Set(notice.days.map((d) => d.date));
    const days = [...same.days.filter((d) => !named.has(d.date)), ...notice.days].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    merged = { year: notice.year, source: [same.source, notice.source].filter(Boolean).join('；'), days };
  }
  const notices = [...others, merged].sort((a, b) => a.year - b.year);
  return { ...settings, calendar: { ...settings.calendar, notices } };
}

/**
 * The days already known before a notice is read — the package's published calendars and the
 * notices imported into the settings — so that a later notice (延长…假期至) knows where its holiday ended.
 */
export function knownNoticeDays(settings: Settings): PublishedDay[] {
  const data = standardHolidayData();
  return [
    ...data.offDays.map((e) => ({ date: e.date, off: true, holiday: e.name })),
    ...data.workdays.map((e) => ({ date: e.date, off: false, holiday: e.name })),
    ...settings.calendar.notices.flatMap((n) => n.days),
  ];
}
