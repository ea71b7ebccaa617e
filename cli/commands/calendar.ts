import { Command } from './types';
import { CliIO } from '../io';
import { dateFlag, parseFlags } from '../args';
import { EXIT_OK, UsageError } from '../exitCodes';
import { CALENDAR_USAGE, deadlineCliMessages as M } from './deadlineMessages';
import { addDays, CalendarDate, monthDay, weekdayZh } from '../../core/dates';
import { WorkCalendar } from '../../core/calendar';

function parseYear(value: string | undefined): number {
  if (value === undefined) throw new UsageError(M.yearMissing, true);
  const v = value.trim();
  if (!/^\d{4}$/.test(v) || Number(v) < 1000) throw new UsageError(M.yearInvalid(value));
  return Number(v);
}

/** Consecutive days of the same holiday as one line: `  01-28至02-04 春节（8天）`. */
function listLines(days: CalendarDate[], calendar: WorkCalendar): string[] {
  if (days.length === 0) return [M.none];
  const runs: { from: CalendarDate; to: CalendarDate; name: string; count: number }[] = [];
  for (const d of days) {
    const name = calendar.holidayName(d) ?? '';
    const last = runs[runs.length - 1];
    if (last && last.name === name && addDays(last.to, 1) === d) {
      last.to = d;
      last.count++;
    } else {
      runs.push({ from: d, to: d, name, count: 1 });
    }
  }
  return runs.map((r) =>
    r.count === 1
      ? `  ${monthDay(r.from)}（${weekdayZh(r.from)}）${r.name}`
      : `  ${monthDay(r.from)}至${monthDay(r.to)} ${r.name}（${r.count}天）`,
  );
}

/** `ogi calendar`: a year's days off and make-up workdays, and whether the year is covered (contracts §2). */
export const calendarCommand: Command = {
  name: 'calendar',
  summary: '查看某年的法定节假日、调休上班日及是否已收录',
  usage: CALENDAR_USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseFlags(argv, {
      year: { type: 'string' },
      'off-day': { type: 'string', multiple: true },
      workday: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    const year = parseYear(values.year);
    const calendar = WorkCalendar.standard({
      offDays: (values['off-day'] ?? []).map((v) => dateFlag(v, 'off-day') as string),
      workdays: (values.workday ?? []).map((v) => dateFlag(v, 'workday') as string),
    });
    const covered = calendar.covers(year);
    const offDays = calendar.offDays(year);
    const workdays = calendar.makeupWorkdays(year);
    if (values.json) {
      io.out(`${JSON.stringify({ year, covered, offDays, workdays, firstYear: calendar.firstYear, lastYear: calendar.lastYear })}\n`);
      return EXIT_OK;
    }
    const lines = [
      covered ? M.yearCovered(year) : M.yearNotCovered(year, calendar.firstYear, calendar.lastYear),
      M.offDaysTitle,
      ...listLines(offDays, calendar),
      M.workdaysTitle,
      ...listLines(workdays, calendar),
    ];
    io.out(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
