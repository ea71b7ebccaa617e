/**
 * Reads a worksheet's used range into a Grid, in row chunks sized so that each request stays under
 * ~4 MB (Excel on the web refuses responses over 5 MB), with exactly one `context.sync()` per chunk.
 */
import type { Grid, CellValue, CellError } from '../../core/grid';
import { a1, probeDateSystem, type ExcelApi } from './api';
import { CancelledError } from '../../core/errors';
import { foreignCell, foreignText } from '../../core/foreignValue';
import { features } from './features';
import { contiguousRuns } from '../../pane/marking';

export { contiguousRuns };

/** Response budget per request in bytes (web limit is 5 MB; keep a margin). */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Rows in the first chunk, before the real size of a row is known. */
const FIRST_CHUNK_CELLS = 20_000;

export interface ReadOptions {
  onProgress?: (p: { rowsRead: number; totalRows: number }) => void;
  signal?: AbortSignal;
  budgetBytes?: number;
}

/** Bytes a chunk's payload takes on the wire (values + number formats + value types as JSON). */
export function payloadBytes(values: unknown[][], formats: unknown[][], types: unknown[][]): number {
  return utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formats)) + utf8Length(JSON.stringify(types));
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Reads the used range of `sheetName` (values, number formats, error cells) into a Grid. */
export async function readSheetGrid(api: ExcelApi, sheetName: string, options: ReadOptions = {}): Promise<Grid> {
  return api.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = features(api).valuesOnlyUsedRange ? sheet.getUsedRange(true) : sheet.getUsedRange();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const dateSystem = probeDateSystem(api, context);
    await context.sync();
    return readChunks(context, sheet, sheetName, used, options, dateSystem());
  });
}

/** Reads a named Excel table (header row included) into a Grid of its worksheet. */
export async function readTableGrid(api: ExcelApi, tableName: string, options: ReadOptions = {}): Promise<Grid> {
  return api.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const range = table.getRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    const sheet = table.worksheet;
    sheet.load('name');
    const dateSystem = probeDateSystem(api, context);
    await context.sync();
    return readChunks(context, sheet, sheet.name, range, options, dateSystem());
  });
}

/** The chunk loop shared by sheet and table reads: one sync per chunk, sized from measured rows. */
async function readChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  options: ReadOptions,
  dateSystem: '1900' | '1904',
): Promise<Grid> {
  const budget = (options.budgetBytes ?? REQUEST_BUDGET_BYTES) / 2; // rows differ in size: keep half in reserve
  const firstRow = used.rowIndex + 1;
  const firstColumn = used.columnIndex + 1;
  const totalRows = used.rowCount;
  const columns = used.columnCount;
  const rows: Array<Array<CellValue | CellError>> = [];
  const formats: Array<Array<string | undefined>> = [];
  let chunkRows = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / columns));
  let bytesPerRow = 0;
  for (let done = 0; done < totalRows;) {
    if (options.signal?.aborted) throw new CancelledError();
    const n = Math.min(chunkRows, totalRows - done);
    const range = sheet.getRange(a1(firstRow + done, firstColumn, n, columns));
    range.load('values,numberFormat,valueTypes');
    await context.sync();
    const values = range.values as unknown[][];
    const numberFormats = range.numberFormat as unknown[][];
    const types = range.valueTypes as string[][];
    for (let i = 0; i < values.length; i++) {
      rows.push(values[i].map((v, j) => toCell(v, types[i]?.[j])));
      formats.push(numberFormats[i].map((f) => (typeof f === 'string' && f !== 'General' ? f : undefined)));
    }
    bytesPerRow = Math.max(bytesPerRow, payloadBytes(values, numberFormats, types) / n);
    done += n;
    chunkRows = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
    options.onProgress?.({ rowsRead: done, totalRows });
  }
  return { sheet: sheetName, rows, firstRow, firstColumn, numberFormats: formats, dateSystem };
}

/** Reads selected rows (live checks): returns each row's cells over the given columns. */
export async function readRows(
  api: ExcelApi,
  sheetName: string,
  rowNumbers: readonly number[],
  firstColumn: number,
  columns: number,
): Promise<Array<{ row: number; cells: Array<CellValue | CellError> }>> {
  if (rowNumbers.length === 0) return [];
  return api.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const runs = contiguousRuns(rowNumbers);
    const ranges = runs.map(([from, to]) => {
      const r = sheet.getRange(a1(from, firstColumn, to - from + 1, columns));
      r.load('values,valueTypes');
      return { from, r };
    });
    await context.sync();
    const out: Array<{ row: number; cells: Array<CellValue | CellError> }> = [];
    for (const { from, r } of ranges) {
      (r.values as unknown[][]).forEach((vals, i) => {
        out.push({ row: from + i, cells: vals.map((v, j) => toCell(v, (r.valueTypes as string[][])[i]?.[j])) });
      });
    }
    return out;
  });
}

function toCell(value: unknown, type: string | undefined): CellValue | CellError {
  return type === 'Error' ? { error: foreignText(value) } : foreignCell(value);
}
