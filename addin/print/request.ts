/** The print page's input: the job in the URL fragment, and the day its document is dated. */
import { decodeFragment } from '../../pane/download';
import type { PrintJob } from '../../pane/jobs';
import { isCalendarDate, type CalendarDate } from '../../core/dates';

/** What the print page renders. */
export interface PrintPageRequest {
  title: string;
  data: PrintJob;
  /** The pane's check date; a link made before it was sent (or with a bad one) falls back to `today`. */
  date: CalendarDate;
}

/** Reads the fragment `ExcelHost.deliverFile` wrote; undefined when there is no job in it. */
export function printRequestOf(fragment: string, today: () => CalendarDate): PrintPageRequest | undefined {
  let value: unknown;
  try {
    value = decodeFragment(fragment);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const { title, data, date } = value as { title?: unknown; data?: unknown; date?: unknown };
  if (!data || typeof data !== 'object') return undefined;
  return {
    title: typeof title === 'string' ? title : '',
    data: data as PrintJob,
    date: typeof date === 'string' && isCalendarDate(date) ? date : today(),
  };
}
