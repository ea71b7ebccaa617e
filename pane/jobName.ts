import { calendarDate, type CalendarDate } from '../core/dates';
import type { PrintJob } from './jobs';

/** File name for a print job's PDF. */
export function jobFileName(job: PrintJob): string {
  if (job.kind === 'annual') return `annual-${job.model.year}.pdf`;
  if (job.kind === 'monthly') return `monthly-${job.model.month}.pdf`;
  if (job.kind === 'transfer') return `移交表-${job.model.recipient}-${job.model.transferDate}.pdf`;
  return `告知书-${job.models[0]?.appNo || '未编号'}.pdf`;
}

/**
 * The day a job's PDF is dated (its metadata): the statistics by the end of their period — the monthly by its month
 * end, the annual by 31 December — as the CLI and the page date them (the same period gives the same bytes whatever
 * the check date); every other job by `checkDate`.
 */
export function jobDate(job: PrintJob, checkDate: CalendarDate): CalendarDate {
  if (job.kind === 'monthly') return job.model.period.to;
  if (job.kind === 'annual') return annualDate(job.model.year);
  return checkDate;
}

/** The annual report's date: its year end. */
export function annualDate(year: number): CalendarDate {
  return calendarDate(year, 12, 31);
}
