// office-addin-mock only needs the OfficeApp names from office-addin-manifest, whose ESM
// dependencies jest cannot require; give it just those.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { OfficeMockObject } from 'office-addin-mock';
import { FakeWorkbook } from '../fakeExcel';
import { ExcelHost, excelCapabilities } from '../../../addin/excel/excelHost';
import { isOurSheet } from '../../../core/workbook';
import { rowsOfAddress, ChangeCollector } from '../../../addin/excel/events';
import { WriteGuard, type ExcelApi } from '../../../addin/excel/api';
import { defaultSettings } from '../../../core/settings/schema';
import { decodeFragment } from '../../../pane/download';
import type { SheetChange } from '../../../pane/host';

describe('excelCapabilities', () => {
  it('chooses download on the web and the print page on desktop', () => {
    const wb = new FakeWorkbook();
    expect(excelCapabilities(wb.api('web')).delivery[0]).toBe('download');
    expect(excelCapabilities(wb.api('windows', { openBrowserWindow: () => undefined })).delivery[0]).toBe('browserWindow');
    expect(excelCapabilities(wb.api('mac')).delivery).toEqual(['sheet']);
  });
  it('degrades on ExcelApi 1.1', () => {
    const caps = excelCapabilities(new FakeWorkbook(['1.1']).api());
    expect(caps).toMatchObject({ liveChecks: false, dropdowns: false, notes: 'sheet' });
    expect(caps.label).toContain('1.1');
  });
});

