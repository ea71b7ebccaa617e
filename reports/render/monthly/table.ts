import { RESULT_TYPES } from '../../../core/register/types';
import { MonthlyReportModel, MonthlyRow } from '../../statistics/monthly';
import { GridBuilder, TableGrid } from '../annual/tableGrid';
import { MONTHLY_TEXT as T } from './labels';

/** The month per 承办科室, then 合计 and 本年累计: catalogue, applications and answers by type (16 columns). */
export function monthlyGrid(model: MonthlyReportModel): TableGrid {
  const g = new GridBuilder();
  g.next()
    .add(T.department, 'header', { rowSpan: 2 })
    .add(T.catalogueGroup, 'header', { colSpan: T.catalogue.length })
    .add(T.applicationGroup, 'header', { colSpan: T.applications.length })
    .add(T.answersGroup, 'header', { colSpan: RESULT_TYPES.length });
  g.next();
  for (const label of [...T.catalogue, ...T.applications, ...RESULT_TYPES]) g.add(label, 'header');
  const line = (row: MonthlyRow, bold = false) => {
    const c = row.catalogue;
    const a = row.applications;
    g.next()
      .add(row.department, 'label', { bold })
      .add(c.formed, 'number')
      .add(c.published, 'number')
      .add(c.onTimeRate, 'number', { format: 'percent' })
      .add(c.avgWorkdaysToPublish, 'number', { format: 'decimal1' })
      .add(a.received, 'number')
      .add(a.answered, 'number')
      .add(a.open, 'number')
      .add(a.overdue, 'number')
      .add(a.onTimeRate, 'number', { format: 'percent' });
    for (const t of RESULT_TYPES) g.add(a.byType[t], 'number');
  };
  for (const row of model.departments) line(row);
  line(model.total, true);
  line(model.yearToDate, true);
  return {
    heading: T.tableHeading,
    columns: 16,
    rows: g.rowCount,
    headerRows: 2,
    cells: g.cells,
    xlsxWidths: [18, 9, 9, 10, 12, 9, 9, 10, 10, 10, 9, 9, 9, 9, 9, 9],
    pdfWidths: [0, 36, 36, 40, 48, 36, 36, 40, 40, 40, 36, 36, 36, 36, 36, 36],
    pdfFontSize: 8,
  };
}

/** The 12 months of the year, received vs answered: the numbers behind the chart (.xlsx and the print-ready sheet). */
export function monthlySeriesGrid(model: MonthlyReportModel): TableGrid {
  const g = new GridBuilder();
  g.next().add(T.seriesMonth, 'header').add(T.received, 'header').add(T.answered, 'header');
  for (const p of model.series) g.next().add(p.month, 'label').add(p.received, 'number').add(p.answered, 'number');
  return {
    heading: T.chartHeading(model.month.slice(0, 4)),
    columns: 3,
    rows: g.rowCount,
    headerRows: 1,
    cells: g.cells,
    xlsxWidths: [12, 10, 10],
    pdfWidths: [0, 0, 0],
    pdfFontSize: 9,
  };
}
