import type { Borders, Worksheet } from 'exceljs';
import { columnLetter } from '../../../core/grid';
import { CellRole, GridCell, TableGrid } from './tableGrid';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
/** Thin black border on all four sides. */
export const ALL_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Display width of text in Excel character units (CJK and full-width count double). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return w;
}

function styleCell(role: CellRole, cell: ReturnType<Worksheet['getCell']>, fontSize: number): void {
  const bold = role === 'header' || role === 'caption';
  cell.font = { name: '宋体', size: fontSize, bold };
  cell.alignment = {
    vertical: 'middle',
    horizontal: role === 'label' || role === 'text' ? 'left' : 'center',
    wrapText: true,
  };
  cell.border = ALL_BORDERS;
}

/** Excel address (A1) of a grid cell placed with its top-left at (`top`, `left`), 1-based. */
export function gridAddress(cell: Pick<GridCell, 'r' | 'c'>, top: number, left = 1): string {
  return `${columnLetter(cell.c + left)}${cell.r + top}`;
}

/**
 * Writes a {@link TableGrid} into a worksheet from row `top`: merged cells, borders on every
 * cell (also inside merges), numbers as numbers, blank for null; sets the column widths and the
 * heights of rows whose text wraps. Returns the next free row.
 */
export function writeGrid(ws: Worksheet, grid: TableGrid, top: number, fontSize = 11): number {
  grid.xlsxWidths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, w);
  });
  const lines = new Array<number>(grid.rows).fill(1);
  for (const cell of grid.cells) {
    for (let r = cell.r; r < cell.r + cell.rowSpan; r++) {
      for (let c = cell.c; c < cell.c + cell.colSpan; c++) {
        ws.getCell(gridAddress({ r, c }, top)).border = ALL_BORDERS;
      }
    }
    if (cell.rowSpan > 1 || cell.colSpan > 1) {
      ws.mergeCells(cell.r + top, cell.c + 1, cell.r + top + cell.rowSpan - 1, cell.c + cell.colSpan);
    }
    const target = ws.getCell(gridAddress(cell, top));
    // Strings stay strings (exceljs never turns a string into a formula); null leaves the cell empty.
    if (cell.value !== null) target.value = cell.value;
    styleCell(cell.role, target, fontSize);
    if (cell.bold) target.font = { ...target.font, bold: true };
    if (cell.format === 'percent') target.numFmt = '0.0%';
    else if (cell.format === 'decimal1') target.numFmt = '0.0';
    if (typeof cell.value === 'string' && cell.rowSpan === 1) {
      const width = grid.xlsxWidths.slice(cell.c, cell.c + cell.colSpan).reduce((s, w) => s + w, 0);
      lines[cell.r] = Math.max(lines[cell.r], Math.ceil((textWidth(cell.value) * fontSize) / 11 / Math.max(width - 1, 1)));
    }
  }
  lines.forEach((n, r) => {
    if (n > 1) ws.getRow(r + top).height = 15 * n;
  });
  return top + grid.rows;
}

/** A text line merged across `columns` columns (headings, sentences). */
export function writeLine(
  ws: Worksheet,
  row: number,
  columns: number,
  text: string,
  style: { size?: number; bold?: boolean; height?: number; center?: boolean } = {},
): void {
  if (columns > 1) ws.mergeCells(row, 1, row, columns);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: '宋体', size: style.size ?? 11, bold: style.bold ?? false };
  cell.alignment = { vertical: 'middle', horizontal: style.center ? 'center' : 'left', wrapText: true };
  if (style.height) ws.getRow(row).height = style.height;
}
