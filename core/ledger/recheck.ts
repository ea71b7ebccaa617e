/**
 * Live checks re-check only the rows the user changed. These pure steps patch the kept grid with the
 * re-read rows, build the grid in which only those rows are checked, and merge that partial check
 * into the previous outcome — recomputing duplicate identifiers, which span rows, over the whole register.
 */
import type { Grid, CellValue, CellError } from '../grid';
import type { AnyRegister, RecordBase } from '../register/types';
import type { SheetOutcome } from './validateSheet';
import { duplicateIdFindings } from './validate/common';

/** One re-read row: its Excel row number and its cells from the grid's first column. */
export interface FreshRow {
  row: number;
  cells: Array<CellValue | CellError>;
}

/** How many columns to re-read for a changed row: the widest of the first rows of the kept grid. */
export function recheckWidth(grid: Grid): number {
  return Math.max(1, ...grid.rows.slice(0, 50).map((r) => r.length));
}

/**
 * The kept grid with the re-read rows in place (`patched`), and the same grid with every data row
 * below `headerRow` emptied except the changed ones (`subset`): checking `subset` checks only those rows.
 */
export function recheckGrids(
  grid: Grid,
  headerRow: number,
  changedRows: readonly number[],
  fresh: readonly FreshRow[],
): { patched: Grid; subset: Grid } {
  const rows = grid.rows.map<Array<CellValue | CellError>>((r) => [...r]);
  for (const { row, cells } of fresh) {
    const i = row - grid.firstRow;
    while (rows.length <= i) rows.push([]);
    if (i >= 0) rows[i] = cells;
  }
  const changed = new Set(changedRows);
  const subset: Grid = {
    ...grid,
    rows: rows.map((r, i) => (grid.firstRow + i <= headerRow || changed.has(grid.firstRow + i) ? r : [])),
  };
  return { patched: { ...grid, rows }, subset };
}

/**
 * The previous outcome with the changed rows' findings and records replaced by those of `partial`
 * (a check of only those rows); `id.duplicate` is recomputed over the merged records, so a changed
 * row that now repeats (or no longer repeats) an unchanged row's identifier is reported where a full check would.
 */
export function mergeRecheck(previous: SheetOutcome, changedRows: readonly number[], partial: SheetOutcome): SheetOutcome {
  const register = previous.register;
  if (!register) return previous;
  const changed = new Set(changedRows);
  const kept = previous.findings.filter((f) => f.code !== 'id.duplicate' && (f.row === null || !changed.has(f.row)));
  const added = partial.findings.filter((f) => f.code !== 'id.duplicate' && f.row !== null && changed.has(f.row));
  const records = mergeRecords(register, partial.register, changed);
  const findings = [...kept, ...added, ...duplicateIdFindings(records)];
  return { ...previous, findings, register: { ...records, findings } };
}

/** Replaces the records of the changed rows with their re-checked versions, in row order. */
function mergeRecords(old: AnyRegister, partial: AnyRegister | undefined, changed: ReadonlySet<number>): AnyRegister {
  if (!partial || partial.kind !== old.kind) return old;
  const partialRecords: readonly RecordBase[] = partial.records;
  const oldRecords: readonly RecordBase[] = old.records;
  const fresh = new Map(partialRecords.filter((r) => changed.has(r.source.row)).map((r) => [r.source.row, r]));
  const kept = oldRecords.filter((r) => !changed.has(r.source.row));
  const records = [...kept, ...fresh.values()].sort((a, b) => a.source.row - b.source.row);
  return { ...old, records } as AnyRegister;
}
