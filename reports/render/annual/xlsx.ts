import ExcelJS from 'exceljs';
import { CalendarDate, toUtcMidnight } from '../../../core/dates';
import { incompleteLine, ruleName } from '../../statistics/checks';
import { AnnualReportModel } from '../../statistics/model';
import { REPORT_TEXT } from './labels';
import { officesGrid, table2Grid, table3Grid, table4Grid } from './tables';
import { TableGrid } from './tableGrid';
import { ALL_BORDERS, gridAddress, writeGrid, writeLine } from './xlsxTable';
import { CleanReport, xlsxBytes } from '../xlsx/xlsxBytes';

/** Sheet names of the annual-report workbook. */
export const ANNUAL_SHEETS = {
  table2: '表二 主动公开',
  table3: '表三 依申请公开',
  table4: '表四 复议诉讼',
  text: '文字与校验',
  offices: '分单位',
} as const;

/** Row where each table starts on its sheet (row 1: title; row 2: section heading). */
export const TABLE_TOP_ROW = 3;

const TABLE_GRIDS = { table2: table2Grid, table3: table3Grid, table4: table4Grid } as const;

/**
 * Where each figure of tables 二/三/四 sits in the workbook, keyed by canonical id
 * (`table3.new.natural`, `table4.review.total`, `table2.rules.issued` …) — for `ogi report check`
 * reading our .xlsx layout back. The layout does not depend on the numbers.
 */
export function annualXlsxAddresses(): Record<string, { sheet: string; address: string }> {
  const out: Record<string, { sheet: string; address: string }> = {};
  const blank = blankModel();
  for (const key of ['table2', 'table3', 'table4'] as const) {
    for (const cell of TABLE_GRIDS[key](blank).cells) {
      if (cell.id) out[cell.id] = { sheet: ANNUAL_SHEETS[key], address: gridAddress(cell, TABLE_TOP_ROW) };
    }
  }
  return out;
}

function blankModel(): AnnualReportModel {
  const cells = { upheld: null, corrected: null, other: null, pending: null, total: null };
  return {
    year: 0,
    office: '',
    table2: {
      rules: { issued: null, abolished: null, inForce: null },
      normativeDocs: { issued: null, abolished: null, inForce: null },
      licensing: null,
      penalty: null,
      enforcement: null,
      feesWanYuan: null,
    },
    table3: { columns: [], rows: {} as AnnualReportModel['table3']['rows'] },
    table4: { review: { ...cells }, suitDirect: { ...cells }, suitAfterReview: { ...cells } },
    checks: [],
  };
}

function tableSheet(wb: ExcelJS.Workbook, name: string, grid: TableGrid, model: AnnualReportModel, landscape: boolean): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ showGridLines: false }],
  });
  // A report lacking a source says so on its first line, above every table (the layout below stays fixed).
  const incomplete = incompleteLine(model);
  const title = REPORT_TEXT.tablesTitle(model.office, model.year);
  writeLine(ws, 1, grid.columns, incomplete ? `${title}\n${incomplete}` : title, {
    size: 16,
    bold: true,
    height: incomplete ? 72 : 30,
    center: true,
  });
  writeLine(ws, 2, grid.columns, grid.heading, { size: 12, bold: true, height: 22 });
  writeGrid(ws, grid, TABLE_TOP_ROW);
  if (grid.headerRows > 0) ws.pageSetup.printTitlesRow = `${TABLE_TOP_ROW}:${TABLE_TOP_ROW + grid.headerRows - 1}`;
}

function textSheet(wb: ExcelJS.Workbook, model: AnnualReportModel): void {
  const ws = wb.addWorksheet(ANNUAL_SHEETS.text, { views: [{ showGridLines: false }] });
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 80;
  let row = 1;
  writeLine(ws, row++, 3, REPORT_TEXT.title(model.office, model.year), { size: 14, bold: true, height: 24 });
  const incomplete = incompleteLine(model);
  if (incomplete) writeLine(ws, row++, 3, incomplete, { bold: true, height: 36 });
  if (model.text) {
    writeLine(ws, row++, 3, REPORT_TEXT.overview, { bold: true });
    writeLine(ws, row++, 3, model.text.overview, { height: 60 });
    writeLine(ws, row++, 3, REPORT_TEXT.fees, { bold: true });
    writeLine(ws, row++, 3, model.text.fees, { height: 36 });
  }
  if (model.excluded) writeLine(ws, row++, 3, REPORT_TEXT.excluded(model.excluded));
  row++;
  writeLine(ws, row++, 3, REPORT_TEXT.checksHeading, { bold: true });
  const header = ws.getRow(row++);
  [REPORT_TEXT.checkRule, REPORT_TEXT.checkResult, REPORT_TEXT.checkMessage].forEach((t, i) => {
    const c = header.getCell(i + 1);
    c.value = t;
    c.font = { name: '宋体', bold: true };
    c.border = ALL_BORDERS;
  });
  for (const check of model.checks) {
    const r = ws.getRow(row++);
    const result = check.ok ? REPORT_TEXT.pass : check.severity === 'warning' ? REPORT_TEXT.warn : REPORT_TEXT.fail;
    [ruleName(check.rule), result, check.message].forEach((t, i) => {
      const c = r.getCell(i + 1);
      c.value = t;
      c.font = { name: '宋体', color: check.ok ? undefined : { argb: 'FFC00000' } };
      c.alignment = { vertical: 'middle', wrapText: true };
      c.border = ALL_BORDERS;
    });
  }
}

/** The annual report as .xlsx bytes in the official layout (one sheet per table, then text and checks). */
export async function annualXlsx(
  model: AnnualReportModel,
  options: { date?: CalendarDate; onCleaned?: (report: CleanReport) => void } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ogi-ledger';
  tableSheet(wb, ANNUAL_SHEETS.table2, table2Grid(model), model, false);
  tableSheet(wb, ANNUAL_SHEETS.table3, table3Grid(model), model, false);
  tableSheet(wb, ANNUAL_SHEETS.table4, table4Grid(model), model, true);
  textSheet(wb, model);
  const offices = officesGrid(model);
  if (offices) tableSheet(wb, ANNUAL_SHEETS.offices, offices, model, false);
  return xlsxBytes(wb, options.date ? toUtcMidnight(options.date) : undefined, options.onCleaned);
}
