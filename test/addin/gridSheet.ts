/** Puts a fixture Grid into a fake workbook sheet as Excel would hold it (dates as serials). */
import type { Grid } from '../../core/grid';
import { isCellError } from '../../core/grid';
import type { FakeWorkbook } from './fakeExcel';

export function addGridSheet(wb: FakeWorkbook, grid: Grid): void {
  const s = wb.addSheet(grid.sheet);
  grid.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const key = `${grid.firstRow + i},${grid.firstColumn + j}`;
      if (isCellError(v)) s.cells.set(key, { value: v.error, format: 'General', error: true });
      else if (v instanceof Date) s.cells.set(key, { value: Math.round(v.getTime() / 86_400_000) + 25569, format: 'yyyy/m/d' });
      else s.cells.set(key, { value: v, format: 'General' });
    }),
  );
}
