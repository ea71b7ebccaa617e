import { columnLetter, type CellError, type CellValue, type Grid } from '../grid';
import type { Finding } from '../findings';
import { GridBuilder, type CellBudget } from './gridBuilder';
import type { ReaderLimits } from './limits';
import { workbookMessages as M } from './messages';
import { isDateFormat } from './numberFormats';
import { streamXml } from './xml';
import type { ZipArchive, ZipEntry } from './zip';

/** What every sheet of one workbook is read with: the parts read before any sheet. */
export interface SheetContext {
  readonly zip: ZipArchive;
  readonly file: string;
  readonly limits: ReaderLimits;
  readonly sharedStrings: readonly string[];
  /** Number format code per cell style index. */
  readonly cellFormats: readonly string[];
  readonly dateSystem: '1900' | '1904';
  readonly findings: Finding[];
  readonly budget: CellBudget;
  /** Called with the number of rows read so far in the whole workbook, now and then. */
  readonly onRow?: () => void;
}

/** The 1-based column of an A1 reference (`XFD12` → 16384), NaN when it has no letters. */
function refColumn(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  return i === 0 ? NaN : column;
}

/** The row of an A1 reference, NaN when it has no digits. */
function refRow(ref: string): number {
  const digits = ref.replace(/^[A-Za-z]+/, '');
  return digits === '' ? NaN : Number(digits);
}

// Excel's last date, 9999-12-31, is serial 2,958,465 (1900 system); day 0 of each system in days since 1970-01-01.
const MAX_SERIAL = 2_958_465;
const EPOCH_1900 = -25_569;
const EPOCH_1904 = -24_107;

/**
 * A date serial as the Date exceljs would give (wall-clock time at UTC), or the number when it is no date:
 * the same rule as core/dates' fromExcelSerial (the fake 1900-02-29, serial 60, is no date), in arithmetic
 * because it runs for every date cell.
 */
function serialToDate(serial: number, system: '1900' | '1904'): Date | number {
  const whole = Math.floor(serial);
  let day: number;
  if (system === '1904') {
    if (!(whole >= 0 && whole <= MAX_SERIAL - 1462)) return serial;
    day = EPOCH_1904 + whole;
  } else {
    if (!(whole >= 1 && whole <= MAX_SERIAL) || whole === 60) return serial;
    day = EPOCH_1900 + whole + (whole < 60 ? 1 : 0);
  }
  return new Date(Math.round((day + serial - whole) * 86_400_000));
}

/**
 * Streams one worksheet into a Grid. Rows and cells without `r` follow the one before, attributes in
 * either quote style, shared/inline/rich strings, booleans, ISO dates (`t="d"`), cached formula results and
 * error values (`t="e"`, each also a finding) are all read; a shared string that does not exist is a finding.
 */
export function readWorksheet(ctx: SheetContext, entry: ZipEntry, sheet: string): Grid {
  const { sharedStrings, cellFormats, dateSystem, findings } = ctx;
  const builder = new GridBuilder(sheet, findings, ctx.limits, ctx.budget);
  const dateStyles = cellFormats.map((f) => isDateFormat(f));
  const merges: string[] = [];
  let lastRow = 0;
  let row = NaN;
  let lastColumn = 0;
  let column = 0;
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let inline: string[] | undefined;
  let capture: 'v' | 't' | undefined;
  let phonetic = 0;

  // No closure is created per cell: under tsx every function expression also costs a __name call.
  function finishCell(): void {
    let cell: CellValue | CellError;
    switch (type) {
      case 's': {
        if (value === undefined) return;
        const index = Number(value);
        const text = Number.isInteger(index) && index >= 0 ? sharedStrings[index] : undefined;
        if (text === undefined) {
          findings.push({
            sheet,
            row,
            column: columnLetter(column),
            field: null,
            severity: 'error',
            code: 'cell.sharedString.missing',
            message: M.sharedStringMissing(`${columnLetter(column)}${row}`, value.trim(), sharedStrings.length),
          });
          return;
        }
        cell = text;
        break;
      }
      case 'inlineStr':
        if (inline === undefined) return;
        cell = inline.join('');
        break;
      case 'str':
        if (value === undefined) return;
        cell = value;
        break;
      case 'b':
        if (value === undefined) return;
        cell = value.trim() === '1' || value.trim() === 'true';
        break;
      case 'e': {
        const error = (value ?? '').trim() || '#VALUE!';
        cell = { error };
        findings.push({
          sheet,
          row,
          column: columnLetter(column),
          field: null,
          severity: 'warning',
          code: 'cell.error',
          message: M.cellError(`${columnLetter(column)}${row}`, error),
        });
        break;
      }
      case 'd': {
        if (value === undefined) return;
        const t = Date.parse(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim());
        cell = Number.isNaN(t) ? value : new Date(t);
        break;
      }
      default: {
        if (value === undefined || value.trim() === '') return;
        const n = Number(value);
        if (Number.isNaN(n)) {
          cell = value;
          break;
        }
        if (dateStyles[style]) {
          builder.set(row, column, serialToDate(n, dateSystem));
          return;
        }
        builder.set(row, column, n, cellFormats[style]);
        return;
      }
    }
    builder.set(row, column, cell);
  }

  streamXml(ctx.zip, entry, ctx.file, ctx.limits, {
    open(name, a) {
      switch (name) {
        case 'row':
          row = a.r === undefined ? NaN : Number(a.r);
          lastColumn = 0;
          break;
        case 'c': {
          const ref = a.r;
          if (Number.isNaN(row)) {
            const fromRef = ref === undefined ? NaN : refRow(ref);
            row = Number.isNaN(fromRef) ? lastRow + 1 : fromRef;
          }
          const fromRef = ref === undefined ? NaN : refColumn(ref);
          column = Number.isNaN(fromRef) ? lastColumn + 1 : fromRef;
          type = a.t ?? 'n';
          style = a.s === undefined ? 0 : Number(a.s);
          value = undefined;
          inline = undefined;
          break;
        }
        case 'v':
          capture = 'v';
          value = '';
          break;
        case 'is':
          inline = [];
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inline !== undefined && phonetic === 0) capture = 't';
          break;
        case 'mergeCell':
          if (a.ref && a.ref.includes(':')) merges.push(a.ref.toUpperCase());
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = undefined;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          finishCell();
          lastColumn = column;
          break;
        case 'row':
          lastRow = Number.isNaN(row) ? lastRow + 1 : row;
          row = NaN;
          ctx.onRow?.();
          break;
      }
    },
    text(text) {
      // value is '' from the <v> tag on, whenever capture is 'v'.
      if (capture === 'v') value = (value ?? '') + text;
      else if (capture === 't') inline?.push(text);
    },
  });
  return builder.finish({ merges, dateSystem });
}
