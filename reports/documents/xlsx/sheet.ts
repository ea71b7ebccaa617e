import type { Workbook, Worksheet } from 'exceljs';
import { CalendarDate, toUtcMidnight } from '../../../core/dates';
import { PRECONDITION_TEXT } from '../messages';
import { estimateLines } from '../textMeasure';

/** The page footer Excel prints: `第 X 页 共 Y 页`. */
export const EXCEL_PAGE_FOOTER = '&C第 &P 页 共 &N 页';

/** The page header Excel prints on every page of a draft. */
export const EXCEL_DRAFT_HEADER = `&C&"-,Bold"&14${PRECONDITION_TEXT.draftHeader}`;

/** A worksheet set up for printing on A4, fitted to one page wide; a draft carries 草稿 in every page header. */
export function formSheet(wb: Workbook, name: string, orientation: 'portrait' | 'landscape', draft = false): Worksheet {
  return wb.addWorksheet(safeSheetName(name), {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: EXCEL_PAGE_FOOTER,
      ...(draft ? { oddHeader: EXCEL_DRAFT_HEADER } : {}),
      differentFirst: false,
      differentOddEven: false,
    },
    views: [{ showGridLines: false }],
  });
}

/** Fixed workbook metadata so the same input gives the same file. */
export function stampWorkbook(wb: Workbook, date: CalendarDate): void {
  wb.creator = 'ogi-ledger';
  wb.lastModifiedBy = 'ogi-ledger';
  wb.created = toUtcMidnight(date);
  wb.modified = toUtcMidnight(date);
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
}

/**
 * Writes text as text: exceljs turns only `{ formula }` objects into formulas, so a title such as
 * `=HYPERLINK(...)` is stored as a string and never evaluated.
 */
export function setText(ws: Worksheet, address: string, text: string): void {
  ws.getCell(address).value = text;
}

/** Merges a row across columns, writes wrapped text and sizes the row to the text. */
export function textRow(ws: Worksheet, row: number, lastColumn: string, text: string, widthPt: number, fontSize = 11): void {
  ws.mergeCells(`A${row}:${lastColumn}${row}`);
  const cell = ws.getCell(`A${row}`);
  cell.value = text;
  cell.alignment = { wrapText: true, vertical: 'top' };
  cell.font = { size: fontSize };
  ws.getRow(row).height = estimateLines(text, widthPt, fontSize) * fontSize * 1.45 + 4;
}

/** Thin borders on a rectangle of cells. */
export function boxCells(ws: Worksheet, fromRow: number, toRow: number, columns: number): void {
  const thin = { style: 'thin' as const };
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = 1; c <= columns; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}
