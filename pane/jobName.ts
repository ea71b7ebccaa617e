import type { CalendarDate } from '../core/dates';
import type { PrintJob } from './jobs';

/** File name for a print job's PDF. */
export function jobFileName(job: PrintJob): string {
  if (job.kind === 'annual') return `annual-${job.model.year}.pdf`;
  if (job.kind === 'monthly') return `monthly-${job.model.month}.pdf`;
  if (job.kind === 'transfer') return `移交表-${job.model.recipient}-${job.model.transferDate}.pdf`;
  return `告知书-${job.models[0]?.appNo || '未编号'}.pdf`;
}

/**
 * The day a job's PDF is dated: the monthly statistics by their month end, as the CLI and the page date
 * them (the same month gives the same bytes whatever the check date); every other job by `checkDate`.
 */
export function jobDate(job: PrintJob, checkDate: CalendarDate): CalendarDate {
  return job.kind === 'monthly' ? job.model.period.to : checkDate;
}
