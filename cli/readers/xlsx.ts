import * as fs from 'node:fs';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { CellError, CellValue, Grid, columnLetter } from '../../core/grid';
import { Finding } from '../../core/findings';
import { toGridValue } from '../../core/cells/excelValue';
import { mergesInTail, sheetDataOnly } from './sheetFilter';
import { readerMessages } from './messages';

/** One worksheet as read, before it is sorted into data, settings and extra sheets. */
export interface ReadSheet {
  name: string;
  grid: Grid;
}

/** What the streaming reader hands us per cell (exceljs's types drift from its code, so we name only what we use). */
interface StreamCell {
  value: unknown;
  numFmt?: string;
}
interface StreamRow {
  number: number;
  eachCell(options: { includeEmpty: boolean }, fn: (cell: StreamCell, column: number) => void): void;
}
interface StreamWorksheet extends AsyncIterable<StreamRow> {
  name: string;
}
interface ReaderInternals {
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  workbookRels?: Array<{ Target: string }>;
  model?: unknown;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Iterable<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
  properties?: { model?: { date1904?: boolean } };
}

/** A transform that turns UTF-8 bytes into strings without splitting a character between chunks. */
function utf8Strings(): Transform {
  const decoder = new StringDecoder('utf8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      const text = decoder.write(chunk);
      done(null, text === '' ? undefined : text);
    },
    flush(done) {
      const text = decoder.end();
      done(null, text === '' ? undefined : text);
    },
  });
}

/** Reads every worksheet of an .xlsx with exceljs's streaming reader (constant memory per row, no data-validation expansion). */
export async function readXlsxSheets(path: string, onProgress?: (rows: number) => void): Promise<{ sheets: ReadSheet[]; findings: Finding[] }> {
  const first = await readXlsxOnce(path, undefined, onProgress);
  // exceljs may hand a sheet over before it has read the 1904 flag of workbook.xml; when the flag
  // seen at the end differs from the one a sheet was read with, read once more knowing it (rare).
  if (first.sheets.every((s) => s.grid.dateSystem === first.dateSystem)) return first;
  return readXlsxOnce(path, first.dateSystem === '1904', onProgress);
}

async function readXlsxOnce(
  path: string, known1904: boolean | undefined, onProgress?: (rows: number) => void,
): Promise<{ sheets: ReadSheet[]; findings: Finding[]; dateSystem: '1900' | '1904' }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(path, { flags: 'r' }), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  // Sheets are read one after another, so the tail seen last belongs to the sheet just finished.
  let lastMerges: string[] = [];
  const original = internals._parseWorksheet.bind(reader);
  // Pre-filter each sheet's XML: only <sheetData> goes to exceljs; merges are taken from the tail.
  internals._parseWorksheet = (iterator, sheetNo) =>
    original(sheetDataOnly(iterator, (tail) => (lastMerges = mergesInTail(tail))), sheetNo);

  // Some writers give absolute part names (`/xl/worksheets/sheet1.xml`); exceljs matches sheets to
  // their names only by the relative form, so normalise the targets.
  // exceljs also assumes workbook.xml comes before the sheets in the zip: it reads a sheet at once when
  // the relationships are known and then needs the sheet list. Withholding the relationships until
  // workbook.xml is read makes earlier sheets wait (exceljs parks them in temporary files).
  const originalRels = internals._parseRels.bind(reader);
  const originalWorkbook = internals._parseWorkbook.bind(reader);
  let pendingRels: Array<{ Target: string }> | undefined;
  internals._parseRels = async (entry) => {
    await originalRels(entry);
    for (const rel of internals.workbookRels ?? []) rel.Target = rel.Target.replace(/^\/?xl\//, '');
    if (!internals.model) {
      pendingRels = internals.workbookRels;
      internals.workbookRels = undefined;
    }
  };
  internals._parseWorkbook = async (entry) => {
    await originalWorkbook(entry);
    if (pendingRels) internals.workbookRels = pendingRels;
    pendingRels = undefined;
  };
  // Shared strings get the same stream-safe UTF-8 decoding as the sheets.
  const originalStrings = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = (entry) => originalStrings(entry.pipe(utf8Strings()));

  const sheets: ReadSheet[] = [];
  const findings: Finding[] = [];
  let totalRows = 0;
  for await (const ws of reader as unknown as AsyncIterable<StreamWorksheet>) {
    lastMerges = [];
    const date1904 = known1904 ?? Boolean(internals.properties?.model?.date1904);
    const rows: Array<Array<CellValue | CellError>> = [];
    const formats: Array<Array<string | undefined>> = [];
    let anyFormat = false;
    for await (const row of ws) {
      const index = row.number - 1;
      while (rows.length < index) rows.push([]);
      const cells: Array<CellValue | CellError> = [];
      let rowFormats: Array<string | undefined> | undefined;
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const numFmt = cell.numFmt;
        const value = toGridValue(cell.value, numFmt, date1904);
        while (cells.length < column - 1) cells.push(null);
        cells[column - 1] = value;
        if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
          findings.push({
            sheet: ws.name, row: row.number, column: columnLetter(column), field: null, severity: 'warning',
            code: 'cell.error', message: readerMessages.cellError(`${columnLetter(column)}${row.number}`, value.error),
          });
        }
        // Number formats only where they carry meaning for a number (cheap and sparse).
        if (typeof value === 'number' && numFmt && numFmt !== 'General') {
          rowFormats ??= [];
          rowFormats[column - 1] = numFmt;
          anyFormat = true;
        }
      });
      rows[index] = cells;
      if (rowFormats) formats[index] = rowFormats;
      totalRows++;
      if (onProgress && totalRows % 5000 === 0) onProgress(totalRows);
    }
    sheets.push({
      name: ws.name,
      grid: {
        sheet: ws.name, rows, firstRow: 1, firstColumn: 1,
        numberFormats: anyFormat ? formats : undefined,
        merges: lastMerges,
        dateSystem: date1904 ? '1904' : '1900',
      },
    });
  }
  return { sheets, findings, dateSystem: (known1904 ?? internals.properties?.model?.date1904) ? '1904' : '1900' };
}
