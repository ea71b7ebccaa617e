import { asCalendarDate } from '../../../core/dates';
import type { CellValue, Grid } from '../../../core/grid';
import type { Finding } from '../../../core/findings';
import { validateLedger, type SheetOutcome } from '../../../core/ledger';
import { mergeRecheck, recheckGrids, recheckWidth } from '../../../core/ledger/recheck';
import type { ApplicationRecord } from '../../../core/register/types';

const today = asCalendarDate('2025-03-10');
const HEADER = ['申请编号', '收到日期', '申请人类型'];

function ledger(rows: CellValue[][]): Grid {
  return { sheet: '台账', firstRow: 1, firstColumn: 1, rows: [HEADER, ...rows] };
}

const ROWS: CellValue[][] = [
  ['A-1', '2025-03-03', '自然人'],
  ['A-2', '2025-03-04', '自然人'],
  ['A-3', '2025-03-05', '自然人'],
  ['A-4', '2025-02-30', '自然人'],
];

/** Re-checks `row` (Excel row number) after it was edited to `cells`, as the live check does. */
function recheck(grid: Grid, previous: SheetOutcome, row: number, cells: CellValue[]): { grid: Grid; outcome: SheetOutcome } {
  const register = previous.register!;
  const { patched, subset } = recheckGrids(grid, register.headerRow, [row], [{ row, cells }]);
  const partial = validateLedger(subset, { today, kind: register.kind });
  return { grid: patched, outcome: mergeRecheck(previous, [row], partial) };
}

const key = (f: Finding) => `${f.row}:${f.field}:${f.severity}:${f.code}:${f.message}`;
const duplicates = (o: SheetOutcome) => o.findings.filter((f) => f.code === 'id.duplicate').map((f) => f.row);

describe('re-checking changed rows', () => {
  it('gives the findings and records of a full check of the edited sheet', () => {
    const grid = ledger(ROWS);
    const before = validateLedger(grid, { today });
    const after = recheck(grid, before, 4, ['A-3', '2025-03-06', '自然人']);
    const full = validateLedger(after.grid, { today });
    expect(after.outcome.findings.map(key).sort()).toEqual(full.findings.map(key).sort());
    expect((after.outcome.register!.records as ApplicationRecord[]).map((r) => [r.source.row, r.appNo, r.receivedDate])).toEqual(
      (full.register!.records as ApplicationRecord[]).map((r) => [r.source.row, r.appNo, r.receivedDate]),
    );
    expect(after.outcome.register!.findings).toBe(after.outcome.findings);
  });

  it('keeps the findings of unchanged rows and replaces those of the changed row', () => {
    const grid = ledger(ROWS);
    const before = validateLedger(grid, { today });
    expect(before.findings.some((f) => f.row === 5 && f.field === 'receivedDate' && f.severity === 'error')).toBe(true);
    const after = recheck(grid, before, 5, ['A-4', '2025-02-28', '自然人']);
    expect(after.outcome.findings.some((f) => f.row === 5 && f.field === 'receivedDate' && f.severity === 'error')).toBe(false);
    expect(after.outcome.findings.filter((f) => f.row !== 5).map(key)).toEqual(before.findings.filter((f) => f.row !== 5).map(key));
  });

  it('reports a duplicate id the edit creates on the unchanged later row, and drops it once fixed', () => {
    const grid = ledger(ROWS);
    const before = validateLedger(grid, { today });
    expect(duplicates(before)).toEqual([]);
    // Row 2 (the first use) now repeats row 4's id: the second use, row 4, is the one reported.
    const edited = recheck(grid, before, 2, ['A-3', '2025-03-03', '自然人']);
    expect(duplicates(edited.outcome)).toEqual([4]);
    expect(edited.outcome.findings.find((f) => f.code === 'id.duplicate')?.message).toContain('A-3');
    const fixed = recheck(edited.grid, edited.outcome, 2, ['A-9', '2025-03-03', '自然人']);
    expect(duplicates(fixed.outcome)).toEqual([]);
  });

  it('drops a duplicate reported on an unchanged row when the earlier use is edited away', () => {
    const grid = ledger([...ROWS, ['A-1', '2025-03-07', '自然人']]);
    const before = validateLedger(grid, { today });
    expect(duplicates(before)).toEqual([6]);
    const after = recheck(grid, before, 2, ['A-0', '2025-03-03', '自然人']);
    expect(duplicates(after.outcome)).toEqual([]);
  });

  it('checks only the changed data rows: the others are emptied in the subset, the header kept', () => {
    const grid = ledger(ROWS);
    const { patched, subset } = recheckGrids(grid, 1, [3], [{ row: 3, cells: ['B-2', '2025-03-04', '自然人'] }]);
    expect(patched.rows[2]).toEqual(['B-2', '2025-03-04', '自然人']);
    expect(patched.rows[1]).toEqual(ROWS[0]);
    expect(grid.rows[2]).toEqual(ROWS[1]);
    expect(subset.rows.map((r) => r.length)).toEqual([3, 0, 3, 0, 0]);
    expect(recheckWidth(grid)).toBe(3);
  });

  it('grows the grid for a re-read row below its last row', () => {
    const grid = ledger(ROWS);
    const { patched } = recheckGrids(grid, 1, [8], [{ row: 8, cells: ['A-8', '2025-03-08', '自然人'] }]);
    expect(patched.rows).toHaveLength(8);
    expect(patched.rows[7]).toEqual(['A-8', '2025-03-08', '自然人']);
  });

  it('leaves an outcome without a register as it was', () => {
    const skipped: SheetOutcome = { sheet: '说明', skipped: '不是台账', findings: [] };
    expect(mergeRecheck(skipped, [2], validateLedger(ledger(ROWS), { today }))).toBe(skipped);
  });
});
