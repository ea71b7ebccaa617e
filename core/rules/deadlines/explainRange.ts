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
  let run: { from: CalendarDate; to: CalendarDate; names: string[] } | undefined;
  const flush = () => {
    if (run) parts.push(m.offRun(shortDate(run.from, refYear), shortDate(run.to, refYear), runName(run.names)));
    run = undefined;
  };
  for (let d = addDays(after, 1); d <= until; d = addDays(d, 1)) {
    const name = calendar.holidayName(d);
    const working = calendar.isWorkday(d);
    if (!working && name !== undefined) {
      const label = calendar.isOverridden(d) ? m.officeOffName : name;
      if (run && addDays(run.to, 1) === d) {
        run.to = d;
        run.names.push(label);
      } else {
        flush();
        run = { from: d, to: d, names: [label] };
      }
      continue;
    }
    flush();
    if (working && name !== undefined) (calendar.isOverridden(d) ? officeWork : makeup).push(d);
  }
  flush();
  if (makeup.length > 0) parts.push(m.makeupRun(makeup.map((d) => shortDate(d, refYear)), m.makeupName));
  if (officeWork.length > 0) parts.push(m.makeupRun(officeWork.map((d) => shortDate(d, refYear)), m.officeWorkName));
  const result = [parts.length > 0 ? parts.join('，') : m.noHolidays];
  const uncovered = calendar.uncoveredYears(ymd(addDays(after, 1)).year, ymd(until).year);
  if (uncovered.length > 0 && until > after) result.push(m.uncertain(uncovered));
  return result;
}

/** `（周五）`-style note for a start day: flags rest days and make-up workdays. */
export function dayNote(date: CalendarDate, calendar: WorkCalendar): string {
  if (!calendar.isWorkday(date)) return m.restDayNote;
  return calendar.holidayName(date) !== undefined ? m.makeupDayNote : '';
}
