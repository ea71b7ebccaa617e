import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { readLedgerFile, ReadResult } from '../../../cli/readers';
import { decodeCsvBytes, parseCsv } from '../../../core/workbook';
import { isDateFormat } from '../../../core/workbook';
import { isCellError } from '../../../core/grid';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-readers-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

function okResult(r: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r;
}

/** A fake OLE2 compound file: the magic, then a directory entry name in UTF-16LE. */
function ole2(streamName: string): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(1024)]);
}

describe('readLedgerFile: CSV', () => {
  it('reads UTF-8 with a BOM and keeps every value as text', async () => {
    const r = okResult(await readLedgerFile(write('bom.csv', '\uFEFF收到日期,申请人\n2025/3/5,张三\n')));
    expect(r.grids[0].rows).toEqual([
      ['收到日期', '申请人'],
      ['2025/3/5', '张三'],
    ]);
    expect(r.grids[0].sheet).toBe('bom.csv');
  });

  it('detects GBK (GB18030) bytes and decodes them, with an info finding', async () => {
    const file = write('gbk.csv', iconv.encode('申请编号,申请人类型\r\n2025-001,法人或其他组织\r\n', 'gbk'));
    const r = okResult(await readLedgerFile(file));
    expect(r.grids[0].rows[1]).toEqual(['2025-001', '法人或其他组织']);
    expect(r.findings.map((f) => f.code)).toEqual(['file.encoding.gbk']);
  });

  it('splits rows on CRLF, LF and lone CR, and keeps line breaks inside quoted fields', () => {
    const { rows } = parseCsv('a,b\r\n"多行\r\n内容","含""引号"",逗号"\n3,4\r5,6');
    expect(rows).toEqual([
      ['a', 'b'],
      ['多行\r\n内容', '含"引号",逗号'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('reads tab-separated UTF-16 text (Excel "Unicode text")', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('标题\t文号\n某通知\t沪府〔2025〕1号\n', 'utf16le')]);
    const r = okResult(await readLedgerFile(write('u16.txt', bytes)));
    expect(r.grids[0].rows[1]).toEqual(['某通知', '沪府〔2025〕1号']);
  });

  it('reports an unclosed quote as a warning instead of failing', async () => {
    const r = okResult(await readLedgerFile(write('quote.csv', 'a,b\n1,"unterminated\n2,3\n')));
    expect(r.findings).toEqual([expect.objectContaining({ code: 'csv.quote.unclosed', row: 2, severity: 'warning' })]);
  });

  it('decodes valid UTF-8 as UTF-8 even without a BOM', () => {
    expect(decodeCsvBytes(Buffer.from('公开日期', 'utf8'))).toEqual({ text: '公开日期', encoding: 'utf-8' });
  });
});

describe('readLedgerFile: xlsx', () => {
  let file: string;
  let r: Extract<ReadResult, { ok: true }>;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2025年');
    ws.mergeCells('A1:D1');
    ws.getCell('A1').value = '某街道办事处政府信息公开申请登记台账';
    ws.mergeCells('B2:C2');
    ws.getCell('B2').value = '申请人信息';
    ws.getCell('A3').value = { richText: [{ text: '收到', font: { bold: true } }, { text: '日期' }] };
    ws.getCell('B3').value = { text: '申请人', hyperlink: 'https://example.org' };
    ws.getCell('A4').value = new Date(Date.UTC(2025, 2, 5));
    ws.getCell('A4').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('B4').value = { formula: 'UPPER("abc")', result: 'ABC' };
    ws.getCell('C4').value = { formula: 'A4+20', result: 45741 };
    ws.getCell('C4').numFmt = 'yyyy-mm-dd';
    ws.getCell('D4').value = { error: '#N/A' };
    ws.getCell('E4').value = { formula: 'VLOOKUP(1,Z:Z,2,0)', result: { error: '#REF!' } };
    ws.getCell('F4').value = 0.3;
    ws.getCell('F4').numFmt = '0.0%';
    ws.getRow(6).hidden = true;
    ws.getCell('A6').value = '隐藏行';
    ws.getColumn(7).hidden = true;
    ws.getCell('G7').value = '隐藏列';
    // A whole-column list validation: exceljs would expand it cell by cell if it read it.
    (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add('B4:B1048576', {
      type: 'list',
      allowBlank: true,
      formulae: ['"自然人,商业企业"'],
    });
    wb.addWorksheet('设置').getCell('A1').value = '机关名称';
    wb.addWorksheet('年报补充').getCell('A1').value = '行政许可';
    file = write('book.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    r = okResult(await readLedgerFile(file));
  });

  it('returns data sheets as grids, 设置 as settingsSheet and 年报补充 among extraSheets', () => {
    expect(r.grids.map((g) => g.sheet)).toEqual(['2025年']);
    expect(r.settingsSheet?.rows[0]).toEqual(['机关名称']);
    expect(Object.keys(r.extraSheets)).toEqual(['年报补充']);
  });

  it('reads merged ranges and rich text and hyperlinks as their text', () => {
    const g = r.grids[0];
    expect(g.merges).toEqual(['A1:D1', 'B2:C2']);
    expect(g.rows[2][0]).toBe('收到日期');
    expect(g.rows[2][1]).toBe('申请人');
  });

  it('gives dates as UTC-midnight Dates and formula cells as their cached result (dates too)', () => {
    const row = r.grids[0].rows[3];
    expect(row[0]).toEqual(new Date(Date.UTC(2025, 2, 5)));
    expect(row[1]).toBe('ABC');
    expect(row[2]).toEqual(new Date(Date.UTC(2025, 2, 25)));
    expect(row[5]).toBe(0.3);
    expect(r.grids[0].numberFormats?.[3]?.[5]).toBe('0.0%');
  });

  it('keeps error cells (also cached formula errors) apart and reports each as a finding', () => {
    const row = r.grids[0].rows[3];
    expect(isCellError(row[3]) && row[3].error).toBe('#N/A');
    expect(isCellError(row[4]) && row[4].error).toBe('#REF!');
    expect(r.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [4, 'D', 'cell.error'],
      [4, 'E', 'cell.error'],
    ]);
  });

  it('still reads hidden rows and columns', () => {
    expect(r.grids[0].rows[5][0]).toBe('隐藏行');
    expect(r.grids[0].rows[6][6]).toBe('隐藏列');
  });

  it('reads the 1904 date system flag', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('台账');
    ws.getCell('A1').value = '收到日期';
    ws.getCell('A2').value = 44000; // a bare serial: means 2024-06-19 in the 1904 system
    const one = okResult(await readLedgerFile(write('d1904.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))));
    expect(one.grids[0].dateSystem).toBe('1904');
    expect(one.grids[0].rows[1][0]).toBe(44000);
  });

  it('does not garble Chinese text when a character is split between two zip chunks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('长表');
    const text = '申请公开某某街道二〇二五年度老旧小区综合改造项目的立项批复和资金使用情况';
    for (let i = 1; i <= 3000; i++) ws.addRow([`${i}`, `${text}${i}`]).commit();
    // Inline strings put the text in the sheet XML itself, so it crosses chunk boundaries.
    const bytes = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions));
    const big = okResult(await readLedgerFile(write('long.xlsx', bytes)));
    const bad = big.grids[0].rows.filter((row, i) => row[1] !== `${text}${i + 1}`);
    expect(bad).toEqual([]);
  });

  it('never writes the source file', async () => {
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    await readLedgerFile(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });
});

describe('readLedgerFile: unusable files give a Chinese message', () => {
  it.each([
    ['empty.xlsx', Buffer.alloc(0), /空文件/],
    ['old.xls', ole2('Workbook'), /97-2003.*另存为/],
    ['locked.xlsx', ole2('EncryptedPackage'), /密码/],
    ['random.xlsx', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), /无法识别/],
    ['truncated.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]), /不完整或已损坏/],
  ])('%s', async (name, bytes, message) => {
    const r = await readLedgerFile(write(name, bytes));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it('a missing file', async () => {
    const r = await readLedgerFile(path.join(dir, 'nope.xlsx'));
    expect(!r.ok && r.message).toMatch(/找不到文件/);
  });

  it('a zip that is not a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').getCell('A1').value = 1;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // Rename every worksheet part so no sheet is found (same length keeps the zip valid).
    const renamed = Buffer.from(bytes.toString('latin1').replace(/xl\/worksheets\/sheet1\.xml/g, 'xl/worksheets/other1.xml'), 'latin1');
    const r = await readLedgerFile(write('noworkbook.xlsx', renamed));
    expect(!r.ok && r.message).toMatch(/不是 Excel 工作簿|已损坏/);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]yyyy年m月d日', true],
    ['m/d/yy', true],
    ['0.00', false],
    ['General', false],
    ['@', false],
    ['"天"0', false],
    ['[Red]0.0', false],
  ])('%s → %s', (fmt, expected) => expect(isDateFormat(fmt)).toBe(expected));
});
