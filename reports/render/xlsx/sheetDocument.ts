/**
 * The one .xlsx writer of SheetDocuments (forms, the annual 年报 sheet, 检查结果): the CLI's form
 * workbooks and the offline page's sheets go through here, so the same document gives the same cells.
 */
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { asCalendarDate, toUtcMidnight, type CalendarDate } from '../../../core/dates';
import type { CellStyle, DocCell, SheetDocument } from '../../documents/sheetDocument';
import { CleanReport, xlsxBytes } from './xlsxBytes';

/** The page footer Excel prints on a form: `第 X 页 共 Y 页`. */
export const EXCEL_PAGE_FOOTER = '&C第 &P 页 共 &N 页';

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';
}

/** The page header Excel prints on every page (a draft's 草稿 line), bold 14 pt. */
export function excelPageHeader(text: string): string {
  return `&C&"-,Bold"&14${text}`;
}

function cellValue(cell: DocCell): string | number | Date | null {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  return toUtcMidnight(asCalendarDate(cell.date));
}

const THIN = { style: 'thin' as const };
const ALL_THIN = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function eachCell(ws: Worksheet, range: string, f: (cell: ExcelJS.Cell) => void): void {
  const [from, to = from] = range.split(':');
  const a = ws.getCell(from);
  const b = ws.getCell(to);
  for (let r = Math.min(+a.row, +b.row); r <= Math.max(+a.row, +b.row); r++) {
    for (let c = Math.min(+a.col, +b.col); c <= Math.max(+a.col, +b.col); c++) f(ws.getCell(r, c));
  }
}

function applyStyle(ws: Worksheet, style: CellStyle): void {
  eachCell(ws, style.range, (cell) => {
    if (style.bold !== undefined || style.size !== undefined) {
      cell.font = { ...cell.font, ...(style.bold !== undefined ? { bold: style.bold } : {}), ...(style.size ? { size: style.size } : {}) };
    }
    if (style.align || style.vertical || style.wrap !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(style.align ? { horizontal: style.align } : {}),
        ...(style.vertical ? { vertical: style.vertical } : {}),
        ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      };
    }
  });
}

function setupPage(ws: Worksheet, print: NonNullable<SheetDocument['print']>): void {
  ws.pageSetup.paperSize = 9; // A4
  ws.pageSetup.orientation = print.landscape ? 'landscape' : 'portrait';
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (print.form) {
    ws.pageSetup.horizontalCentered = true;
    ws.pageSetup.margins = { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 };
    ws.headerFooter.oddFooter = EXCEL_PAGE_FOOTER;
    ws.views = [{ showGridLines: false }];
  }
  if (print.repeatRows) ws.pageSetup.printTitlesRow = `${print.repeatRows.from + 1}:${print.repeatRows.to + 1}`;
  if (print.area) ws.pageSetup.printArea = print.area;
  if (print.header) ws.headerFooter.oddHeader = excelPageHeader(print.header);
}

/**
 * Writes a SheetDocument (a report or print-ready form described as data) as a worksheet.
 * Strings are set as plain string values, which exceljs stores as text, never as formulas.
 */
export function addSheetDocument(wb: Workbook, doc: SheetDocument, name: string = doc.name): Worksheet {
  const ws = wb.addWorksheet(safeSheetName(name));
  const bold = new Set(doc.boldRows ?? []);
  doc.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.forEach((cell, j) => {
      const c = r.getCell(j + 1);
      c.value = cellValue(cell);
      if (cell !== null && typeof cell === 'object') c.numFmt = 'yyyy-mm-dd';
      if (bold.has(i)) c.font = { bold: true };
      if (doc.borderedRows && i >= doc.borderedRows.from && i <= doc.borderedRows.to) c.border = ALL_THIN;
    });
  });
  for (const range of doc.bordered ?? []) eachCell(ws, range, (cell) => (cell.border = ALL_THIN));
  if (doc.wrapText) {
    ws.eachRow((row) => row.eachCell((cell) => (cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' })));
  }
  for (const style of doc.styles ?? []) applyStyle(ws, style);
  for (const range of doc.merges ?? []) ws.mergeCells(range);
  (doc.widths ?? []).forEach((w, j) => (ws.getColumn(j + 1).width = w));
  for (const h of doc.heights ?? []) ws.getRow(h.row + 1).height = h.points;
  if (doc.print) setupPage(ws, doc.print);
  return ws;
}

/** Sheet names made unique in workbook order: `name`, `name-2`, … */
function uniqueNames(docs: readonly SheetDocument[]): string[] {
  const used = new Set<string>();
  return docs.map((doc) => {
    let name = safeSheetName(doc.name);
    for (let i = 2; used.has(name); i++) name = safeSheetName(`${doc.name}-${i}`);
    used.add(name);
    return name;
  });
}

/** SheetDocuments as .xlsx bytes, one worksheet each, reproducible (fixed metadata, cleaned text). */
export async function sheetDocumentsXlsx(
  docs: readonly SheetDocument[],
  options: { date?: CalendarDate; onCleaned?: (report: CleanReport) => void } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ogi-ledger';
  wb.lastModifiedBy = 'ogi-ledger';
  const names = uniqueNames(docs);
  docs.forEach((doc, i) => addSheetDocument(wb, doc, names[i]));
  return xlsxBytes(wb, options.date ? toUtcMidnight(options.date) : undefined, options.onCleaned);
}
