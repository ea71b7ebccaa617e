import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from './types';
import { CliIO } from '../io';
import { dateFlag, parseFlags } from '../args';
import { EXIT_OK, UsageError } from '../exitCodes';
import { readSettingsFile } from '../flagFiles';
import { CALENDAR_HELP, calendarCliMessages as M } from './calendarMessages';
import { addDays, CalendarDate, monthDay, weekdayZh } from '../../core/dates';
import { parseNotice, WorkCalendar } from '../../core/calendar';
import { officeCalendar } from '../../core/workbook';
import { decodeCsvBytes } from '../../core/workbook/csv';
import { defaultSettings, ImportedNotice, Settings } from '../../core/settings/schema';
import { knownNoticeDays, withImportedNotice } from '../../core/settings/noticeRows';

function parseYear(value: string | undefined): number {
  if (value === undefined) throw new UsageError(M.yearMissing, true);
  const v = value.trim();
  if (!/^\d{4}$/.test(v) || Number(v) < 1000) throw new UsageError(M.yearInvalid(value));
  return Number(v);
}

/** Consecutive days of the same holiday (and kind) as one line: `  01-28至02-04 春节（8天）`, `  02-09至02-10 春节（2天，估计补假）`. */
function listLines(days: CalendarDate[], calendar: WorkCalendar): string[] {
  if (days.length === 0) return [M.none];
  const runs: { from: CalendarDate; to: CalendarDate; name: string; kind: string; count: number }[] = [];
  for (const d of days) {
    const name = calendar.holidayName(d) ?? '';
    const kind = M.kind[calendar.dayKind(d)] ?? '';
    const last = runs[runs.length - 1];
    if (last && last.name === name && last.kind === kind && addDays(last.to, 1) === d) {
      last.to = d;
      last.count++;
    } else {
      runs.push({ from: d, to: d, name, kind, count: 1 });
    }
  }
  return runs.map((r) =>
    r.count === 1
      ? `  ${monthDay(r.from)}（${weekdayZh(r.from)}）${r.name}${r.kind ? `（${r.kind}）` : ''}`
      : `  ${monthDay(r.from)}至${monthDay(r.to)} ${r.name}（${r.count}天${r.kind ? `，${r.kind}` : ''}）`,
  );
}

/** The notice file's text, UTF-8 or GBK (the decoder `ogi check` uses for CSV). */
function readNotice(file: string, cwd: string): string {
  try {
    return decodeCsvBytes(fs.readFileSync(path.resolve(cwd, file))).text;
  } catch (e) {
    throw new UsageError(M.noticeUnreadable(file, e instanceof Error ? e.message : String(e)));
  }
}

/** Reads the notice; any line it cannot read stops the import (exit 2), never a partial calendar. */
function importNotice(file: string, cwd: string, year: number | undefined, settings: Settings): ImportedNotice {
  const known = knownNoticeDays(settings);
  const result = parseNotice(readNotice(file, cwd), { year, known });
  if (!result.ok) {
    const lines = result.problems.map((p) => `  第 ${p.line} 行：${p.message}${p.text ? `\n    ${p.text}` : ''}`);
    throw new UsageError([M.noticeProblems(file, result.problems.length), ...lines].join('\n'));
  }
  const n = result.notice;
  return {
    year: n.year,
    source: n.title || path.basename(file),
    days: n.days.map((d) => ({ date: d.date, off: d.off, holiday: d.holiday ?? '' })),
  };
}

function writeSettings(file: string, cwd: string, notice: ImportedNotice, base: Settings): void {
  const target = path.resolve(cwd, file);
  const existing = fs.existsSync(target) ? readSettingsFile(file, cwd) : base;
  try {
    fs.writeFileSync(target, `${JSON.stringify(withImportedNotice(existing, notice), null, 2)}\n`);
  } catch (e) {
    throw new UsageError(M.settingsOutUnwritable(file, e instanceof Error ? e.message : String(e)));
  }
}

/** `ogi calendar`: a year's days off and make-up workdays and whether it is covered; `--from-notice` imports a notice (contracts §2). */
export const calendarCommand: Command = {
  name: 'calendar',
  summary: '查看某年的法定节假日、调休上班日及是否已收录；导入国务院节假日安排通知',
  usage: CALENDAR_HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseFlags(argv, {
      year: { type: 'string' },
      settings: { type: 'string' },
      'from-notice': { type: 'string' },
      'settings-out': { type: 'string' },
      'off-day': { type: 'string', multiple: true },
      workday: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    const settings = values.settings ? readSettingsFile(values.settings, io.cwd) : defaultSettings();
    const notice =
      values['from-notice'] !== undefined
        ? importNotice(values['from-notice'], io.cwd, values.year === undefined ? undefined : parseYear(values.year), settings)
        : undefined;
    const year = notice ? notice.year : parseYear(values.year);
    const withNotice = notice ? withImportedNotice(settings, notice) : settings;
    const calendar = officeCalendar({
      calendar: {
        ...withNotice.calendar,
        offDays: [...withNotice.calendar.offDays, ...(values['off-day'] ?? []).map((v) => dateFlag(v, 'off-day') as string)],
        workdays: [...withNotice.calendar.workdays, ...(values.workday ?? []).map((v) => dateFlag(v, 'workday') as string)],
      },
    });
    if (notice && values['settings-out']) writeSettings(values['settings-out'], io.cwd, notice, settings);

    const covered = calendar.covers(year);
    const offDays = calendar.offDays(year);
    const workdays = calendar.makeupWorkdays(year);
    const source = calendar.noticeSource(year);
    if (values.json) {
      const provisional = covered
        ? undefined
        : calendar.provisionalDays(year).map(({ date, name, kind, reason }) => ({ date, name, kind, reason }));
      io.out(
        `${JSON.stringify({ year, covered, offDays, workdays, ...(source ? { source } : {}), ...(provisional ? { provisional } : {}), firstYear: calendar.firstYear, lastYear: calendar.lastYear })}\n`,
      );
      return EXIT_OK;
    }
    const head = notice
      ? [M.noticeRead(notice.source, year, notice.days.filter((d) => d.off).length, notice.days.filter((d) => !d.off).length)]
      : [];
    const lines = [
      ...head,
      covered
        ? source
          ? M.yearImported(year, source)
          : M.yearCovered(year)
        : M.yearNotCovered(year, calendar.firstYear, calendar.lastYear),
      M.offDaysTitle,
      ...listLines(offDays, calendar),
      M.workdaysTitle,
      ...listLines(workdays, calendar),
      ...(notice && values['settings-out'] ? [M.settingsWritten(values['settings-out'], year)] : []),
    ];
    io.out(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
