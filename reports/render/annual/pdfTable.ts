import type { Content, TableCell } from 'pdfmake/interfaces';
import { A4_MARGINS, borderedTable } from '../pdf/layout';
import { REPORT_TEXT } from './labels';
import { GridCell, TableGrid } from './tableGrid';

/** A4 portrait width in points, less the page margins: what a table may span. */
export const CONTENT_WIDTH = 595.28 - (A4_MARGINS as number[])[0] - (A4_MARGINS as number[])[2];
const CELL_PADDING = 3 + 3;
const RULE = 0.5;
const WORDS = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** The drawn width of each column in points: fixed ones as given, `0` (share) splitting what is left. */
export function columnWidths(grid: TableGrid): number[] {
  const fixed = grid.pdfWidths.reduce((sum, w) => sum + w, 0);
  const shared = grid.pdfWidths.filter((w) => w === 0).length;
  const overhead = grid.columns * CELL_PADDING + (grid.columns + 1) * RULE;
  const share = shared > 0 ? Math.max(0, (CONTENT_WIDTH - fixed - overhead) / shared) : 0;
  return grid.pdfWidths.map((w) => (w === 0 ? share : w));
}

/**
 * A header broken between words where it would not fit its cell (商业/企业, not 商业企/业): pdfmake breaks
 * CJK text at any character, so the breaks are placed first. Text that fits, or one word too long for
 * any line, is left as it is.
 */
export function breakBetweenWords(text: string, charsPerLine: number): string {
  if (!WORDS || charsPerLine < 1 || [...text].length <= charsPerLine || text.includes('\n')) return text;
  const lines: string[] = [];
  let line = '';
  for (const { segment } of WORDS.segment(text)) {
    if (line && [...line].length + [...segment].length > charsPerLine) {
      lines.push(line);
      line = '';
    }
    line += segment;
  }
  if (line) lines.push(line);
  return lines.every((l) => [...l].length <= charsPerLine) ? lines.join('\n') : text;
}

/** A figure as printed: integers plainly, decimals without float noise, blank for null. */
export function formatFigure(value: number | null, format?: GridCell['format']): string {
  if (value === null) return '';
  if (format === 'percent') return `${Number((value * 100).toFixed(1))}%`;
  if (format === 'decimal1') return value.toFixed(1);
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

function pdfCell(cell: GridCell, fontSize: number, width: number): TableCell {
  const shown = typeof cell.value === 'number' ? formatFigure(cell.value, cell.format) : (cell.value ?? '');
  const text = cell.role === 'header' ? breakBetweenWords(shown, Math.floor(width / fontSize)) : shown;
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
      return { ...base, alignment: 'center' };
    case 'number':
      // Centred in tall rows too; only cells of one row, since row-spanning ones are drawn wrongly with it.
      return {
        ...base,
        alignment: 'center',
        ...(cell.rowSpan === 1 ? { verticalAlignment: 'middle' as const } : {}),
        ...(cell.toFill ? { text: REPORT_TEXT.toFill, color: '#808080' } : {}),
      };
    case 'label':
      return { ...base, alignment: cell.rowSpan > 1 ? 'center' : 'left' };
    default:
      return base;
  }
}

/** Draws a {@link TableGrid} as a bordered pdfmake table: merged cells, header rows repeated, rows never split. */
export function gridToPdfTable(grid: TableGrid): Content {
  const body: TableCell[][] = Array.from({ length: grid.rows }, () => Array.from({ length: grid.columns }, (): TableCell => ({})));
  const widths = columnWidths(grid);
  for (const cell of grid.cells) {
    const spanned = widths.slice(cell.c, cell.c + cell.colSpan).reduce((sum, w) => sum + w, 0);
    const width = spanned + (cell.colSpan - 1) * (CELL_PADDING + RULE);
    body[cell.r][cell.c] = pdfCell(cell, grid.pdfFontSize, width);
  }
  return borderedTable(body, {
    widths: grid.pdfWidths.map((w) => (w === 0 ? '*' : w)),
    headerRows: grid.headerRows,
  });
}
