/** The annual and monthly reports as .xlsx in the browser (add-in and offline page). Loaded on demand: it pulls in exceljs. */
import type { CalendarDate } from '../core/dates';
import type { AnnualReportModel } from '../reports/statistics/model';
import type { MonthlyReportModel } from '../reports/statistics/monthly';
import { annualXlsx } from '../reports/render/annual/xlsx';
import { monthlyXlsx } from '../reports/render/monthly/xlsx';
import type { DeliverableFile } from './host';
import type { XlsxJobs } from './jobs';
import { XLSX_MIME } from './download';

/** The annual report workbook. */
export async function annualXlsxFile(model: AnnualReportModel, date: CalendarDate): Promise<DeliverableFile> {
  return { name: `annual-${model.year}.xlsx`, bytes: await annualXlsx(model, { date }), mime: XLSX_MIME };
}

/** The monthly statistics workbook, named and dated (the month end) as `ogi report monthly --out` writes it. */
export async function monthlyXlsxFile(model: MonthlyReportModel): Promise<DeliverableFile> {
  return { name: `monthly-${model.month}.xlsx`, bytes: await monthlyXlsx(model, { date: model.period.to }), mime: XLSX_MIME };
}

export const xlsxJobs: XlsxJobs = { annualXlsxFile, monthlyXlsxFile };
