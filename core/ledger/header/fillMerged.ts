import { CellError, CellValue, columnLetter, Grid } from '../../grid';
import { isBlank } from '../cells';
import { parseMerges } from './merges';

/** A cell merged down over data rows, for the note in findings. */
export interface FilledMerge {
  column: string;
  firstRow: number;
  lastRow: number;
}

/**
 * Rows with merged-down data cells filled: Excel shows a value merged over rows 5–7 on each of
 * those rows, so each record gets it. Only vertical spans below the header are filled (a merge
 * across columns is a note or a total line, not three copies of a value). Rows not touched are
 * shared with the grid, not copied.
 */
export function fillMergedData(grid: Grid, headerRowIndex: number): { rows: Grid['rows']; filled: FilledMerge[] } {
  const merges = parseMerges(grid.merges, grid.firstRow, grid.firstColumn).filter((m) => m.r1 > headerRowIndex && m.r2 > m.r1);
  if (merges.length === 0) return { rows: grid.rows, filled: [] };
  const rows = grid.rows.slice() as (CellValue | CellError)[][];
  const copied = new Set<number>();
  const filled: FilledMerge[] = [];
  for (const m of merges) {
    const value = rows[m.r1]?.[m.c1];
    if (value === undefined || isBlank(value)) continue;
    for (let r = m.r1 + 1; r <= Math.min(m.r2, rows.length - 1); r++) {
      if (!copied.has(r)) {
        rows[r] = (rows[r] ?? []).slice();
        copied.add(r);
      }
      if (isBlank(rows[r][m.c1])) rows[r][m.c1] = value;
    }
    filled.push({ column: columnLetter(grid.firstColumn + m.c1), firstRow: grid.firstRow + m.r1, lastRow: grid.firstRow + m.r2 });
  }
  return { rows, filled };
}
