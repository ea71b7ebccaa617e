/** The annual report as .xlsx in the browser (add-in and offline page). Loaded on demand: it pulls in exceljs. */
import type { CalendarDate } from '../core/dates';
import type { AnnualReportModel } from '../reports/statistics/model';
import { annualXlsx } from '../reports/render/annual/xlsx';
import type { DeliverableFile } from './host';
import type { XlsxJobs } from './jobs';
import { XLSX_MIME } from './download';

/** The annual report workbook. */
export async function annualXlsxFile(model: AnnualReportModel, date: CalendarDate): Promise<DeliverableFile> {
  return { name: `annual-${model.year}.xlsx`, bytes: await annualXlsx(model, { date }), mime: XLSX_MIME };
}

export const xlsxJobs: XlsxJobs = { annualXlsxFile };
