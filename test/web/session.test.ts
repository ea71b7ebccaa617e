import ExcelJS from 'exceljs';
import { Session, FileError, sheetNameForFile } from '../../web/session';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf).slice().buffer;
}

jest.setTimeout(30_000);

const noProgress = () => undefined;

describe('Session', () => {
  it('opens a workbook, lists its sheets, keeps 设置 apart and reads a sheet as a Grid', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('依申请台账');
      ws.addRow(['申请编号', '收到日期', '备注']);
      ws.addRow(['2025-001', new Date(Date.UTC(2025, 0, 2)), { formula: '1+1', result: 2 }]);
      ws.addRow(['2025-002', null, { error: '#N/A' }]);
      ws.mergeCells('D1:E1');
      const s = wb.addWorksheet('设置');
      s.addRow(['设置项', '值', '键（请勿修改）']);
      s.addRow(['机关全称', '某区应急管理局', 'office.name']);
    });
    const session = new Session();
    const opened = await session.open({ fileName: '台账.xlsx', bytes }, noProgress);
    expect(opened.format).toBe('xlsx');
    expect(opened.hasSettings).toBe(true);
    expect(opened.sheets.map((s) => [s.name, s.rows, s.ours])).toEqual([
      ['依申请台账', 3, false],
      ['设置', 2, true],
    ]);
    const grid = session.readSheet({ sheet: '依申请台账' });
    expect(grid.rows[1]).toEqual(['2025-001', new Date(Date.UTC(2025, 0, 2)), 2]);
    expect(grid.rows[2]).toEqual(['2025-002', null, { error: '#N/A' }]);
    expect(grid.merges).toEqual(['D1:E1']);
    expect(session.grids().map((g) => g.sheet)).toEqual(['依申请台账']);
    expect(session.readSettingsSheet()?.rows[1]).toEqual(['机关全称', '某区应急管理局', 'office.name']);
  });

  it('opens a GBK CSV as one sheet named after the file', async () => {
    const gbk = Uint8Array.from([
      0xca, 0xd5, 0xb5, 0xbd, 0xc8, 0xd5, 0xc6, 0xda, 0x0a, 0x32, 0x30, 0x32, 0x35, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x32,
    ]);
    const session = new Session();
    const opened = await session.open({ fileName: '2025年台账.csv', bytes: gbk.buffer }, noProgress);
    expect(opened).toMatchObject({ format: 'csv', encoding: 'gb18030', hasSettings: false });
    expect(session.readSheet({ sheet: '2025年台账' }).rows).toEqual([['收到日期'], ['2025-01-02']]);
  });

  it('refuses an .xls or a broken .xlsx with a Chinese message', async () => {
    const session = new Session();
    await expect(session.open({ fileName: 'old.xls', bytes: new ArrayBuffer(8) }, noProgress)).rejects.toThrow(/不支持的文件类型/);
    await expect(session.open({ fileName: 'bad.xlsx', bytes: new Uint8Array([1, 2, 3]).buffer }, noProgress)).rejects.toThrow(FileError);
    expect(() => session.readSheet({ sheet: 'x' })).toThrow(/请先打开/);
  });

  it('writes a copy with a new 设置 sheet, leaves the data sheet as it was, and keeps formula-looking text as text', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('目录').addRow(['信息名称', '生成日期']);
      wb.addWorksheet('设置').addRow(['旧', '值']);
    });
    const original = new Uint8Array(bytes).slice();
    const session = new Session();
    await session.open({ fileName: 'a.xlsx', bytes }, noProgress);
    const out = await session.workbookWithSettings(
      {
        rows: [
          ['设置项', '值'],
          ['机关全称', '=HYPERLINK("x")'],
        ],
      },
      noProgress,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['目录', '设置']);
    expect(wb.getWorksheet('目录')?.getRow(1).values).toEqual([undefined, '信息名称', '生成日期']);
    const cell = wb.getWorksheet('设置')!.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("x")');
    // Later reads see the new settings; the bytes the user opened are untouched.
    expect(session.readSettingsSheet()?.rows[1]).toEqual(['机关全称', '=HYPERLINK("x")']);
    expect(new Uint8Array(bytes)).toEqual(original);
  });

  it('turns a CSV into a workbook when settings are saved', async () => {
    const session = new Session();
    await session.open({ fileName: 'ledger.csv', bytes: new TextEncoder().encode('编号\n=1+1\n').buffer }, noProgress);
    const out = await session.workbookWithSettings({ rows: [['设置项', '值']] }, noProgress);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ledger', '设置']);
    expect(wb.getWorksheet('ledger')!.getCell('A2').value).toBe('=1+1');
  });

  it('writes findings as a 检查结果 workbook, errors first', async () => {
    const session = new Session();
    const out = await session.findingsWorkbook({
      findings: [
        { sheet: 'S', row: 4, column: 'C', field: 'phone', severity: 'warning', code: 'number.invalid', message: '电话号码位数不对' },
        { sheet: 'S', row: 5, column: 'B', field: 'receivedDate', severity: 'error', code: 'date.invalid', message: '日期无法识别' },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet('检查结果')!;
    expect(ws.getRow(2).values).toEqual([undefined, 'S', 'B5', '错误', 'receivedDate', 'date.invalid', '日期无法识别']);
    expect(ws.getRow(3).getCell(2).value).toBe('C4');
  });
});

describe('sheetNameForFile', () => {
  it('drops the extension and characters Excel forbids', () => {
    expect(sheetNameForFile('2025/台账[1].csv')).toBe('2025_台账_1_');
  });
});
