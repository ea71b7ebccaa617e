/**
 * The annual report as one worksheet in the official layout: the title, then tables 二, 三 and 四
 * under their section headings, drawn from the same TableGrids as the .xlsx and PDF renderers.
 */
import type { AnnualReportModel } from '../../statistics/model';
import { incompleteLine } from '../../statistics/checks';
import { cellAddress as a1, type DocCell, type SheetDocument } from '../../documents/sheetDocument';
import { table2Grid, table3Grid, table4Grid } from './tables';
import type { TableGrid } from './tableGrid';

/** Builds the 年报 sheet document for a year's model. */
export function annualSheetDocument(model: AnnualReportModel): SheetDocument {
  const grids: TableGrid[] = [table2Grid(model), table3Grid(model), table4Grid(model)];
  const width = Math.max(...grids.map((g) => g.columns));
  const rows: DocCell[][] = [];
  const merges: string[] = [];
  const boldRows: number[] = [];
  // No invented 本机关: a missing name is named in the 不完整 line under the title.
  const title = `${model.office}${model.year}年政府信息公开工作年度报告（统计表）`;
  rows.push([title]);
  merges.push(`${a1(0, 0)}:${a1(0, width - 1)}`);
  boldRows.push(0);
  const incomplete = incompleteLine(model);
  if (incomplete) {
    rows.push([incomplete]);
    merges.push(`${a1(1, 0)}:${a1(1, width - 1)}`);
    boldRows.push(1);
  }
  const bordered: string[] = [];
  for (const grid of grids) {
    rows.push([]);
    const headingRow = rows.length;
    rows.push([grid.heading]);
    boldRows.push(headingRow);
    const top = rows.length;
    for (let r = 0; r < grid.rows; r++) rows.push(Array.from({ length: width }, () => null));
    for (const cell of grid.cells) {
      rows[top + cell.r][cell.c] =
        cell.format === 'percent' && typeof cell.value === 'number' ? `${(cell.value * 100).toFixed(1)}%` : cell.value;
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        merges.push(`${a1(top + cell.r, cell.c)}:${a1(top + cell.r + cell.rowSpan - 1, cell.c + cell.colSpan - 1)}`);
      }
    }
    for (let r = 0; r < grid.headerRows; r++) boldRows.push(top + r);
    bordered.push(`${a1(top, 0)}:${a1(top + grid.rows - 1, grid.columns - 1)}`);
  }
  if (model.text) {
    rows.push([], [model.text.overview], [model.text.fees]);
  }
  const failed = model.checks.filter((c) => !c.ok);
  rows.push(
    [],
    [
      incomplete
        ? `报告状态：不完整。${failed.length} 项未通过。`
        : failed.length === 0
          ? '勾稽关系检查：全部通过。'
          : `勾稽关系检查：${failed.length} 项未通过。`,
    ],
  );
  for (const c of failed) rows.push([c.message]);
  const widths = Array.from({ length: width }, (_, j) => Math.max(...grids.map((g) => g.xlsxWidths[j] ?? 8)));
  return {
    name: `年报${model.year}`,
    rows,
    merges,
    boldRows,
    bordered,
    widths,
    print: { landscape: false, fitToWidth: true },
  };
}
