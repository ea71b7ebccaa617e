import { CalendarDate, weekdayZh, ymd } from '../../dates';
import { WorkCalendar } from '../../calendar';
import { dayNote, explainRange } from './explainRange';
import { deadlineMessages as m } from './messages';

/**
 * A generic period of N working days after `start` (publication, correction notice, transfer …),
 * the start day not counted, with its explanation.
 * @example periodDeadline('2025-01-20', 7, '收到申请', '条例第三十条', cal).due //=> '2025-02-05'
 */
export function periodDeadline(
  start: CalendarDate,
  days: number,
  label: string,
  article: string,
  calendar: WorkCalendar,
): { due: CalendarDate; uncertain: boolean; steps: string[] } {
  const { date: due, uncertain } = calendar.addWorkdays(start, days);
  const refYear = ymd(start).year;
  const steps = [
    m.periodStart(label, start, weekdayZh(start), dayNote(start, calendar)),
    m.nextDay,
    ...explainRange(start, due, calendar, refYear),
    m.due(days, due, article),
  ];
  return { due, uncertain, steps };
}
