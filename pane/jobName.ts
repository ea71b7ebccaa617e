import type { PrintJob } from './jobs';

/** File name for a print job's PDF. */
export function jobFileName(job: PrintJob): string {
  if (job.kind === 'annual') return `annual-${job.model.year}.pdf`;
  if (job.kind === 'transfer') return `移交表-${job.model.recipient}-${job.model.transferDate}.pdf`;
  return `告知书-${job.models[0]?.appNo || '未编号'}.pdf`;
}
