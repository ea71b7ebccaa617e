/**
 * Writes our own sheets: the register as an Excel table, report / print-ready sheets, the 设置 sheet
 * and the hidden 代码表. Text columns get the text format '@' before their values are set, and text
 * starting with = + - @ is neutralised, so a cell text can never become a formula.
 */
import type { AnyRegister } from '../../core/register/types';
import { isCalendarDate, toEpochDay, type CalendarDate } from '../../core/dates';
import { registerTable, neutraliseText, type ColumnType, type TableCell } from '../../pane/registerTable';
import type { SheetDocument, DocCell, CellStyle } from '../../reports/documents/sheetDocument';
import { a1, probeDateSystem, quoteSheet, type ExcelApi } from './api';
import { features } from './features';
import { REQUEST_BUDGET_BYTES } from './readGrid';
import { uniqueSheetName } from '../../pane/sheetNames';
import { OUR_SHEET_NAMES } from '../../core/workbook/sheetRoles';

export { uniqueSheetName };

export const CODE_SHEET = OUR_SHEET_NAMES.codes;
const DATE_FORMAT = 'yyyy-mm-dd';

/** Excel serial of a calendar date in the workbook's date system (1900 by default). */
export function excelSerial(date: CalendarDate, dateSystem: '1900' | '1904' = '1900'): number {
  return toEpochDay(date) + (dateSystem === '1904' ? 24107 : 25569);
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** The workbook's sheet names and date system, in one sync. */
async function workbookFacts(api: ExcelApi, context: Excel.RequestContext): Promise<{ taken: string[]; dateSystem: '1900' | '1904' }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const dateSystem = probeDateSystem(api, context);
  await context.sync();
  return { taken: sheets.items.map((s) => s.name), dateSystem: dateSystem() };
}

function cellValue(cell: TableCell, type: ColumnType, dateSystem: '1900' | '1904'): string | number {
  if (cell === null) return '';
  if (type === 'date' && typeof cell === 'string' && isCalendarDate(cell)) return excelSerial(cell, dateSystem);
  if (typeof cell === 'number') return cell;
  return neutraliseText(cell);
}

function cellFormat(cell: TableCell, type: ColumnType): string {
  if (type === 'date') return typeof cell === 'string' && isCalendarDate(cell) ? DATE_FORMAT : '@';
  if (type === 'number') return typeof cell === 'number' ? 'General' : '@';
  return '@';
}

/** Writes a register as a table on a new sheet (chunked, one sync per chunk); returns the sheet name. */
export async function writeRegister(api: ExcelApi, register: AnyRegister): Promise<string> {
  const table = registerTable(register);
  const useDropdowns = features(api).dataValidation && Object.keys(table.lists).length > 0;
  return api.run(async (context) => {
    const { taken, dateSystem } = await workbookFacts(api, context);
    const name = uniqueSheetName(table.sheetName, taken);
    const sheet = context.workbook.worksheets.add(name);
    const width = table.columns.length;
    const header = sheet.getRange(a1(1, 1, 1, width));
    header.numberFormat = [table.columns.map(() => '@')];
    header.values = [table.columns.map((c) => neutraliseText(c.header))];
    header.format.font.bold = true;
    const bytesPerRow = Math.max(1, estimateRowBytes(table.rows));
    const chunk = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / 2 / bytesPerRow));
    for (let start = 0; start < table.rows.length; start += chunk) {
      const part = table.rows.slice(start, start + chunk);
      const range = sheet.getRange(a1(2 + start, 1, part.length, width));
      // Format first: a value set into an '@' cell stays text.
      range.numberFormat = part.map((row) => row.map((c, j) => cellFormat(c, table.columns[j].type)));
      range.values = part.map((row) => row.map((c, j) => cellValue(c, table.columns[j].type, dateSystem)));
      if (start + chunk < table.rows.length) await context.sync();
    }
    const lastRow = Math.max(2, table.rows.length + 1);
    const excelTable = sheet.tables.add(`${quoteSheet(name)}!${a1(1, 1, lastRow, width)}`, true);
    excelTable.showFilterButton = true;
    if (features(api).freezePanes) sheet.freezePanes.freezeRows(1);
    if (features(api).rangeLayout) sheet.getRange(a1(1, 1, 1, width)).format.columnWidth = 90;
    if (useDropdowns) {
      const codes = ensureCodeSheet(context, taken, table.lists);
      table.columns.forEach((col, j) => {
        if (!col.list || !codes[col.list]) return;
        const target = sheet.getRange(a1(2, j + 1, lastRow - 1, 1));
        target.dataValidation.rule = { list: { inCellDropDown: true, source: codes[col.list] } };
        target.dataValidation.errorAlert = { showAlert: false, style: 'Warning', title: '', message: '' };
      });
    }
    await context.sync();
    return name;
  });
}

