/** A cell value as read from any source, before mapping. Dates from exceljs arrive as JS Dates. */
export type CellValue = string | number | boolean | Date | null;

/** An error cell such as `#N/A` — kept apart so validation can report it instead of reading it as text. */
export interface CellError {
  readonly error: string;
}

/** One sheet as rows of cells, with enough origin to point every finding at an Excel address. */
export interface Grid {
  /** Sheet name (or file name for CSV). */
  readonly sheet: string;
  /** rows[i][j] is the cell at Excel row `firstRow + i`, column `firstColumn + j` (1-based). */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | CellError>>;
  /** Excel row number of rows[0] (1-based). */
  readonly firstRow: number;
  /** Excel column number of rows[i][0] (1-based). */
  readonly firstColumn: number;
  /** Number formats where known, same shape as rows (sparse). */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined>>;
  /** Merged ranges in Excel A1 notation (`A1:C1`), where known. */
  readonly merges?: readonly string[];
  /** The workbook's date system for numeric serials. */
  readonly dateSystem?: '1900' | '1904';
}

/** True when a cell is an Excel error value. */
export function isCellError(value: CellValue | CellError | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

/** Excel column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based column number for Excel letters (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