describe('ExcelHost', () => {
  it('lists sheets with sizes and flags ours', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('2025台账').setValues('A1', [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    wb.addSheet('空表');
    wb.addSheet('检查结果');
    const sheets = await new ExcelHost(wb.api()).listSheets();
    expect(sheets).toEqual([
      { name: '2025台账', rows: 3, columns: 2, ours: false },
      { name: '空表', rows: 0, columns: 0, ours: false },
      { name: '检查结果', rows: 0, columns: 0, ours: true },
    ]);
    expect(isOurSheet('登记_依申请公开 (2)')).toBe(true);
  });

  it('round-trips settings through a readable 设置 sheet', async () => {
    const wb = new FakeWorkbook();
    const host = new ExcelHost(wb.api());
    expect((await host.readSettings()).found).toBe(false);
    const settings = {
      ...defaultSettings(),
      office: { ...defaultSettings().office, name: '上海市普陀区应急管理局', phone: '021-12345678' },
    };
    settings.calendar.offDays = ['2026-02-20'];
    settings.columns = { '2025台账': { receivedDate: 'C' } };
    await host.writeSettings(settings);
    expect(wb.sheet('设置').get(2, 1)?.value).toBe('机关名称');
    expect(wb.sheet('设置').get(2, 2)?.value).toBe('上海市普陀区应急管理局');
    const read = await host.readSettings();
    expect(read.found).toBe(true);
    expect(read.findings).toEqual([]);
    expect(read.settings).toEqual(settings);
  });

  it("selects a finding's cell", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('台账');
    wb.addSheet('其他');
    await new ExcelHost(wb.api()).selectCell('台账', 'C5');
    expect(wb.active).toBe('台账');
    expect(wb.selected).toBe('台账!C5');
  });

  it('downloads on the web and opens the print page with the data in the fragment on desktop', async () => {
    const wb = new FakeWorkbook();
    const downloads: string[] = [];
    const web = new ExcelHost(wb.api('web'), { download: (n) => downloads.push(n) });
    const file = { name: 'annual-2025.pdf', bytes: new Uint8Array([37, 80]), mime: 'application/pdf' };
    expect((await web.deliverFile(file)).path).toBe('download');
    expect(downloads).toEqual(['annual-2025.pdf']);
    const opened: string[] = [];
    const desk = new ExcelHost(wb.api('windows', { openBrowserWindow: (u) => opened.push(u) }), { baseUrl: 'https://localhost:3000/' });
    const outcome = await desk.deliverFile(file, { kind: 'annual', title: '年报', data: { year: 2025 } });
    expect(outcome.path).toBe('browserWindow');
    const [base, fragment] = opened[0].split('#');
    expect(base).toBe('https://localhost:3000/print.html');
    expect(decodeFragment(fragment)).toEqual({ kind: 'annual', title: '年报', data: { year: 2025 } });
  });

  it('reports user edits as changed rows and ignores its own writes', async () => {
    jest.useFakeTimers();
    try {
      const wb = new FakeWorkbook();
      wb.addSheet('台账').setValues('A1', [['编号'], ['1']]);
      const host = new ExcelHost(wb.api());
      const changes: SheetChange[] = [];
      const stop = await host.watchChanges(['台账'], (c) => changes.push(c));
      await wb.userEdit('台账', 'B5:C6', [
        ['x', 'y'],
        ['z', 'w'],
      ]);
      await wb.userEdit('台账', 'A9', [['q']]);
      await wb.userEdit('台账', 'A12', [['ours']], 'ThisLocalAddin');
      jest.advanceTimersByTime(1000);
      expect(changes).toEqual([{ sheet: '台账', rows: [5, 6, 9] }]);
      const rows = await host.readRows('台账', [5, 6, 9], 1, 3);
      expect(rows.map((r) => r.cells)).toEqual([
        [null, 'x', 'y'],
        [null, 'z', 'w'],
        ['q', null, null],
      ]);
      await stop();
      await wb.userEdit('台账', 'A20', [['late']]);
      jest.advanceTimersByTime(1000);
      expect(changes).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('events helpers', () => {
  it('reads rows from addresses', () => {
    expect(rowsOfAddress('Sheet1!C5:D7')).toEqual([5, 6, 7]);
    expect(rowsOfAddress('B2,E4')).toEqual([2, 4]);
    expect(rowsOfAddress('3:4')).toEqual([3, 4]);
  });
  it('flags inserted or deleted rows as structural changes', async () => {
    jest.useFakeTimers();
    try {
      const wb = new FakeWorkbook();
      wb.addSheet('台账').setValues('A1', [['编号'], ['1']]);
      const changes: SheetChange[] = [];
      await new ExcelHost(wb.api()).watchChanges(['台账'], (c) => changes.push(c));
      await wb.userEdit('台账', 'A3', [['x']], 'Unknown', 'RowInserted');
      jest.advanceTimersByTime(1000);
      expect(changes).toEqual([{ sheet: '台账', rows: [3], structural: true }]);
    } finally {
      jest.useRealTimers();
    }
  });
  it('debounces changes per sheet', () => {
    jest.useFakeTimers();
    try {
      const out: SheetChange[] = [];
      const c = new ChangeCollector((x) => out.push(x), 500);
      c.add('a', [3]);
      jest.advanceTimersByTime(300);
      c.add('a', [2, 3]);
      jest.advanceTimersByTime(300);
      expect(out).toEqual([]);
      jest.advanceTimersByTime(300);
      expect(out).toEqual([{ sheet: 'a', rows: [2, 3] }]);
    } finally {
      jest.useRealTimers();
    }
  });
  it('the write guard ignores echoes of our writes for a grace period', async () => {
    let now = 0;
    const guard = new WriteGuard(() => now, 800);
    let during = false;
    await guard.during(async () => {
      during = guard.active;
    });
    expect(during).toBe(true);
    now = 500;
    expect(guard.active).toBe(true);
    now = 900;
    expect(guard.active).toBe(false);
  });
});

describe('load/sync discipline (office-addin-mock)', () => {
  it('reads the selected row only after sync', async () => {
    const data = {
      context: {
        workbook: {
          range: { rowIndex: 41, worksheet: { name: '2025台账' } },
          getSelectedRange: function () {
            return (this as unknown as { range: unknown }).range;
          },
        },
      },
      run: async function (callback: (c: unknown) => Promise<unknown>) {
        return callback((this as unknown as { context: unknown }).context);
      },
    };
    const mock = new OfficeMockObject(data) as unknown as { run: ExcelApi['run']; context: { sync(): Promise<void> } };
    const api: ExcelApi = { run: (b) => mock.run(b), supports: () => true, platform: 'web' };
    const host = new ExcelHost(api);
    expect(await host.selectedRow()).toEqual({ sheet: '2025台账', row: 42 });
  });

  it('reads a sheet into a Grid only through loaded and synced properties', async () => {
    const data = {
      context: {
        workbook: {
          worksheets: {
            sheet: {
              used: { rowIndex: 2, columnIndex: 1, rowCount: 2, columnCount: 2 },
              range: {
                values: [
                  ['申请编号', '收到日期'],
                  ['001', 45719],
                ],
                numberFormat: [
                  ['General', 'General'],
                  ['@', 'yyyy-mm-dd'],
                ],
                valueTypes: [
                  ['String', 'String'],
                  ['String', 'Double'],
                ],
              },
              getUsedRange: function () {
                return (this as unknown as { used: unknown }).used;
              },
              getRange: function () {
                return (this as unknown as { range: unknown }).range;
              },
            },
            getItem: function () {
              return (this as unknown as { sheet: unknown }).sheet;
            },
          },
        },
      },
      run: async function (callback: (c: unknown) => Promise<unknown>) {
        return callback((this as unknown as { context: unknown }).context);
      },
    };
    const mock = new OfficeMockObject(data) as unknown as { run: ExcelApi['run'] };
    const host = new ExcelHost({ run: (b) => mock.run(b), supports: () => true, platform: 'web' });
    const grid = await host.readSheet('台账');
    expect(grid).toMatchObject({
      firstRow: 3,
      firstColumn: 2,
      rows: [
        ['申请编号', '收到日期'],
        ['001', 45719],
      ],
    });
    expect(grid.numberFormats).toEqual([
      [undefined, undefined],
      ['@', 'yyyy-mm-dd'],
    ]);
  });
});
