import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { READER_LIMITS, readWorkbook, type RawInflate, type WorkbookReadResult } from '../../../core/workbook';
import { isCellError } from '../../../core/grid';
import { fromExcelSerial, toUtcMidnight } from '../../../core/dates';
import {
  craftedFiles,
  craftXlsx,
  inlineRow,
  LEDGER_HEADER,
  ledgerRow,
  ledgerSheetXml,
  rezip,
  sheetXml,
} from '../../helpers/craftedWorkbooks';

jest.setTimeout(60_000);

const LIBREOFFICE = path.resolve(__dirname, '../../fixtures/workbooks/libreoffice-ledger.xlsx');

function ok(r: WorkbookReadResult): Extract<WorkbookReadResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected a workbook, got: ${r.message}`);
  return r;
}

async function exceljsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every sheet as name + rows, the shape two reads must share to be "identical". */
const shape = (r: Extract<WorkbookReadResult, { ok: true }>) =>
  r.sheets.map((s) => ({ name: s.name, rows: s.grid.rows, merges: s.grid.merges }));

describe('readWorkbook: cell values', () => {
  let read: Extract<WorkbookReadResult, { ok: true }>;
  beforeAll(async () => {
    const bytes = await exceljsBytes((wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = { richText: [{ text: '申请', font: { bold: true } }, { text: '人' }] };
      ws.getCell('B1').value = { formula: 'A1', result: 45659 };
      ws.getCell('B1').numFmt = 'yyyy-mm-dd';
      ws.getCell('C1').value = { formula: 'A1', result: 45659 };
      ws.getCell('D1').value = { text: '链接', hyperlink: 'http://x' };
      ws.getCell('E1').value = true;
      ws.getCell('F1').value = { formula: 'NA()', result: { error: '#N/A' } };
      ws.getCell('G1').value = 45659.5;
      ws.getCell('G1').numFmt = 'yyyy-mm-dd hh:mm';
    });
    read = ok(readWorkbook(bytes, { fileName: 'cells.xlsx' }));
  });

  it('gives rich text as text, a formula its cached result (a date when formatted as one), hyperlinks as their text', () => {
    const row = read.sheets[0].grid.rows[0];
    expect(row[0]).toBe('申请人');
    expect(row[1]).toEqual(new Date(Date.UTC(2025, 0, 2)));
    expect(row[2]).toBe(45659);
    expect(row[3]).toBe('链接');
    expect(row[4]).toBe(true);
  });

  it('keeps a cached formula error apart, with a finding at its cell', () => {
    const cell = read.sheets[0].grid.rows[0][5];
    expect(isCellError(cell) && cell.error).toBe('#N/A');
    expect(read.findings).toEqual([expect.objectContaining({ sheet: '台账', row: 1, column: 'F', code: 'cell.error' })]);
  });

  it('keeps the time of day of a date-time serial', () => {
    expect(read.sheets[0].grid.rows[0][6]).toEqual(new Date(Date.UTC(2025, 0, 2, 12)));
  });
});

describe('readWorkbook: dates in both systems', () => {
  it('reads a date-formatted serial by the 1904 system when workbook.xml says so, and leaves bare numbers alone', () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>44000</v></c><c r="B1"><v>44000</v></c></row>');
    const in1904 = ok(readWorkbook(craftXlsx({ date1904: true, styles, sheets: [{ name: 'S', xml }] }), { fileName: 'a.xlsx' }));
    const in1900 = ok(readWorkbook(craftXlsx({ styles, sheets: [{ name: 'S', xml }] }), { fileName: 'b.xlsx' }));
    expect(in1904.dateSystem).toBe('1904');
    expect(in1904.sheets[0].grid.dateSystem).toBe('1904');
    expect(in1904.sheets[0].grid.rows[0]).toEqual([new Date(Date.UTC(2024, 5, 19)), 44000]); // 1904-01-01 + 44000 days
    expect(in1900.sheets[0].grid.rows[0]).toEqual([new Date(Date.UTC(2020, 5, 18)), 44000]);
  });

  it('finds styles.xml number formats even when numFmts come after cellXfs', () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/></cellXfs><numFmts><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts></styleSheet>`;
    const r = ok(
      readWorkbook(craftXlsx({ styles, sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>45721</v></c></row>') }] }), {
        fileName: 'c.xlsx',
      }),
    );
    expect(r.sheets[0].grid.rows[0][0]).toEqual(new Date(Date.UTC(2025, 2, 5)));
  });
});

