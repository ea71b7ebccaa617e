import { CellError, CellValue, Grid, isCellError } from '../grid';

/** A grid cell, or undefined past the end of a short row. */
export type AnyCell = CellValue | CellError | undefined;

/** The cell at grid row index `r`, column index `c` (0-based, relative to the grid's origin). */
export function cellAt(grid: Grid, r: number, c: number): AnyCell {
  const row = grid.rows[r];
  return row === undefined ? undefined : row[c];
}

/** True for empty cells: null, undefined, and strings of only whitespace. */
export function isBlank(value: AnyCell): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** A cell as display text (header words, unmapped columns): numbers as typed, dates as YYYY-MM-DD. */
export function cellText(value: AnyCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? '' : value.toISOString().slice(0, 10);
  }
  if (isCellError(value)) return value.error;
  return '';
}

/** A number as a person would have typed it (no `1e+21`, no float noise such as 0.30000000000000004). */
export function numberText(n: number): string {
  // Excel keeps 15 significant digits: show a long number as Excel does, not its binary tail.
  if (Number.isInteger(n) && Math.abs(n) >= 1e15 && Math.abs(n) < 1e21) return excelDigits(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(Number(n.toPrecision(15)));
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: ReadonlyArray<AnyCell> | undefined): boolean {
  if (!row) return true;
  for (let j = 0; j < row.length; j++) if (!isBlank(row[j])) return false;
  return true;
}

/** Width of the grid: the longest row. */
export function gridWidth(grid: Grid, maxRows = Infinity): number {
  let w = 0;
  const n = Math.min(grid.rows.length, maxRows);
  for (let i = 0; i < n; i++) if (grid.rows[i].length > w) w = grid.rows[i].length;
  return w;
}

function excelDigits(n: number): string {
  const m = /^(-?)(\d)\.?(\d*)e\+(\d+)$/.exec(n.toPrecision(15));
  if (!m) return n.toFixed(0);
  const digits = (m[2] + m[3]).padEnd(Number(m[4]) + 1, '0');
  return m[1] + digits;
}
