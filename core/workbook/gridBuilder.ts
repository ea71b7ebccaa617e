import { columnLetter, type CellError, type CellValue, type Grid } from '../grid';
import type { Finding } from '../findings';
import { UnreadableWorkbook } from './errors';
import type { ReaderLimits } from './limits';
import { workbookMessages as M } from './messages';

/** Cells held so far by one read, shared by all its sheets, against `maxCells`. */
export interface CellBudget {
  used: number;
  readonly file: string;
}

type Cell = CellValue | CellError;
// Rows that hold no cell share this one empty array: a gap of many rows costs a pointer per row, no more.
const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];

/**
 * Collects the cells of one sheet into a Grid under the reader's limits: cells past row 1,048,576 or
 * column XFD are named in findings and never allocated, over-long text is truncated with a finding, and
 * the cells of the whole read are counted against `maxCells`.
 */
export class GridBuilder {
  private readonly rows: Cell[][] = [];
  private readonly formats: Array<Array<string | undefined>> = [];
  private anyFormat = false;
  private beyond = 0;
  private tooLong = 0;

  constructor(
    readonly sheet: string,
    private readonly findings: Finding[],
    private readonly limits: ReaderLimits,
    private readonly budget: CellBudget,
  ) {}

  /** Puts a value at 1-based (row, column); `format` is kept for numbers whose format is not General. */
  set(row: number, column: number, value: Cell, format?: string): void {
    const { maxRows, maxColumns } = this.limits;
    if (!(row >= 1 && row <= maxRows && column >= 1 && column <= maxColumns && Number.isInteger(row) && Number.isInteger(column))) {
      this.beyondGrid(row, column);
      return;
    }
    let cells = this.rows[row - 1];
    if (cells === undefined || cells === EMPTY_ROW) {
      while (this.rows.length < row - 1) this.rows.push(EMPTY_ROW);
      cells = [];
      this.rows[row - 1] = cells;
    }
    const added = column - cells.length;
    if (added > 0) {
      this.budget.used += added;
      if (this.budget.used > this.limits.maxCells)
        throw new UnreadableWorkbook('cells.tooMany', M.tooManyCells(this.budget.file, this.limits.maxCells));
      while (cells.length < column - 1) cells.push(null);
      cells.push(typeof value === 'string' ? this.text(value, row, column) : value);
    } else {
      cells[column - 1] = typeof value === 'string' ? this.text(value, row, column) : value;
    }
    if (format !== undefined && typeof value === 'number' && format !== 'General') {
      (this.formats[row - 1] ??= [])[column - 1] = format;
      this.anyFormat = true;
    }
  }

  private text(value: string, row: number, column: number): string {
    const max = this.limits.maxCellChars;
    if (value.length <= max) return value;
    this.tooLong++;
    if (this.tooLong <= this.limits.listedPerKind) {
      const address = `${columnLetter(column)}${row}`;
      this.findings.push({
        sheet: this.sheet,
        row,
        column: columnLetter(column),
        field: null,
        severity: 'warning',
        code: 'cell.text.tooLong',
        message: M.cellTooLong(address, value.length, max, value.slice(0, this.limits.previewChars)),
      });
    }
    return value.slice(0, max);
  }

  private beyondGrid(row: number, column: number): void {
    this.beyond++;
    if (this.beyond > this.limits.listedPerKind) return;
    const letters = column >= 1 && column <= 1e6 ? columnLetter(column) : `第${column}列`;
    this.findings.push({
      sheet: this.sheet,
      row: Number.isFinite(row) ? row : null,
      column: column >= 1 && column <= 1e6 ? letters : null,
      field: null,
      severity: 'error',
      code: 'cell.beyondGrid',
      message: M.beyondGrid(`${letters}${row}`, this.limits.maxRows, this.limits.maxColumns),
    });
  }

  /** The Grid of the cells set so far (trailing rows without a value dropped), with the closing counts as findings. */
  finish(extra: { merges?: string[]; dateSystem: '1900' | '1904' }): Grid {
    const listed = this.limits.listedPerKind;
    if (this.beyond > listed) {
      this.findings.push({
        sheet: this.sheet,
        row: null,
        column: null,
        field: null,
        severity: 'error',
        code: 'cell.beyondGrid',
        message: M.beyondGridMore(this.beyond - listed),
      });
    }
    if (this.tooLong > listed) {
      this.findings.push({
        sheet: this.sheet,
        row: null,
        column: null,
        field: null,
        severity: 'warning',
        code: 'cell.text.tooLong',
        message: M.cellTooLongMore(this.tooLong - listed, this.limits.maxCellChars),
      });
    }
    const rows = this.rows;
    while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null || c === '')) rows.pop();
    if (this.formats.length > rows.length) this.formats.length = rows.length;
    return {
      sheet: this.sheet,
      rows,
      firstRow: 1,
      firstColumn: 1,
      numberFormats: this.anyFormat ? this.formats : undefined,
      merges: extra.merges ?? [],
      dateSystem: extra.dateSystem,
    };
  }
}
