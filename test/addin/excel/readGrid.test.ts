import { FakeWorkbook } from '../fakeExcel';
import { readSheetGrid, readTableGrid, REQUEST_BUDGET_BYTES, contiguousRuns } from '../../../addin/excel/readGrid';
import { isCellError } from '../../../core/grid';
import { parseCalendarDate } from '../../../core/dates';

describe('readSheetGrid', () => {
  it('reads the used range from its real origin, with number formats and error cells', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('台账');
    s.setValues('B3', [
      ['申请编号', '收到日期'],
      ['001', 45719],
      ['002', '#N/A'],
    ]);
    s.cells.get('4,3')!.format = 'yyyy-mm-dd';
    s.cells.get('5,3')!.error = true;
    const grid = await readSheetGrid(wb.api(), '台账');
    expect(grid.firstRow).toBe(3);
    expect(grid.firstColumn).toBe(2);
    expect(grid.rows[0]).toEqual(['申请编号', '收到日期']);
    expect(grid.rows[1]).toEqual(['001', 45719]);
    expect(grid.numberFormats?.[1][1]).toBe('yyyy-mm-dd');
    expect(isCellError(grid.rows[2][1])).toBe(true);
  });

  it('learns the 1904 date system with the first request, so serials become the right dates', async () => {
    const wb = new FakeWorkbook();
    wb.date1904 = true;
    wb.addSheet('台账').setValues('A1', [['收到日期'], [44259]]);
    const grid = await readSheetGrid(wb.api(), '台账');
    expect(grid.dateSystem).toBe('1904');
    expect(parseCalendarDate(grid.rows[1][0], { dateSystem: grid.dateSystem })).toMatchObject({ ok: true, date: '2025-03-05' });
    expect(wb.syncs).toHaveLength(2); // the used range (with the probe), then one chunk
  });

  it('assumes the 1900 system on Excel 2016 (ExcelApi 1.1, no worksheet functions) and when the workbook says so', async () => {
    const old = new FakeWorkbook(['1.1']);
    old.date1904 = true;
    old.addSheet('台账').setValues('A1', [['收到日期'], [45721]]);
    expect((await readSheetGrid(old.api(), '台账')).dateSystem).toBe('1900');
    const plain = new FakeWorkbook();
    plain.addSheet('台账').setValues('A1', [['收到日期'], [45721]]);
    expect((await readSheetGrid(plain.api(), '台账')).dateSystem).toBe('1900');
  });

  it('reads 100,000 × 15 cells in chunks under 4 MB, one sync per chunk', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('大台账');
    const rows = 100_000;
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= 15; c++) {
        s.cells.set(`${r},${c}`, {
          value: c === 1 ? `2025-${r}` : c === 2 ? 45000 + (r % 300) : `申请内容第${r}行第${c}列`,
          format: c === 2 ? 'yyyy-mm-dd' : 'General',
        });
      }
    }
    const progress: number[] = [];
    const grid = await readSheetGrid(wb.api(), '大台账', { onProgress: (p) => progress.push(p.rowsRead) });
    expect(grid.rows).toHaveLength(rows);
    expect(grid.rows[rows - 1][0]).toBe(`2025-${rows}`);
    expect(grid.rows[54321][14]).toBe('申请内容第54322行第15列');
    const chunkSyncs = wb.syncs.slice(1);
    expect(chunkSyncs.length).toBe(progress.length);
    expect(chunkSyncs.length).toBeGreaterThan(1);
    for (const sync of wb.syncs) expect(sync.bytes).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(progress[progress.length - 1]).toBe(rows);
  }, 120_000);

  it('reads a named table with its header, pointing at its worksheet', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('台账');
    s.setValues('A1', [['某局依申请公开登记台账']]);
    s.setValues('B3', [
      ['申请编号', '收到日期'],
      ['001', 45719],
      ['002', 45720],
    ]);
    s.setValues('F3', [['表外备注']]);
    wb.namedTables.set('申请表', { sheet: '台账', address: 'B3:C5' });
    const grid = await readTableGrid(wb.api(), '申请表');
    expect(grid).toMatchObject({
      sheet: '台账',
      firstRow: 3,
      firstColumn: 2,
      rows: [
        ['申请编号', '收到日期'],
        ['001', 45719],
        ['002', 45720],
      ],
    });
  });

  it('stops when cancelled', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('台账');
    for (let r = 1; r <= 12000; r++) s.setValues(`A${r}`, [[`行${r}`, 'x', 'y', 'z']]);
    const controller = new AbortController();
    const read = readSheetGrid(wb.api(), '台账', { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(read).rejects.toThrow('已取消');
  });
});

describe('contiguousRuns', () => {
  it('merges consecutive rows and ignores order and duplicates', () => {
    expect(contiguousRuns([9, 3, 4, 5, 5, 12])).toEqual([
      [3, 5],
      [9, 9],
      [12, 12],
    ]);
  });
});
