import type { Content, TableCell } from 'pdfmake/interfaces';
import { borderedTable } from '../pdf/layout';
import { GridCell, TableGrid } from './tableGrid';

/** A figure as printed: integers plainly, decimals without float noise, blank for null. */
export function formatFigure(value: number | null, format?: GridCell['format']): string {
  if (value === null) return '';
  if (format === 'percent') return `${Number((value * 100).toFixed(1))}%`;
  if (format === 'decimal1') return value.toFixed(1);
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

function pdfCell(cell: GridCell, fontSize: number): TableCell {
  const text = typeof cell.value === 'number' ? formatFigure(cell.value, cell.format) : (cell.value ?? '');
  const base = {
    text,
    fontSize,
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
  };
  // No verticalAlignment: pdfmake 0.3 draws row-spanning cells below the table with it.
  switch (cell.role) {
    case 'header':
    case 'caption':
      return { ...base, bold: true, alignment: 'center' };
    case 'note':
    case 'number':
      return { ...base, alignment: 'center' };
    case 'label':
      return { ...base, alignment: cell.rowSpan > 1 ? 'center' : 'left' };
    default:
      return base;
  }
}

/** Draws a {@link TableGrid} as a bordered pdfmake table: merged cells, header rows repeated, rows never split. */
export function gridToPdfTable(grid: TableGrid): Content {
  const body: TableCell[][] = Array.from({ length: grid.rows }, () => Array.from({ length: grid.columns }, (): TableCell => ({})));
  for (const cell of grid.cells) body[cell.r]![cell.c] = pdfCell(cell, grid.pdfFontSize);
  return borderedTable(body, {
    widths: grid.pdfWidths.map((w) => (w === 0 ? '*' : w)),
    headerRows: grid.headerRows,
  });
}
