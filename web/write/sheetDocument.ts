import type { Workbook, Worksheet } from 'exceljs';
import type { SheetDocument, DocCell } from '../../pane/host';
import { asCalendarDate, toUtcMidnight } from '../../core/dates';

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';
}

function cellValue(cell: DocCell): string | number | Date | null {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  return toUtcMidnight(asCalendarDate(cell.date));
}

/**
 * Writes a SheetDocument (a report or print-ready form described as data) as a worksheet.
 * Strings are set as plain string values, which exceljs stores as text, never as formulas.
 */
export function addSheetDocument(wb: Workbook, doc: SheetDocument): Worksheet {
  const ws = wb.addWorksheet(safeSheetName(doc.name));
  const bold = new Set(doc.boldRows ?? []);
  doc.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.forEach((cell, j) => {
      const c = r.getCell(j + 1);
      c.value = cellValue(cell);
      if (cell !== null && typeof cell === 'object') c.numFmt = 'yyyy-mm-dd';
      if (bold.has(i)) c.font = { bold: true };
      if (doc.borderedRows && i >= doc.borderedRows.from && i <= doc.borderedRows.to) {
        const line = { style: 'thin' as const };
        c.border = { top: line, left: line, bottom: line, right: line };
      }
    });
  });
  const thin = { style: 'thin' as const };
  for (const range of doc.bordered ?? []) {
    const [from, to = from] = range.split(':');
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    for (let r = Math.min(+a.row, +b.row); r <= Math.max(+a.row, +b.row); r++) {
      for (let c = Math.min(+a.col, +b.col); c <= Math.max(+a.col, +b.col); c++) {
        ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
      }
    }
  }
  if (doc.wrapText) {
    ws.eachRow((row) => row.eachCell((cell) => (cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' })));
  }
  for (const range of doc.merges ?? []) ws.mergeCells(range);
  (doc.widths ?? []).forEach((w, j) => (ws.getColumn(j + 1).width = w));
  if (doc.print) {
    ws.pageSetup.paperSize = 9; // A4
    ws.pageSetup.orientation = doc.print.landscape ? 'landscape' : 'portrait';
    if (doc.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
    if (doc.print.repeatRows) ws.pageSetup.printTitlesRow = `${doc.print.repeatRows.from + 1}:${doc.print.repeatRows.to + 1}`;
    if (doc.print.header) ws.headerFooter.oddHeader = `&C&"-,Bold"${doc.print.header}`;
  }
  return ws;
}
