/** The annual report as .xlsx in the browser. Loaded on demand: it pulls in exceljs. */
import type { CalendarDate } from '../core/dates';
import type { AnnualReportModel } from '../reports/statistics/model';
import { annualXlsx } from '../reports/render/annual/xlsx';
import type { XlsxJobs } from './jobs';

export const xlsxJobs: XlsxJobs = {
  async annualXlsxFile(model: AnnualReportModel, date: CalendarDate) {
    const bytes = await annualXlsx(model, { date });
    return { name: `annual-${model.year}.xlsx`, bytes, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  },
};
