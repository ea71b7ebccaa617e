import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { registerWorkbook } from '../../../reports/render/registerWorkbook';
import { columnLetter } from '../../../core/grid';
import { applications, catalogue, findings } from './registerWorkbookFixtures';

describe.each([
  ['in memory, with Excel tables', undefined],
  ['streamed (big registers), with AutoFilter', 0],
])('registerWorkbook %s', (_mode, tableRowLimit) => {
  let dir: string;
  let file: string;
  let wb: ExcelJS.Workbook;
  const streamed = tableRowLimit === 0;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-register-'));
    const bytes = await registerWorkbook({ registers: [applications, catalogue], findings, tableRowLimit });
    file = path.join(dir, 'register.xlsx');
    fs.writeFileSync(file, bytes);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same bytes for the same input, even a second later (no write times inside)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await registerWorkbook({ registers: [applications, catalogue], findings, tableRowLimit });
    expect(Buffer.from(again).equals(fs.readFileSync(file))).toBe(true);
  });

  function headerOf(ws: ExcelJS.Worksheet): string[] {
    const out: string[] = [];
    ws.getRow(1).eachCell((c, n) => (out[n - 1] = String(c.value)));
    return out;
  }

  function columnOf(ws: ExcelJS.Worksheet, header: string): number {
    const i = headerOf(ws).indexOf(header);
    if (i < 0) throw new Error(`no column ${header}`);
    return i + 1;
  }

  it('has one sheet per kind, then 检查结果 and a hidden 代码表', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['依申请公开登记台账', '主动公开目录', '检查结果', '代码表']);
    expect(wb.getWorksheet('代码表')!.state).toBe('hidden');
  });

  it('lists source, canonical columns in order, extra columns, computed columns and original values', () => {
    const header = headerOf(wb.getWorksheet('依申请公开登记台账')!);
    expect(header.slice(0, 6)).toEqual(['来源工作表', '来源行', '申请编号', '收到日期', '申请方式', '申请人类型']);
    const extra = header.indexOf('经办人');
    expect(extra).toBeGreaterThan(header.indexOf('备注'));
    expect(header.slice(extra + 1)).toEqual(['法定期限', '剩余工作日', '状态', '期限说明', '原始值（规范化前）']);
  });

  it('keeps formula-looking text as text with the @ format, never a formula', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    const name = ws.getCell(2, columnOf(ws, '申请人'));
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=HYPERLINK("http://x","点我")');
    expect(name.numFmt).toBe('@');
    expect(ws.getCell(2, columnOf(ws, '备注')).value).toBe('+86 138 0000 0000');
    expect(ws.getCell(3, columnOf(ws, '申请编号')).value).toBe('@2025-002');
    expect(ws.getCell(2, columnOf(ws, '经办人')).value).toBe('-王芳');
  });

  it('writes dates as real dates shown as yyyy-mm-dd, numbers as numbers', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    const received = ws.getCell(2, columnOf(ws, '收到日期'));
    expect(received.value).toEqual(new Date(Date.UTC(2025, 8, 26)));
    expect(received.numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell(3, columnOf(ws, '剩余工作日')).value).toBe(6);
    expect(ws.getCell(2, columnOf(ws, '来源行')).value).toBe(5);
  });

  it('shows the original value of a normalised cell', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    expect(ws.getCell(2, columnOf(ws, '原始值（规范化前）')).value).toBe('申请人类型：公民');
    const cat = wb.getWorksheet('主动公开目录')!;
    expect(cat.getCell(2, columnOf(cat, '原始值（规范化前）')).value).toBe('公开属性：免于公开');
  });

  it('fills and annotates the cells that have findings, by severity', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    const reply = ws.getCell(2, columnOf(ws, '答复日期'));
    expect(reply.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(JSON.stringify(reply.note)).toContain('逾期4个工作日');
    const type = ws.getCell(3, columnOf(ws, '申请人类型'));
    expect(type.fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect((ws.getCell(4, columnOf(ws, '申请人类型')).fill as { pattern?: string } | undefined)?.pattern ?? 'none').toBe('none');
  });

  it('lists every finding on 检查结果 with a link to its register cell', () => {
    const ws = wb.getWorksheet('检查结果')!;
    expect(ws.rowCount).toBe(findings.length + 1);
    const link = ws.getCell(2, 9).value as { formula: string };
    expect(link.formula).toContain("#'依申请公开登记台账'!");
    const col = columnOf(wb.getWorksheet('依申请公开登记台账')!, '答复日期');
    expect(link.formula).toContain(`!${columnLetter(col)}2`);
    expect(ws.getCell(4, 9).value).toBe('（该行未进入登记表）');
    expect(ws.getCell(6, 8).value).toBe('该工作表不是台账');
  });

  it('puts an Excel table (or, streamed, an AutoFilter) with filter buttons and a frozen header on each register sheet', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    if (streamed) {
      expect(ws.autoFilter).toBeTruthy();
      return;
    }
    const tables = (ws as unknown as { tables: Record<string, { table: { ref?: string; tableRef?: string } }> }).tables;
    expect(Object.keys(tables)).toEqual(['Applications']);
    const lastColumn = headerOf(ws).length;
    expect(tables.Applications.table.tableRef).toBe(
      `A1:${String.fromCharCode(64 + Math.floor((lastColumn - 1) / 26))}${String.fromCharCode(65 + ((lastColumn - 1) % 26))}4`.replace(
        '@',
        '',
      ),
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('prints the register and 检查结果 landscape on A4, all columns to the page width, the header row on every page', () => {
    for (const name of ['依申请公开登记台账', '主动公开目录', '检查结果']) {
      const setup = wb.getWorksheet(name)!.pageSetup;
      expect(setup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      if (!streamed) expect(setup.printTitlesRow).toBe('1:1');
    }
    expect(wb.getWorksheet('代码表')!.pageSetup.orientation).not.toBe('landscape');
  });

  it('draws a border round every cell of the register, empty ones too when not streamed, and wraps 检查结果', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    const header = headerOf(ws);
    expect(ws.getCell(1, 1).border?.bottom?.style).toBe('thin');
    expect(ws.getCell(2, columnOf(ws, '申请编号')).border?.left?.style).toBe('thin');
    const emptyColumns = header.map((_, j) => j + 1).filter((j) => [2, 3, 4].every((r) => ws.getCell(r, j).value === null));
    expect(emptyColumns.length).toBeGreaterThan(0);
    const emptyCell = ws.getCell(2, emptyColumns[0]!);
    expect(emptyCell.border?.top?.style).toBe(streamed ? undefined : 'thin');
    const findingsSheet = wb.getWorksheet('检查结果')!;
    expect(findingsSheet.getCell(2, 8).alignment?.wrapText).toBe(true);
    expect(findingsSheet.getCell(2, 3).alignment?.wrapText).toBe(true);
  });

  it('puts dropdowns on enum columns that reference 代码表, not inline lists', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    const col = columnOf(ws, '申请人类型');
    const dv = ws.getCell(2, col).dataValidation;
    expect(dv.type).toBe('list');
    expect(dv.formulae?.[0]).toMatch(/^'代码表'!\$C\$2:\$C\$7$/);
    const code = wb.getWorksheet('代码表')!;
    expect(code.getCell(1, 3).value).toBe('申请人类型');
    expect(code.getCell(7, 3).value).toBe('其他');
  });

  it('colours the status column with conditional formatting', () => {
    const ws = wb.getWorksheet('依申请公开登记台账')!;
    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> })
      .conditionalFormattings;
    expect(cf.length).toBe(1);
    expect(cf[0].rules.map((r) => r.formulae[0])).toContain('"已逾期"');
  });
});
