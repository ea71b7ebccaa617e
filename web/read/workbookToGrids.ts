import type { Workbook, Worksheet } from 'exceljs';
import { toGridValue } from '../../core/cells/excelValue';
import type { CellError, CellValue, Grid } from '../../core/grid';

/** Name of the sheet that carries the settings (never read as a ledger). */
export const SETTINGS_SHEET = '设置';

/** One worksheet as a Grid: values, number formats, merges, the workbook's date system. */
export function worksheetToGrid(
  ws: Worksheet,
  dateSystem: '1900' | '1904',
  onRows?: (done: number, total: number) => void,
): Grid {
  const rows: Array<Array<CellValue | CellError>> = [];
  const formats: Array<Array<string | undefined>> = [];
  const rowCount = ws.actualRowCount > 0 ? ws.rowCount : 0;
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const values: Array<CellValue | CellError> = [];
    const fmts: Array<string | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      while (values.length < col - 1) {
        values.push(null);
        fmts.push(undefined);
      }
      const fmt = cell.numFmt;
      // exceljs repeats a merged range's value in every cell of it; a workbook (and the CLI reader) holds it in the top-left one only.
      const slave = cell.isMerged && cell.master.address !== cell.address;
      const value = slave ? null : toGridValue(cell.value, fmt, dateSystem === '1904');
      values.push(value);
      // Like the CLI reader: formats only where they give a number its meaning.
      fmts.push(typeof value === 'number' && fmt && fmt !== 'General' ? fmt : undefined);
    });
    rows.push(values);
    formats.push(fmts);
    if (onRows && r % 5000 === 0) onRows(r, rowCount);
  }
  // Drop trailing empty rows left behind by formatting.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null || c === '')) {
    rows.pop();
    formats.pop();
  }
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return { sheet: ws.name, rows, firstRow: 1, firstColumn: 1, numberFormats: formats, merges: [...merges], dateSystem };
}

/** All sheets of a workbook: the ledgers, and the `设置` sheet apart. Hidden helper sheets are kept (the checker skips what it cannot map). */
export function workbookToGrids(
  wb: Workbook,
  onRows?: (sheet: string, done: number, total: number) => void,
): { grids: Grid[]; settingsSheet?: Grid } {
  const dateSystem: '1900' | '1904' = (wb.properties as { date1904?: boolean } | undefined)?.date1904 ? '1904' : '1900';
  const grids: Grid[] = [];
  let settingsSheet: Grid | undefined;
  const sheets = wb.worksheets;
  for (const ws of sheets) {
    const grid = worksheetToGrid(ws, dateSystem, onRows && ((done, total) => onRows(ws.name, done, total)));
    if (ws.name === SETTINGS_SHEET) settingsSheet = grid;
    else grids.push(grid);
  }
  return { grids, settingsSheet };
}
