import ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import { isCellError } from '../../core/grid';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';
import { appealsGrid } from '../fixtures/grids/appeals';

/** The day the messy fixtures are checked on. */
export const MESSY_TODAY = APPLICATIONS_TODAY;

function addGrid(wb: ExcelJS.Workbook, grid: Grid): void {
  const ws = wb.addWorksheet(grid.sheet);
  grid.rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell === null) return;
      const c = ws.getCell(grid.firstRow + i, grid.firstColumn + j);
      c.value = isCellError(cell) ? { error: cell.error as ExcelJS.CellErrorValue['error'] } : cell;
      if (cell instanceof Date) c.numFmt = 'yyyy-mm-dd';
    });
  });
  for (const m of grid.merges ?? []) ws.mergeCells(m);
}

/**
 * The three messy ledgers of test/fixtures/grids (title rows, two-row headers, dates in every
 * form, planted mistakes) as one .xlsx workbook, with a formula-looking text and a 设置 sheet.
 */
export async function messyWorkbookBytes(options: { settings?: string[][] } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addGrid(wb, applicationsGrid());
  addGrid(wb, catalogueGrid());
  addGrid(wb, appealsGrid());
  if (options.settings) {
    const ws = wb.addWorksheet('设置');
    for (const r of options.settings) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
