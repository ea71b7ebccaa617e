/**
 * The monthly statistics as one print-ready worksheet: the title and period, the per-department table
 * (合计, 本年累计 in bold), the notes (统计口径), then the 12 months as figures (the PDF draws them as a
 * chart). Drawn from the same TableGrids as the .xlsx and PDF renderers; statistics only, no record's
 * applicant. Pure: no exceljs, so the task pane can build it without the lazy chunk.
 */
import type { MonthlyReportModel } from '../../statistics/monthly';
import { cellAddress as a1, type DocCell, type SheetDocument } from '../../documents/sheetDocument';
import type { GridCell, TableGrid } from '../annual/tableGrid';
import { MONTHLY_TEXT as T } from './labels';
import { monthlyGrid, monthlySeriesGrid } from './table';

/** A grid cell as the sheet shows it: ratios as `87.5%` text, as the annual sheet writes them. */
function shown(cell: GridCell): DocCell {
  return cell.format === 'percent' && typeof cell.value === 'number' ? `${(cell.value * 100).toFixed(1)}%` : cell.value;
}

/** Builds the 月报 sheet document of a month's model. */
export function monthlySheetDocument(model: MonthlyReportModel): SheetDocument {
  const table = monthlyGrid(model);
  const series = monthlySeriesGrid(model);
  const width = table.columns;
  const rows: DocCell[][] = [];
  const merges: string[] = [];
  const boldRows: number[] = [];
  const bordered: string[] = [];
  const line = (text: string, bold = false) => {
    const r = rows.length;
    rows.push([text]);
    merges.push(`${a1(r, 0)}:${a1(r, width - 1)}`);
    if (bold) boldRows.push(r);
  };
  const place = (grid: TableGrid): number => {
    rows.push([]);
    boldRows.push(rows.length);
    rows.push([grid.heading]);
    const top = rows.length;
    for (let r = 0; r < grid.rows; r++) rows.push(Array.from({ length: grid.columns }, () => null));
    for (const cell of grid.cells) {
      rows[top + cell.r][cell.c] = shown(cell);
      if (cell.rowSpan > 1 || cell.colSpan > 1)
        merges.push(`${a1(top + cell.r, cell.c)}:${a1(top + cell.r + cell.rowSpan - 1, cell.c + cell.colSpan - 1)}`);
    }
    for (let r = 0; r < grid.headerRows; r++) boldRows.push(top + r);
    bordered.push(`${a1(top, 0)}:${a1(top + grid.rows - 1, grid.columns - 1)}`);
    return top;
  };

  line(T.title(model.office, model.month), true);
  line(`${model.period.from} 至 ${model.period.to}`);
  const top = place(table);
  // 合计 and 本年累计 are the table's last two rows.
  boldRows.push(top + table.rows - 2, top + table.rows - 1);
  rows.push([]);
  line(T.notesHeading, true);
  for (const note of model.notes) rows.push([note]);
  place(series);
  return {
    name: T.sheetName(model.month),
    rows,
    merges,
    boldRows,
    bordered,
    widths: table.xlsxWidths.map((w, j) => Math.max(w, series.xlsxWidths[j] ?? 0)),
    // No repeated header rows: they would print over the 12-month table too.
    print: { landscape: true, fitToWidth: true },
  };
}
