/**
 * The pane's print jobs (pane/jobs.ts) rendered in the worker: the same renderers as the add-in's
 * `pdfJobs`, with fonts fetched by the worker from the page's origin instead of through `document`.
 */
import type { CalendarDate } from '../core/dates';
import type { PdfFonts } from '../reports/render/pdf/fonts';
import { renderPdf } from '../reports/render/pdf/renderPdf';
import { annualPdf } from '../reports/render/annual/pdf';
import { annualXlsx } from '../reports/render/annual/xlsx';
import { transferSheetDefinition } from '../reports/documents/transfer/definition';
import { noticeDefinition } from '../reports/documents/notices/definition';
import type { AnnualReportModel } from '../reports/statistics/model';
import type { PrintJob } from '../pane/jobs';
import type { DeliverableFile } from '../pane/host';
import { jobFileName } from '../pane/jobName';
import { XLSX_MIME, PDF_MIME } from './download';

/** A print job as a PDF file, with the number of characters no font could draw. */
export async function renderPrintJob(
  job: PrintJob,
  date: CalendarDate,
  fonts: PdfFonts,
): Promise<DeliverableFile & { missingGlyphs: number }> {
  const name = jobFileName(job);
  let result: { bytes: Uint8Array; findings: unknown[] };
  if (job.kind === 'annual') result = await annualPdf(job.model, fonts, date);
  else if (job.kind === 'transfer') result = await renderPdf(transferSheetDefinition(job.model), { fonts, date, title: name });
  else result = await renderPdf(noticeDefinition(job.models), { fonts, date, title: job.models[0]?.title ?? '告知书' });
  return { name, bytes: result.bytes, mime: PDF_MIME, missingGlyphs: result.findings.length };
}

/** The annual report workbook. */
export async function annualXlsxFile(model: AnnualReportModel, date: CalendarDate): Promise<DeliverableFile> {
  return { name: `annual-${model.year}.xlsx`, bytes: await annualXlsx(model, { date }), mime: XLSX_MIME };
}
