/**
 * Documents the pane can produce, as data (so the desktop print page can rebuild them from a URL
 * fragment), and the shapes of the lazily loaded modules that render them.
 */
import type { CalendarDate } from '../core/dates';
import type { AnnualReportModel } from '../reports/statistics/model';
import type { MonthlyReportModel } from '../reports/statistics/monthly';
import type { TransferSheetModel } from '../reports/documents/transfer/model';
import type { NoticeModel } from '../reports/documents/notices/model';
import type { DeliverableFile } from './host';

/** A PDF to produce: the annual report, the monthly statistics, a transfer sheet, or notices. */
export type PrintJob =
  | { kind: 'annual'; model: AnnualReportModel }
  | { kind: 'monthly'; model: MonthlyReportModel }
  | { kind: 'transfer'; model: TransferSheetModel }
  | { kind: 'notice'; models: NoticeModel[] };

/** `pdfJobs.ts`, loaded on demand (pdfmake + fonts). */
export interface PdfJobs {
  renderJob(job: PrintJob, date: CalendarDate): Promise<DeliverableFile & { missingGlyphs: number }>;
}

/** `xlsxJobs.ts`, loaded on demand (exceljs). */
export interface XlsxJobs {
  annualXlsxFile(model: AnnualReportModel, date: CalendarDate): Promise<DeliverableFile>;
  /** The monthly statistics workbook, dated the month end (as `ogi report monthly` dates it). */
  monthlyXlsxFile(model: MonthlyReportModel): Promise<DeliverableFile>;
}