/** Writes the lists into the hidden 代码表 sheet (replacing its content); returns list → source formula. */
function ensureCodeSheet(
  context: Excel.RequestContext,
  taken: readonly string[],
  lists: Record<string, readonly string[]>,
): Record<string, string> {
  const exists = taken.includes(CODE_SHEET);
  const sheet = exists ? context.workbook.worksheets.getItem(CODE_SHEET) : context.workbook.worksheets.add(CODE_SHEET);
  if (exists) sheet.getRange().clear();
  const sources: Record<string, string> = {};
  Object.entries(lists).forEach(([listName, values], j) => {
    const col = sheet.getRange(a1(1, j + 1, values.length + 1, 1));
    col.numberFormat = [listName, ...values].map(() => ['@']);
    col.values = [listName, ...values].map((v) => [neutraliseText(v)]);
    const colAddress = a1(2, j + 1, values.length, 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    sources[listName] = `=${quoteSheet(CODE_SHEET)}!${colAddress}`;
  });
  sheet.visibility = 'Hidden';
  return sources;
}

function estimateRowBytes(rows: readonly TableCell[][]): number {
  // Sample up to 200 rows: values plus a format string per cell, as JSON.
  let max = 0;
  const step = Math.max(1, Math.floor(rows.length / 200));
  for (let i = 0; i < rows.length; i += step) max = Math.max(max, JSON.stringify(rows[i]).length * 3 + rows[i].length * 14);
  return max;
}

function docValue(cell: DocCell, dateSystem: '1900' | '1904'): { value: string | number; format: string } {
  if (cell === null) return { value: '', format: '@' };
  if (typeof cell === 'number') return { value: cell, format: 'General' };
  if (typeof cell === 'object')
    return isCalendarDate(cell.date)
      ? { value: excelSerial(cell.date, dateSystem), format: DATE_FORMAT }
      : { value: cell.date, format: '@' };
  return { value: neutraliseText(cell), format: '@' };
}

/** The footer of a printed form, in Excel's header/footer codes: `第 X 页 共 Y 页`. */
const PAGE_FOOTER = '第 &P 页 共 &N 页';
const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** A CellStyle of the document on a range's format (font size and alignment are ExcelApi 1.1). */
function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.size) format.font.size = style.size;
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.vertical) format.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/** Writes a report or print-ready form (small) on a new sheet in one request; returns the sheet name. */
export async function writeDocumentSheet(api: ExcelApi, doc: SheetDocument, replace = false): Promise<string> {
  return api.run(async (context) => {
    const { taken, dateSystem } = await workbookFacts(api, context);
    let name = uniqueSheetName(doc.name, taken);
    let sheet: Excel.Worksheet;
    if (replace && taken.includes(doc.name)) {
      name = doc.name;
      sheet = context.workbook.worksheets.getItem(name);
      sheet.getRange().clear();
    } else sheet = context.workbook.worksheets.add(name);
    const width = Math.max(1, ...doc.rows.map((r) => r.length));
    if (doc.rows.length > 0) {
      const cells = doc.rows.map((r) => Array.from({ length: width }, (_, j) => docValue(r[j] ?? null, dateSystem)));
      const range = sheet.getRange(a1(1, 1, doc.rows.length, width));
      range.numberFormat = cells.map((r) => r.map((c) => c.format));
      range.values = cells.map((r) => r.map((c) => c.value));
    }
    for (const row of doc.boldRows ?? []) sheet.getRange(a1(row + 1, 1, 1, width)).format.font.bold = true;
    const bordered = [...(doc.bordered ?? [])];
    if (doc.borderedRows) bordered.push(a1(doc.borderedRows.from + 1, 1, doc.borderedRows.to - doc.borderedRows.from + 1, width));
    for (const address of bordered) {
      const body = sheet.getRange(address);
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        body.format.borders.getItem(edge).style = 'Continuous';
      }
    }
    if (features(api).rangeLayout) for (const m of doc.merges ?? []) sheet.getRange(m).merge(false);
    if (doc.wrapText && doc.rows.length > 0) sheet.getRange(a1(1, 1, doc.rows.length, width)).format.wrapText = true;
    for (const style of doc.styles ?? []) applyStyle(sheet.getRange(style.range).format, style);
    if (features(api).rangeLayout) for (const h of doc.heights ?? []) sheet.getRange(a1(h.row + 1, 1)).format.rowHeight = h.points;
    (doc.widths ?? []).forEach((w, j) => {
      sheet.getRange(a1(1, j + 1)).format.columnWidth = w * 7;
    });
    if (doc.print && features(api).pageLayout) {
      const layout = sheet.pageLayout;
      layout.orientation = doc.print.landscape ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      if (doc.print.repeatRows) layout.setPrintTitleRows(`$${doc.print.repeatRows.from + 1}:$${doc.print.repeatRows.to + 1}`);
      if (doc.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      // Builds differ (WPS, older Excel): set the page header only where the object exists.
      const pages = doc.print.header ? layout.headersFooters?.defaultForAllPages : undefined;
      if (pages && doc.print.header) pages.centerHeader = doc.print.header;
      if (doc.print.area && typeof layout.setPrintArea === 'function') layout.setPrintArea(doc.print.area);
      if (doc.print.form) {
        layout.centerHorizontally = true;
        const all = layout.headersFooters?.defaultForAllPages;
        if (all) all.centerFooter = PAGE_FOOTER;
      }
    }
    await context.sync();
    return name;
  });
}

/** Reads all values of a sheet if it exists (2 syncs at most), else null. */
export async function readSheetValues(api: ExcelApi, name: string): Promise<unknown[][] | null> {
  return api.run(async (context) => {
    const taken = await sheetNames(context);
    if (!taken.includes(name)) return null;
    const used = context.workbook.worksheets.getItem(name).getUsedRange();
    used.load('values');
    await context.sync();
    return used.values as unknown[][];
  });
}
