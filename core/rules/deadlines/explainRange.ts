import { CalendarDate, addDays, monthDay, ymd } from '../../dates';
import { WorkCalendar } from '../../calendar';
import { deadlineMessages as m } from './messages';

/** A date as `MM-DD` when it falls in the reference year, else in full. */
export function shortDate(date: CalendarDate, refYear: number): string {
  return ymd(date).year === refYear ? monthDay(date) : date;
}

/** Distinct holiday names of a run, joined the way notices say them: 国庆节+中秋 → 国庆中秋假期. */
function runName(names: string[]): string {
  const distinct = [...new Set(names)];
  if (distinct.length === 1 && (distinct[0] === m.officeOffName || distinct[0] === m.officeWorkName)) return distinct[0];
  if (distinct.length === 1) return distinct[0] + m.holidaySuffix;
  return distinct.map((n) => (n.length > 2 ? n.replace(/节$/, '') : n)).join('') + m.holidaySuffix;
}

/**
 * What the calendar did between `after` (excluded) and `until` (included): holidays skipped,
 * make-up workdays counted, years assumed. One phrase, for a deadline's steps.
 */
export function explainRange(after: CalendarDate, until: CalendarDate, calendar: WorkCalendar, refYear: number): string[] {
  const parts: string[] = [];
  const makeup: CalendarDate[] = [];
  const officeWork: CalendarDate[] = [];
  // Days off in years without a notice: statutory (certain) or the usual 补假 (estimated).
  const statutory: CalendarDate[] = [];
  const estimated: CalendarDate[] = [];
  let run: { from: CalendarDate; to: CalendarDate; end: number; names: string[] } | undefined;
  const flush = () => {
    if (run) parts.push(m.offRun(shortDate(run.from, refYear), shortDate(run.to, refYear), runName(run.names)));
    run = undefined;
  };
  for (const day of calendar.specialDays(after, until)) {
    if (!day.working && !day.office && day.kind === 'statutory') statutory.push(day.date);
    if (!day.working && !day.office && day.kind === 'estimated') estimated.push(day.date);
    if (!day.working) {
      const label = day.office ? m.officeOffName : day.name;
      if (run && run.end + 1 === day.epochDay) {
        run.to = day.date;
        run.end = day.epochDay;
        run.names.push(label);
      } else {
        flush();
        run = { from: day.date, to: day.date, end: day.epochDay, names: [label] };
      }
      continue;
    }
    flush();
    (day.office ? officeWork : makeup).push(day.date);
  }
  flush();
  if (makeup.length > 0)
    parts.push(
      m.makeupRun(
        makeup.map((d) => shortDate(d, refYear)),
        m.makeupName,
      ),
    );
  if (officeWork.length > 0)
    parts.push(
      m.makeupRun(
        officeWork.map((d) => shortDate(d, refYear)),
        m.officeWorkName,
      ),
    );
  const result = [parts.length > 0 ? parts.join('，') : m.noHolidays];
  const uncovered = until > after ? calendar.uncoveredYears(ymd(addDays(after, 1)).year, ymd(until).year) : [];
  if (uncovered.length > 0) {
    const list = (days: CalendarDate[]) => days.map((d) => shortDate(d, refYear));
    result.push(m.uncertain(uncovered, list(statutory), list(estimated)));
  }
  return result;
}

/** `（周五）`-style note for a start day: flags rest days and make-up workdays. */
export function dayNote(date: CalendarDate, calendar: WorkCalendar): string {
  if (!calendar.isWorkday(date)) return m.restDayNote;
  return calendar.holidayName(date) !== undefined ? m.makeupDayNote : '';
}
