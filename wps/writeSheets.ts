/**
 * Writes our sheets into the WPS workbook: the register table, report and print-ready sheets, the
 * 设置 sheet and the hidden 代码表. Every cell gets its number format before its value (`@` for
 * text), and text starting with = + - @ is neutralised, so no cell text can become a formula.
 */
import type { AnyRegister } from '../core/register/types';
import { isCalendarDate, toEpochDay, type CalendarDate } from '../core/dates';
import { registerTable, neutraliseText, type ColumnType, type TableCell } from '../pane/registerTable';
import type { DocCell, SheetDocument } from '../pane/host';
import { uniqueSheetName } from '../pane/sheetNames';
import { ET, type EtApi, type EtRange, type EtWorksheet } from './etApi';
import { address, findSheet, worksheets } from './readSheet';
import { OUR_SHEET_NAMES } from '../core/workbook/sheetRoles';

export const CODE_SHEET = OUR_SHEET_NAMES.codes;
const DATE_FORMAT = 'yyyy-mm-dd';
/** Rows written per Value2 assignment. */
const WRITE_CHUNK_ROWS = 2000;

/** The serial of a date in the workbook's date system. */
function serial(date: CalendarDate, date1904: boolean): number {
  return toEpochDay(date) + (date1904 ? 24107 : 25569);
}

/** Adds a sheet at the end of the workbook under a free name. */
export function addSheet(api: EtApi, base: string): EtWorksheet {
  const all = worksheets(api);
  const sheets = api.app.ActiveWorkbook!.Worksheets;
  const sheet = sheets.Add(undefined, all[all.length - 1]);
  sheet.Name = uniqueSheetName(
    base,
    all.map((s) => s.Name),
  );
  return sheet;
}

/** The sheet of that name emptied, or a new one. */
export function freshSheet(api: EtApi, name: string): EtWorksheet {
  const existing = findSheet(api, name);
  if (!existing) return addSheet(api, name);
  existing.Cells.Clear();
  return existing;
}

/** Sets formats then values of a block, one NumberFormat per column where the column agrees. */
export function writeBlock(sheet: EtWorksheet, row: number, values: Array<Array<string | number>>, formats: string[][]): void {
  if (values.length === 0) return;
  const width = values[0].length;
  for (let j = 0; j < width; j++) {
    const column = formats.map((r) => r[j]);
    if (column.every((f) => f === column[0])) sheet.Range(address(row, j + 1, values.length, 1)).NumberFormat = column[0];
    else column.forEach((f, i) => (sheet.Range(address(row + i, j + 1)).NumberFormat = f));
  }
  const range = sheet.Range(address(row, 1, values.length, width));
  range.Value2 = values.length === 1 && width === 1 ? values[0][0] : values;
}

function tableCell(cell: TableCell, type: ColumnType, date1904: boolean): { value: string | number; format: string } {
  if (cell === null) return { value: '', format: type === 'number' ? 'General' : '@' };
  if (type === 'date' && typeof cell === 'string' && isCalendarDate(cell)) return { value: serial(cell, date1904), format: DATE_FORMAT };
  if (typeof cell === 'number') return { value: cell, format: 'General' };
  return { value: neutraliseText(cell), format: '@' };
}

/** Writes a register as a table on a new sheet (frozen header, dropdowns from 代码表); returns its name. */
export function writeRegister(api: EtApi, register: AnyRegister, dropdowns: boolean): string {
  const table = registerTable(register);
  const date1904 = api.app.ActiveWorkbook?.Date1904 === true;
  const sheet = addSheet(api, table.sheetName);
  const width = table.columns.length;
  writeBlock(sheet, 1, [table.columns.map((c) => neutraliseText(c.header))], [table.columns.map(() => '@')]);
  sheet.Range(address(1, 1, 1, width)).Font.Bold = true;
  for (let start = 0; start < table.rows.length; start += WRITE_CHUNK_ROWS) {
    const cells = table.rows
      .slice(start, start + WRITE_CHUNK_ROWS)
      .map((r) => r.map((c, j) => tableCell(c, table.columns[j].type, date1904)));
    writeBlock(
      sheet,
      2 + start,
      cells.map((r) => r.map((c) => c.value)),
      cells.map((r) => r.map((c) => c.format)),
    );
  }
  const lists = Object.entries(table.lists);
  if (dropdowns && lists.length > 0 && table.rows.length > 0) {
    const sources = writeCodeSheet(api, table.lists);
    table.columns.forEach((col, j) => {
      const validation = col.list ? sheet.Range(address(2, j + 1, table.rows.length, 1)).Validation : undefined;
      if (!validation || !col.list) return;
      validation.Delete();
      // Information alert: an office's own wording is allowed, the dropdown only helps.
      validation.Add(ET.xlValidateList, ET.xlValidAlertInformation, ET.xlBetween, sources[col.list]);
    });
  }
  return sheet.Name;
}

