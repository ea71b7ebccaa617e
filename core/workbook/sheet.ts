import { columnLetter, type CellError, type CellValue, type Grid } from '../grid';
import type { Finding } from '../findings';
import { fromExcelSerial, toEpochDay } from '../dates';
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

/** Column (1-based) and row of an A1 reference; either is NaN where the reference lacks it. */
function parseRef(ref: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  const digits = ref.slice(i);
  return { column: i === 0 ? NaN : column, row: digits === '' ? NaN : Number(digits) };
}

/** A date serial as the Date exceljs would give (wall-clock time at UTC), or the number when it is no date. */
function serialToDate(serial: number, system: '1900' | '1904'): Date | number {
  const day = fromExcelSerial(serial, system);
  if (!day.ok) return serial;
  const fraction = serial - Math.floor(serial);
  return new Date(Math.round((toEpochDay(day.date) + fraction) * 86_400_000));
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
            sheet, row, column: columnLetter(column), field: null, severity: 'error', code: 'cell.sharedString.missing',
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
        findings.push({ sheet, row, column: columnLetter(column), field: null, severity: 'warning', code: 'cell.error', message: M.cellError(`${columnLetter(column)}${row}`, error) });
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
          const ref = a.r === undefined ? { column: NaN, row: NaN } : parseRef(a.r);
          if (Number.isNaN(row)) row = Number.isNaN(ref.row) ? lastRow + 1 : ref.row;
          column = Number.isNaN(ref.column) ? lastColumn + 1 : ref.column;
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
      if (capture === 'v') value += text;
      else if (capture === 't') inline?.push(text);
    },
  });
  return builder.finish({ merges, dateSystem });
}