describe('readWorkbook: whatever the zip entry order', () => {
  it('reads a 12-sheet exceljs workbook (workbook.xml and sharedStrings after the sheets) identically 20 times, with its names', async () => {
    const bytes = await exceljsBytes((wb) => {
      for (let m = 1; m <= 12; m++) {
        const ws = wb.addWorksheet(`${m}月`);
        ws.addRow(LEDGER_HEADER);
        for (let i = 1; i <= 30; i++) ws.addRow(ledgerRow(m * 100 + i));
      }
    });
    const names = [...new TextDecoder('latin1').decode(bytes).matchAll(/xl\/(?:worksheets\/sheet\d+|workbook|sharedStrings)\.xml/g)].map(
      (m) => m[0],
    );
    expect(names.indexOf('xl/workbook.xml')).toBeGreaterThan(names.indexOf('xl/worksheets/sheet12.xml'));
    const first = ok(readWorkbook(bytes, { fileName: 'months.xlsx' }));
    expect(first.sheets.map((s) => s.name)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    expect(first.sheets.every((s) => s.grid.rows.length === 31)).toBe(true);
    expect(first.sheets[11].grid.rows[30][0]).toBe(ledgerRow(1230)[0]);
    for (let i = 0; i < 19; i++) expect(shape(ok(readWorkbook(bytes, { fileName: 'months.xlsx' })))).toEqual(shape(first));
  });

  it('reads a LibreOffice-written workbook identically 20 times', () => {
    const bytes = fs.readFileSync(LIBREOFFICE);
    const first = ok(readWorkbook(bytes, { fileName: 'libreoffice-ledger.xlsx' }));
    expect(first.sheets.map((s) => s.name)).toEqual(['2025年依申请', '主动公开目录', '设置']);
    const grid = first.sheets[0].grid;
    expect(grid.merges).toEqual(['A1:H1']);
    expect(grid.rows[1].slice(0, 3)).toEqual(['申请编号', '收到日期', '申请方式']);
    expect(grid.rows[2].slice(0, 2)).toEqual(['2025-001', new Date(Date.UTC(2025, 0, 6))]);
    expect(grid.rows[3][6]).toEqual(new Date(Date.UTC(2025, 2, 28)));
    expect(grid.rows[2][9]).toBe(0.25);
    expect(grid.numberFormats?.[2]?.[9]).toBe('0.0%');
    expect(first.sheets[2].grid.rows[1]).toEqual(['机关全称', '某区某某街道办事处', 'office.name']);
    for (let i = 0; i < 19; i++) expect(shape(ok(readWorkbook(bytes, { fileName: 'libreoffice-ledger.xlsx' })))).toEqual(shape(first));
  });

  it('gives every sheet of a 300-sheet workbook with its name', async () => {
    const bytes = await exceljsBytes((wb) => {
      for (let s = 1; s <= 300; s++) wb.addWorksheet(`科室${s}`).addRow([`第${s}张`, s]);
    });
    const r = ok(readWorkbook(bytes, { fileName: 'many.xlsx' }));
    expect(r.sheets.map((s) => s.name)).toEqual(Array.from({ length: 300 }, (_, i) => `科室${i + 1}`));
    expect(r.sheets.map((s) => s.grid.rows[0])).toEqual(Array.from({ length: 300 }, (_, i) => [`第${i + 1}张`, i + 1]));
  });

  it('reads the same cells with the entries reversed', async () => {
    const bytes = fs.readFileSync(LIBREOFFICE);
    const reversed = rezip(bytes, (names) => [...names].reverse());
    expect(shape(ok(readWorkbook(reversed, { fileName: 'r.xlsx' })))).toEqual(shape(ok(readWorkbook(bytes, { fileName: 'r.xlsx' }))));
  });
});

describe('readWorkbook: what writers other than Excel do', () => {
  it('reads rows and cells without r', () => {
    const r = ok(readWorkbook(craftedFiles.rowsWithoutR(), { fileName: 'x.xlsx' }));
    expect(r.sheets[0].grid.rows).toEqual([LEDGER_HEADER, ledgerRow(1), ledgerRow(2), ledgerRow(3)]);
  });

  it('places a row without r after the row before it, and a cell without r after the cell before it', () => {
    const xml = sheetXml(
      '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row><row><c r="D4"><v>3</v></c></row><row><c><v>4</v></c></row>',
    );
    const r = ok(readWorkbook(craftXlsx({ sheets: [{ name: 'S', xml }] }), { fileName: 'x.xlsx' }));
    expect(r.sheets[0].grid.rows.slice(2)).toEqual([[null, 1, 2], [null, null, null, 3], [4]]);
  });

  it("reads attributes in single quotes (t='e')", () => {
    const r = ok(readWorkbook(craftedFiles.singleQuotedError(), { fileName: 'x.xlsx' }));
    const cell = r.sheets[0].grid.rows[2][3];
    expect(isCellError(cell) && cell.error).toBe('#N/A');
    expect(r.findings).toEqual([expect.objectContaining({ row: 3, column: 'D', code: 'cell.error' })]);
  });

  it('joins rich-text runs (shared and inline) and leaves phonetic runs out', () => {
    const r = ok(readWorkbook(craftedFiles.inlineAndRich(), { fileName: 'x.xlsx' }));
    expect(r.sheets[0].grid.rows[1][4]).toBe('申请人');
    expect(r.sheets[0].grid.rows[2][5]).toBe('某项目批复');
    expect(r.findings).toEqual([]);
  });

  it('names a shared string that does not exist, with its sheet and cell, and reads the rest of the row', () => {
    const r = ok(readWorkbook(craftedFiles.sharedStringOutOfRange(), { fileName: 'x.xlsx' }));
    expect(r.findings).toEqual([
      expect.objectContaining({ sheet: '台账', row: 3, column: 'E', code: 'cell.sharedString.missing', severity: 'error' }),
    ]);
    expect(r.findings[0].message).toContain('E3');
    expect(r.sheets[0].grid.rows[2][0]).toBe(ledgerRow(2)[0]);
  });

  it('renames the second of two sheets with the same name, with a finding', () => {
    const r = ok(readWorkbook(craftedFiles.duplicateSheetNames(), { fileName: 'x.xlsx' }));
    expect(r.sheets.map((s) => s.name)).toEqual(['台账', '台账 (2)']);
    expect(r.sheets[1].grid.sheet).toBe('台账 (2)');
    expect(r.findings).toEqual([expect.objectContaining({ sheet: '台账 (2)', code: 'sheet.name.duplicate', severity: 'warning' })]);
  });

  it('skips a chart sheet with a finding and still reads the sheets after it', () => {
    const r = ok(readWorkbook(craftedFiles.chartSheet(), { fileName: 'x.xlsx' }));
    expect(r.sheets.map((s) => [s.name, s.grid.rows.length])).toEqual([
      ['台账', 3],
      ['图表1', 0],
      ['台账二', 2],
    ]);
    expect(r.findings).toEqual([expect.objectContaining({ sheet: '图表1', code: 'sheet.skipped', severity: 'info' })]);
    expect(r.findings[0].message).toContain('图表工作表');
  });
});

describe('readWorkbook: limits', () => {
  it('names cells below row 1,048,576 in findings and allocates no row for them', () => {
    const r = ok(readWorkbook(craftedFiles.hugeRowNumber(), { fileName: 'x.xlsx' }));
    expect(r.sheets[0].grid.rows).toHaveLength(4);
    expect(r.findings[0]).toMatchObject({ row: 2_000_000_000, column: 'A', code: 'cell.beyondGrid', severity: 'error' });
    expect(r.findings).toHaveLength(LEDGER_HEADER.length);
  });

  it('names cells right of column XFD and keeps the columns that fit', () => {
    const r = ok(readWorkbook(craftedFiles.tooManyColumns(), { fileName: 'x.xlsx' }));
    expect(r.findings.map((f) => `${f.column}${f.row}`)).toEqual(['XFE1', 'XFE2', 'XFE3']);
    expect(r.sheets[0].grid.rows[1]).toEqual(ledgerRow(1));
  });

  it('lists the first cells beyond the grid one by one and counts the rest in one finding', () => {
    const rows = Array.from({ length: 30 }, (_, i) => inlineRow(1_048_577 + i, ['x'])).join('');
    const r = ok(readWorkbook(craftXlsx({ sheets: [{ name: 'S', xml: sheetXml(inlineRow(1, ['a']) + rows) }] }), { fileName: 'x.xlsx' }));
    expect(r.findings).toHaveLength(READER_LIMITS.listedPerKind + 1);
    expect(r.findings[READER_LIMITS.listedPerKind].message).toContain(`${30 - READER_LIMITS.listedPerKind} 个`);
  });

  it('truncates a cell over 32,767 characters and keeps its length and first characters in the finding', () => {
    const r = ok(readWorkbook(craftedFiles.longCell(), { fileName: 'x.xlsx' }));
    expect((r.sheets[0].grid.rows[3][5] as string).length).toBe(32_767);
    expect(r.findings).toEqual([expect.objectContaining({ row: 4, column: 'F', code: 'cell.text.tooLong' })]);
    expect(r.findings[0].message).toContain('40,000');
    expect(r.findings[0].message).toContain('长'.repeat(READER_LIMITS.previewChars));
  });

  it('refuses a DTD (and so never expands an entity)', () => {
    const r = readWorkbook(craftedFiles.doctypeEntity(), { fileName: 'x.xlsx' });
    expect(r).toMatchObject({ ok: false, code: 'xml.doctype' });
    expect(!r.ok && r.message).toContain('DTD');
  });

  it('refuses a zip bomb by its declared size, and by its real bytes when the zip lies', () => {
    expect(readWorkbook(craftedFiles.whitespaceBomb(), { fileName: 'x.xlsx' })).toMatchObject({ ok: false, code: 'zip.entry.tooLarge' });
    const lying = readWorkbook(craftedFiles.whitespaceBomb(2048, 4096), { fileName: 'x.xlsx' });
    expect(lying).toMatchObject({ ok: false, code: 'zip.bomb' });
    expect(!lying.ok && lying.message).toContain('压缩炸弹');
  });

  it('refuses a text run no cell could hold even when the compression ratio looks normal', () => {
    const limits = { ...READER_LIMITS, maxCompressionRatio: Number.MAX_VALUE };
    expect(readWorkbook(craftedFiles.whitespaceBomb(2048, 4096), { fileName: 'x.xlsx', limits })).toMatchObject({
      ok: false,
      code: 'xml.textTooLong',
    });
    expect(readWorkbook(craftedFiles.hugeCell(), { fileName: 'x.xlsx', limits })).toMatchObject({ ok: false, code: 'xml.textTooLong' });
  });

  it('stops at the workbook-wide inflated total and at the cell budget', () => {
    const bytes = craftXlsx({
      sheets: [
        { name: 'A', xml: ledgerSheetXml(200) },
        { name: 'B', xml: ledgerSheetXml(200) },
      ],
    });
    expect(readWorkbook(bytes, { fileName: 'x.xlsx', limits: { ...READER_LIMITS, maxTotalBytes: 60_000 } })).toMatchObject({
      ok: false,
      code: 'zip.total.tooLarge',
    });
    expect(readWorkbook(bytes, { fileName: 'x.xlsx', limits: { ...READER_LIMITS, maxCells: 2_000 } })).toMatchObject({
      ok: false,
      code: 'cells.tooMany',
    });
    expect(readWorkbook(bytes, { fileName: 'x.xlsx', limits: { ...READER_LIMITS, maxCells: 4_000 } }).ok).toBe(true);
  });

  it('refuses a truncated zip, a zip without workbook.xml, and a sheet whose part is missing', () => {
    expect(readWorkbook(craftedFiles.truncated(), { fileName: 'x.xlsx' })).toMatchObject({ ok: false, code: 'zip.truncated' });
    expect(readWorkbook(craftedFiles.missingWorkbook(), { fileName: 'x.xlsx' })).toMatchObject({ ok: false, code: 'workbook.missing' });
    expect(readWorkbook(craftedFiles.missingSheetPart(), { fileName: 'x.xlsx' })).toMatchObject({
      ok: false,
      code: 'workbook.partMissing',
    });
  });
});

describe('readWorkbook with an injected inflater (the CLI passes Node zlib)', () => {
  const inflate: RawInflate = (data, maxBytes) => zlib.inflateRawSync(data, { maxOutputLength: maxBytes });

  it('reads the same cells as with fflate', async () => {
    const bytes = fs.readFileSync(LIBREOFFICE);
    expect(shape(ok(readWorkbook(bytes, { fileName: 'x.xlsx', inflate })))).toEqual(shape(ok(readWorkbook(bytes, { fileName: 'x.xlsx' }))));
  });

  it('refuses the same bombs, truncated data and limits with the same codes', () => {
    const read = (bytes: Uint8Array, limits = READER_LIMITS) => readWorkbook(bytes, { fileName: 'x.xlsx', inflate, limits });
    expect(read(craftedFiles.whitespaceBomb())).toMatchObject({ ok: false, code: 'zip.entry.tooLarge' });
    expect(read(craftedFiles.whitespaceBomb(2048, 4096))).toMatchObject({ ok: false, code: 'zip.bomb' });
    expect(read(craftedFiles.hugeCell())).toMatchObject({ ok: false, code: 'zip.bomb' });
    const two = craftXlsx({
      sheets: [
        { name: 'A', xml: ledgerSheetXml(200) },
        { name: 'B', xml: ledgerSheetXml(200) },
      ],
    });
    expect(read(two, { ...READER_LIMITS, maxTotalBytes: 60_000 })).toMatchObject({ ok: false, code: 'zip.total.tooLarge' });
    expect(read(two, { ...READER_LIMITS, maxEntryBytes: 20_000 })).toMatchObject({ ok: false, code: 'zip.entry.tooLarge' });
    // A corrupt deflate stream (bytes flipped in the middle of the sheet's data) is a corrupt-file message.
    const broken = Uint8Array.from(two);
    for (let i = 900; i < 1000; i++) broken[i] ^= 0x55;
    const r = read(broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/已损坏|不完整/);
  });
});

describe('readWorkbook: date serials follow core/dates', () => {
  it.each([
    [1, '1900'],
    [59, '1900'],
    [61, '1900'],
    [45721, '1900'],
    [2_958_465, '1900'],
    [0, '1904'],
    [44000, '1904'],
    [2_957_003, '1904'],
  ] as const)('serial %d (%s system) gives the day fromExcelSerial gives', (serial, system) => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const xml = sheetXml(`<row r="1"><c r="A1" s="1"><v>${serial}</v></c></row>`);
    const r = ok(readWorkbook(craftXlsx({ styles, date1904: system === '1904', sheets: [{ name: 'S', xml }] }), { fileName: 'd.xlsx' }));
    const expected = fromExcelSerial(serial, system);
    if (!expected.ok) throw new Error(expected.reason);
    expect(r.sheets[0].grid.rows[0][0]).toEqual(toUtcMidnight(expected.date));
  });

  it('keeps serials that are no date (60, 0 in the 1900 system, past 9999-12-31) as numbers', () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>60</v></c><c r="B1" s="1"><v>0</v></c><c r="C1" s="1"><v>2958466</v></c></row>');
    const r = ok(readWorkbook(craftXlsx({ styles, sheets: [{ name: 'S', xml }] }), { fileName: 'd.xlsx' }));
    expect(r.sheets[0].grid.rows[0]).toEqual([60, 0, 2958466]);
  });
});
