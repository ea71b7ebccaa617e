import { WorkCalendar } from '../../calendar';
import { CalendarDate } from '../../dates';
import { messages } from '../messages';

/** Working days from `due` to a later `date` (how late it is). */
export function lateBy(calendar: WorkCalendar, due: CalendarDate, date: CalendarDate): number {
  return calendar.countWorkdays(due, date).count;
}

/** Appends the "calendar not covered" note when an answer rests on assumed years. */
export function withUncertainty(message: string, uncertain: boolean): string {
  return uncertain ? message + messages.uncertainNote : message;
}
