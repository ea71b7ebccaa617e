/**
 * Mechanical fixes: cells the checks read correctly but that a clerk would still want written in
 * the normal form — a legacy 公开属性 (免予公开 → 不予公开), full-width digits (２０２５ → 2025) and a
 * date typed as text (2025年3月5日 → 2025-03-05). Pure data: the pane offers each as "改为 …" and
 * writes `value` into that one cell only when the clerk asks. Nothing here changes the findings.
 */
import { columnNumber, type Grid } from '../grid';
import type { AnyRegister, FieldName, RegisterKind } from '../register/types';
import type { AnyCell } from './cells';
import { fieldType, type FieldType } from './fields';
import { DateReader } from './normalise/dates';
import { attributeValue } from './normalise/enums';

/** What a fix normalises: the finding code it answers (attribute.legacy) or the form it tidies. */
export type FixKind = 'attribute.legacy' | 'digits.fullWidth' | 'date.text';

/** The new text of one cell. */
export interface CellFixValue {
  kind: FixKind;
  /** The cell as it is (trimmed text). */
  from: string;
  /** The text to write instead. */
  value: string;
}

/** A fix at its place in the sheet. */
export interface CellFix extends CellFixValue {
  sheet: string;
  /** Excel row number and column letter of the cell. */
  row: number;
  column: string;
  field: FieldName;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const HAS_FULL_WIDTH_DIGIT = /[０-９]/;

/** Full-width digits ０-９ to 0-9; other full-width forms (（）、，) stay, they are ordinary Chinese punctuation. */
export function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * The mechanical fix of one cell of `field` in a sheet of `kind`, or null. Only text cells are
 * fixed (a real date or number is already in its normal form); dates go through the one parser.
 */
export function cellFix(kind: RegisterKind, field: FieldName, cell: AnyCell, dates: DateReader = new DateReader()): CellFixValue | null {
  return fixOfType(fieldType(kind, field), cell, dates);
}

function fixOfType(type: FieldType | undefined, cell: AnyCell, dates: DateReader): CellFixValue | null {
  if (typeof cell !== 'string') return null;
  if (type === 'date') {
    const d = dates.read(cell);
    const from = cell.trim();
    return d.ok && d.date !== from ? { kind: 'date.text', from, value: d.date } : null;
  }
  if (type === 'attribute') {
    const from = cell.trim();
    const hit = attributeValue(from);
    // The term core reads the old word as: the one its attribute.legacy finding names.
    if (hit?.legacy) return { kind: 'attribute.legacy', from, value: hit.value };
  }
  // Most cells have no full-width digit: test before building any string.
  if (!HAS_FULL_WIDTH_DIGIT.test(cell)) return null;
  const from = cell.trim();
  return { kind: 'digits.fullWidth', from, value: halfWidthDigits(from) };
}

/** Every mechanical fix of a checked register's data rows in `grid` (the grid it was read from), row by row. */
export function registerFixes(register: AnyRegister, grid: Grid): CellFix[] {
  const dates = new DateReader(grid.dateSystem ?? '1900');
  // Each column's reader once, not once per cell (a ledger can have 100,000 rows).
  const columns = Object.entries(register.mapping).map(([field, column]) => ({
    field: field as FieldName,
    type: fieldType(register.kind, field as FieldName),
    column,
    index: columnNumber(column) - grid.firstColumn,
  }));
  const out: CellFix[] = [];
  for (const record of register.records) {
    const row = record.source.row;
    const cells = grid.rows[row - grid.firstRow];
    if (!cells) continue;
    for (const c of columns) {
      const fix = fixOfType(c.type, cells[c.index], dates);
      if (fix) out.push({ ...fix, sheet: register.sheet, row, column: c.column, field: c.field });
    }
  }
  return out;
}
