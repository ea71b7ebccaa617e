import { CalendarDate, calendarDate } from '../../core/dates';

/** The year's first and last day. */
export function yearBoundsOf(year: number): { first: CalendarDate; last: CalendarDate } {
  return { first: calendarDate(year, 1, 1), last: calendarDate(year, 12, 31) };
}
