/**
 * Renders print jobs to PDF: the one renderer of the pane's jobs, called by the add-in (task pane,
 * print page) through `pdfJobs` and by the offline page's worker through `renderPrintJob`. Loaded
 * on demand: it pulls in pdfmake, and the fonts come from a FontSource on the first PDF.
 */
import type { CalendarDate } from '../core/dates';
import { withOfficialFonts, type PdfFonts } from '../reports/render/pdf/fonts';
import { renderPdf } from '../reports/render/pdf/renderPdf';
import { annualPdf } from '../reports/render/annual/pdf';
import { monthlyPdf } from '../reports/render/monthly/pdf';
import { transferSheetDefinition } from '../reports/documents/transfer/definition';
import { noticeDefinition } from '../reports/documents/notices/definition';
import type { PrintJob, PdfJobs } from './jobs';
import type { DeliverableFile } from './host';
import { jobFileName } from './jobName';
import { PDF_MIME } from './download';
import { pageFontSource } from './fonts';

/** A print job as a PDF file dated `date` (the caller's `jobDate`), with the number of characters no font could draw. */
export async function renderPrintJob(
  job: PrintJob,
  date: CalendarDate,
  fonts: PdfFonts,
): Promise<DeliverableFile & { missingGlyphs: number }> {
  const name = jobFileName(job);
  let result: { bytes: Uint8Array; findings: unknown[] };
  if (job.kind === 'annual') result = await annualPdf(job.model, fonts, date);
  else if (job.kind === 'monthly') result = await monthlyPdf(job.model, fonts, date);
  else if (job.kind === 'transfer') result = await renderPdf(transferSheetDefinition(job.model), { fonts, date, title: name });
  else {
    // Notices in the office's 公文 fonts where the platform found them (GB/T 9704), else Noto Serif SC.
    const noticeFonts = withOfficialFonts(fonts, await fonts.official?.());
    result = await renderPdf(noticeDefinition(job.models), { fonts: noticeFonts, date, title: job.models[0]?.title ?? '告知书' });
  }
  return { name, bytes: result.bytes, mime: PDF_MIME, missingGlyphs: result.findings.length };
}

const fonts = pageFontSource();

/** The add-in's PdfJobs: fonts fetched from the add-in's own origin (`fonts/…`). */
export const pdfJobs: PdfJobs = { renderJob: async (job, date) => renderPrintJob(job, date, await fonts.load()) };
