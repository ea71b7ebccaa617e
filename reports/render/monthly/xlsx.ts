import ExcelJS from 'exceljs';
import { CalendarDate, toUtcMidnight } from '../../../core/dates';
import { MonthlyReportModel } from '../../statistics/monthly';
import { writeGrid, writeLine } from '../annual/xlsxTable';
import { ANSWERED_COLOR, RECEIVED_COLOR } from './chart';
import { monthlyChartPng } from './chartPng';
import { MONTHLY_TEXT as T } from './labels';
import { monthlyGrid, monthlySeriesGrid } from './table';
import { CleanReport, xlsxBytes } from '../xlsx/xlsxBytes';

/** Where the monthly table starts (row 1: title; row 2: heading). */
export const MONTHLY_TABLE_TOP_ROW = 3;

/** Excel's default row is 20 px high: where the picture ends, in rows. */
const PX_PER_ROW = 20;

/** The 12-month chart as a picture beside the series table, with its legend in the cells below it. */
function addChartImage(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, model: MonthlyReportModel, column: number): void {
  const { png, axisMax } = monthlyChartPng(model.series);
  const shown = { width: 600, height: 172 };
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: column - 1, row: 1 }, ext: shown, editAs: 'oneCell' });
  const legendRow = 2 + Math.ceil(shown.height / PX_PER_ROW) + 1;
  const legend: Array<[string, string]> = [
    [T.received, RECEIVED_COLOR],
    [T.answered, ANSWERED_COLOR],
  ];
  legend.forEach(([label, colour], i) => {
    const swatch = ws.getCell(legendRow, column + i * 2);
    swatch.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour.slice(1)}` } };
    const text = ws.getCell(legendRow, column + i * 2 + 1);
    text.value = label;
    text.numFmt = '@';
  });
  const caption = ws.getCell(legendRow, column + legend.length * 2);
  caption.value = `${T.chartCaption}；${T.gridStep(axisMax / 4)}`;
  caption.numFmt = '@';
}

/** The monthly report as .xlsx bytes: the per-department table with notes, and the 12-month series. */
export async function monthlyXlsx(
  model: MonthlyReportModel,
  options: { date?: CalendarDate; onCleaned?: (report: CleanReport) => void } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ogi-ledger';
  const ws = wb.addWorksheet(T.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ showGridLines: false }],
  });
  const grid = monthlyGrid(model);
  writeLine(ws, 1, grid.columns, T.title(model.office, model.month), { size: 14, bold: true, height: 26, center: true });
  writeLine(ws, 2, grid.columns, grid.heading, { bold: true });
  let row = writeGrid(ws, grid, MONTHLY_TABLE_TOP_ROW, 10);
  ws.pageSetup.printTitlesRow = `${MONTHLY_TABLE_TOP_ROW}:${MONTHLY_TABLE_TOP_ROW + 1}`;
  row++;
  writeLine(ws, row++, grid.columns, T.notesHeading, { bold: true });
  for (const note of model.notes) writeLine(ws, row++, grid.columns, note);
  const series = wb.addWorksheet(T.seriesSheet, { views: [{ showGridLines: false }] });
  const sg = monthlySeriesGrid(model);
  writeLine(series, 1, sg.columns, sg.heading, { bold: true });
  writeGrid(series, sg, 2);
  addChartImage(wb, series, model, sg.columns + 2);
  // xlsxBytes sets the document dates: the month end when given (a date set on `wb` before would be overwritten).
  return xlsxBytes(wb, options.date ? toUtcMidnight(options.date) : undefined, options.onCleaned);
}
