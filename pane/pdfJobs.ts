/**
 * Renders print jobs to PDF in the browser. Loaded on demand: it pulls in pdfmake and fetches the
 * fonts from the add-in's own origin (`fonts/…`), never at pane start.
 */
import type { CalendarDate } from '../core/dates';
import type { PdfFonts } from '../reports/render/pdf/fonts';
import { renderPdf } from '../reports/render/pdf/renderPdf';
import { annualPdf } from '../reports/render/annual/pdf';
import { transferSheetDefinition } from '../reports/documents/transfer/definition';
import { noticeDefinition } from '../reports/documents/notices/definition';
import type { PrintJob, PdfJobs } from './jobs';
import type { DeliverableFile } from './host';
import { jobFileName } from './jobName';

let fontsPromise: Promise<PdfFonts> | null = null;

/** Fetches the bundled Noto Serif SC fonts once (same origin). */
export function loadFonts(base: string = new URL('fonts/', document.baseURI).href): Promise<PdfFonts> {
  fontsPromise ??= Promise.all(
    ['NotoSerifSC-Regular.ttf', 'NotoSerifSC-Bold.ttf'].map(async (name) => {
      const res = await fetch(new URL(name, base).href);
      if (!res.ok) throw new Error(`无法加载字体 ${name}（HTTP ${res.status}）`);
      return new Uint8Array(await res.arrayBuffer());
    }),
  ).then(([regular, bold]) => ({ regular: { bytes: regular }, bold: { bytes: bold } }));
  return fontsPromise;
}

/** Renders a job to PDF bytes. */
async function renderJob(job: PrintJob, date: CalendarDate): Promise<DeliverableFile & { missingGlyphs: number }> {
  const fonts = await loadFonts();
  let result: { bytes: Uint8Array; findings: unknown[] };
  if (job.kind === 'annual') result = await annualPdf(job.model, fonts, date);
  else if (job.kind === 'transfer') result = await renderPdf(transferSheetDefinition(job.model), { fonts, date, title: jobFileName(job) });
  else result = await renderPdf(noticeDefinition(job.models), { fonts, date, title: job.models[0]?.title ?? '告知书' });
  return { name: jobFileName(job), bytes: result.bytes, mime: 'application/pdf', missingGlyphs: result.findings.length };
}

export const pdfJobs: PdfJobs = { renderJob };