/** The hidden 代码表 (replaced): one column per list; returns list → `='代码表'!$A$2:$A$9`. */
function writeCodeSheet(api: EtApi, lists: Record<string, readonly string[]>): Record<string, string> {
  const sheet = freshSheet(api, CODE_SHEET);
  const entries = Object.entries(lists);
  const height = 1 + Math.max(...entries.map(([, values]) => values.length));
  const block = Array.from({ length: height }, (_, i) =>
    entries.map(([name, values]) => neutraliseText(i === 0 ? name : (values[i - 1] ?? ''))),
  );
  writeBlock(
    sheet,
    1,
    block,
    block.map((r) => r.map(() => '@')),
  );
  sheet.Visible = ET.xlSheetVeryHidden;
  return Object.fromEntries(
    entries.map(([name, values], j) => [
      name,
      `='${CODE_SHEET}'!${address(2, j + 1, values.length, 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`,
    ]),
  );
}

function docCell(cell: DocCell, date1904: boolean): { value: string | number; format: string } {
  if (cell === null) return { value: '', format: '@' };
  if (typeof cell === 'number') return { value: cell, format: 'General' };
  if (typeof cell === 'object')
    return isCalendarDate(cell.date) ? { value: serial(cell.date, date1904), format: DATE_FORMAT } : { value: cell.date, format: '@' };
  return { value: neutraliseText(cell), format: '@' };
}

function borders(range: EtRange): void {
  range.Borders.LineStyle = ET.xlContinuous;
}

/** Writes a report or print-ready form on a new sheet (or over the sheet of that name with `replace`). */
export function writeDocumentSheet(api: EtApi, doc: SheetDocument, replace = false): string {
  const date1904 = api.app.ActiveWorkbook?.Date1904 === true;
  const sheet = replace ? freshSheet(api, doc.name) : addSheet(api, doc.name);
  const width = Math.max(1, ...doc.rows.map((r) => r.length));
  const cells = doc.rows.map((r) => Array.from({ length: width }, (_, j) => docCell(r[j] ?? null, date1904)));
  writeBlock(
    sheet,
    1,
    cells.map((r) => r.map((c) => c.value)),
    cells.map((r) => r.map((c) => c.format)),
  );
  for (const row of doc.boldRows ?? []) sheet.Range(address(row + 1, 1, 1, width)).Font.Bold = true;
  if (doc.borderedRows) borders(sheet.Range(address(doc.borderedRows.from + 1, 1, doc.borderedRows.to - doc.borderedRows.from + 1, width)));
  for (const area of doc.bordered ?? []) borders(sheet.Range(area));
  for (const merged of doc.merges ?? []) sheet.Range(merged).Merge();
  if (doc.wrapText && doc.rows.length > 0) sheet.Range(address(1, 1, doc.rows.length, width)).WrapText = true;
  (doc.widths ?? []).forEach((w, j) => (sheet.Range(address(1, j + 1)).ColumnWidth = w));
  const setup = doc.print ? sheet.PageSetup : undefined;
  if (setup && doc.print) {
    setup.Orientation = doc.print.landscape ? ET.xlLandscape : ET.xlPortrait;
    setup.PaperSize = ET.xlPaperA4;
    if (doc.print.repeatRows) setup.PrintTitleRows = `$${doc.print.repeatRows.from + 1}:$${doc.print.repeatRows.to + 1}`;
    if (doc.print.fitToWidth) {
      setup.Zoom = false;
      setup.FitToPagesWide = 1;
      setup.FitToPagesTall = false;
    }
    if (doc.print.header) setup.CenterHeader = doc.print.header;
  }
  return sheet.Name;
}
