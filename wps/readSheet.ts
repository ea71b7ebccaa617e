/**
 * Reads a WPS worksheet into a Grid in row chunks: one `Value2` per chunk, one `NumberFormat` per
 * column of the chunk (a single string when the column agrees, which it nearly always does), and
 * per-cell formats only for the numbers of a mixed column (dates are numbers with a date format).
 */
import type { Grid, CellValue, CellError } from '../core/grid';
import { columnLetter } from '../core/grid';
import { contiguousRuns } from '../pane/marking';
import { CancelledError } from '../core/errors';
import { foreignCell, foreignText } from '../core/foreignValue';
import type { EtApi, EtRange, EtWorksheet } from './etApi';

/** Cells per Value2 call: big enough that a 100,000-row sheet takes a few hundred calls. */
export const CHUNK_CELLS = 60_000;

/**
 * Error cells as WPS's JS bridge hands them over: COM's VT_ERROR codes (0x800A0000 + xlErr…), and the
 * bare xlErr numbers some builds give. Bare numbers are also ordinary numbers (2015 is a year), so a
 * code counts as an error only when the cell's text confirms it (`#N/A`…).
 */
const ERROR_TEXTS: ReadonlyMap<number, string> = new Map(
  (
    [
      [2000, '#NULL!'],
      [2007, '#DIV/0!'],
      [2015, '#VALUE!'],
      [2023, '#REF!'],
      [2029, '#NAME?'],
      [2036, '#NUM!'],
      [2042, '#N/A'],
      [2043, '#GETTING_DATA'],
      [2045, '#SPILL!'],
      [2047, '#BLOCKED!'],
      [2050, '#CALC!'],
    ] as const
  ).flatMap(([code, text]): Array<[number, string]> => [
    [code, text],
    [code - 2146828288, text],
  ]),
);

/** `A1` or `A1:C9` for a 1-based rectangle. */
export function address(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnLetter(column)}${row}`;
  return rows === 1 && columns === 1 ? start : `${start}:${columnLetter(column + columns - 1)}${row + rows - 1}`;
}

/** Value2 as rows × columns, whatever its shape (a scalar for one cell, a 2-D array otherwise). */
export function valueMatrix(value: unknown, rows: number, columns: number): unknown[][] {
  if (!Array.isArray(value)) return rows === 1 && columns === 1 ? [[value]] : [];
  return (value as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
}

/** One cell of Value2 as a Grid cell; `text` is asked only for a number that may be an error code. */
export function toCell(value: unknown, text: () => unknown): CellValue | CellError {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') {
    const error = ERROR_TEXTS.get(value);
    if (error !== undefined) {
      const shown = foreignText(text());
      if (shown.startsWith('#')) return { error: shown };
    }
    return value;
  }
  return foreignCell(value);
}

/** The used range's origin and size. */
export function usedArea(sheet: EtWorksheet): { row: number; column: number; rows: number; columns: number } {
  const used = sheet.UsedRange;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  // An empty sheet reports A1 as its used range: one empty cell.
  if (rows === 1 && columns === 1 && toCell(used.Value2, () => used.Text) === null) return { row: 1, column: 1, rows: 0, columns: 0 };
  return { row: used.Row, column: used.Column, rows, columns };
}

function cellsOf(range: EtRange, rows: number, columns: number, sheet: EtWorksheet, row: number, column: number) {
  const values = valueMatrix(range.Value2, rows, columns);
  return values.map((r, i) => r.map((v, j) => toCell(v, () => sheet.Range(address(row + i, column + j)).Text)));
}

export interface ReadOptions {
  onProgress?: (p: { rowsRead: number; totalRows: number }) => void;
  signal?: AbortSignal;
  chunkCells?: number;
}

/** Reads the used range of a sheet (values, the number formats of numbers, error cells) into a Grid. */
export function readSheetGrid(api: EtApi, name: string, options: ReadOptions = {}): Grid {
  const workbook = api.app.ActiveWorkbook;
  if (!workbook) throw new Error('没有打开的工作簿');
  const sheet = workbook.Worksheets.Item(name);
  const used = usedArea(sheet);
  const rows: Array<Array<CellValue | CellError>> = [];
  const formats: Array<Array<string | undefined>> = [];
  const chunkRows = Math.max(1, Math.floor((options.chunkCells ?? CHUNK_CELLS) / Math.max(1, used.columns)));
  for (let done = 0; done < used.rows; done += chunkRows) {
    if (options.signal?.aborted) throw new CancelledError();
    const n = Math.min(chunkRows, used.rows - done);
    const top = used.row + done;
    const cells = cellsOf(sheet.Range(address(top, used.column, n, used.columns)), n, used.columns, sheet, top, used.column);
    const chunkFormats = cells.map((r) => r.map((): string | undefined => undefined));
    for (let j = 0; j < used.columns; j++) {
      if (!cells.some((r) => typeof r[j] === 'number')) continue;
      const uniform = sheet.Range(address(top, used.column + j, n, 1)).NumberFormat;
      cells.forEach((r, i) => {
        if (typeof r[j] !== 'number') return;
        const format = typeof uniform === 'string' ? uniform : sheet.Range(address(top + i, used.column + j)).NumberFormat;
        if (typeof format === 'string' && format !== 'General' && format !== 'G/通用格式') chunkFormats[i][j] = format;
      });
    }
    rows.push(...cells);
    formats.push(...chunkFormats);
    options.onProgress?.({ rowsRead: done + n, totalRows: used.rows });
  }
  const dateSystem = workbook.Date1904 === true ? '1904' : '1900';
  return { sheet: name, rows, firstRow: used.row, firstColumn: used.column, numberFormats: formats, dateSystem };
}

/** Reads given rows over given columns (live checks), one Value2 per run of consecutive rows. */
export function readRows(
  api: EtApi,
  name: string,
  rowNumbers: readonly number[],
  firstColumn: number,
  columns: number,
): Array<{ row: number; cells: Array<CellValue | CellError> }> {
  const sheet = api.app.ActiveWorkbook?.Worksheets.Item(name);
  if (!sheet) return [];
  return contiguousRuns(rowNumbers).flatMap(([from, to]) => {
    const n = to - from + 1;
    const cells = cellsOf(sheet.Range(address(from, firstColumn, n, columns)), n, columns, sheet, from, firstColumn);
    return cells.map((c, i) => ({ row: from + i, cells: c }));
  });
}

/** All values of a sheet as rows (for the 设置 sheet), or null when the workbook has no such sheet. */
export function sheetValues(api: EtApi, name: string): Array<Array<CellValue | CellError>> | null {
  const sheet = findSheet(api, name);
  if (!sheet) return null;
  const used = usedArea(sheet);
  if (used.rows === 0) return [];
  return cellsOf(
    sheet.Range(address(used.row, used.column, used.rows, used.columns)),
    used.rows,
    used.columns,
    sheet,
    used.row,
    used.column,
  );
}

/** The sheets of the active workbook, in order. */
export function worksheets(api: EtApi): EtWorksheet[] {
  const sheets = api.app.ActiveWorkbook?.Worksheets;
  if (!sheets) return [];
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1));
}

/** A sheet by exact name, or undefined. */
export function findSheet(api: EtApi, name: string): EtWorksheet | undefined {
  return worksheets(api).find((s) => s.Name === name);
}
