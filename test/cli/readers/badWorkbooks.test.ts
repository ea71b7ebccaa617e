import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { memoryIO } from '../../../cli/io';
import type { CheckJson } from '../../../cli/commands/check';
import { craftedFiles, LEDGER_HEADER, ledgerRow } from '../../helpers/craftedWorkbooks';

jest.setTimeout(120_000);

let dir: string;
let outDir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-badbooks-'));
  outDir = path.join(dir, 'out');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface Run {
  code: number;
  json: CheckJson;
  stderr: string;
}

async function check(file: string): Promise<Run> {
  const io = memoryIO(dir);
  const code = await main(['check', file, '--json', '--today', '2025-12-31', '--out', outDir], io);
  return { code, json: JSON.parse(io.stdout) as CheckJson, stderr: io.stderr };
}

/** (sheet, Excel row) pairs that reached the register (its 来源工作表/来源行 columns). */
async function registerRows(file: string): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(outDir, `${path.basename(file)}.register.xlsx`));
  const out = new Set<string>();
  for (const ws of wb.worksheets) {
    const header: string[] = [];
    ws.getRow(1).eachCell((c, n) => (header[n] = String(c.value)));
    const sheetCol = header.indexOf('来源工作表');
    const rowCol = header.indexOf('来源行');
    if (sheetCol < 0 || rowCol < 0) continue;
    ws.eachRow((row, n) => {
      if (n > 1) out.add(`${String(row.getCell(sheetCol).value)}!${Number(row.getCell(rowCol).value)}`);
    });
  }
  return out;
}

/** Each bad workbook or CSV: its bytes, the exit code, what the message or findings must say, and the source rows to account for. */
interface Case {
  name: string;
  file: string;
  make: () => Uint8Array;
  code: 0 | 1 | 2;
  /** For exit 2: the Chinese message. */
  message?: RegExp;
  /** For usable files: finding codes that must be present (sheet!code). */
  findings?: string[];
  /** For usable files: `sheet!row` of every source data row, each in the register or named in a finding. */
  rows?: string[];
  extra?: (r: Run) => void;
}

const rows = (sheet: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${sheet}!${from + i}`);

const cases: Case[] = [
  {
    name: 'a row numbered 2,000,000,000',
    file: 'row-2e9.xlsx',
    make: craftedFiles.hugeRowNumber,
    code: 1,
    findings: ['台账!cell.beyondGrid'],
    rows: [...rows('台账', 2, 4), '台账!2000000000'],
  },
  {
    name: 'a 300 MB cell in a small file',
    file: 'cell-300mb.xlsx',
    make: () => craftedFiles.hugeCell(300),
    code: 2,
    message: /压缩比异常|连续文字/,
  },
  {
    name: 'a whitespace zip bomb (2 GiB)',
    file: 'bomb.xlsx',
    make: () => craftedFiles.whitespaceBomb(2048),
    code: 2,
    message: /解压后超过 512 MB/,
  },
  {
    name: 'a zip bomb that lies about its size',
    file: 'bomb-lying.xlsx',
    make: () => craftedFiles.whitespaceBomb(2048, 4096),
    code: 2,
    message: /压缩炸弹/,
  },
  {
    name: 'cells in column 16,385 (XFE)',
    file: 'xfe.xlsx',
    make: craftedFiles.tooManyColumns,
    code: 1,
    findings: ['台账!cell.beyondGrid'],
    rows: rows('台账', 2, 3),
  },
  {
    name: 'a shared string index out of range',
    file: 'sst.xlsx',
    make: craftedFiles.sharedStringOutOfRange,
    code: 1,
    findings: ['台账!cell.sharedString.missing'],
    rows: rows('台账', 2, 3),
  },
  { name: 'rows and cells without r', file: 'no-r.xlsx', make: craftedFiles.rowsWithoutR, code: 0, rows: rows('台账', 2, 4) },
  {
    name: "a cached error in single quotes (t='e')",
    file: 'quote-e.xlsx',
    make: craftedFiles.singleQuotedError,
    code: 1,
    findings: ['台账!cell.error'],
    rows: rows('台账', 2, 3),
  },
  {
    name: 'inline strings and rich-text runs',
    file: 'rich.xlsx',
    make: craftedFiles.inlineAndRich,
    code: 0,
    rows: rows('台账', 2, 3),
    extra: (r) => expect(r.json.files[0].sheets[0].mapping).toMatchObject({ applicantName: 'E' }),
  },
  {
    name: 'two sheets with the same name',
    file: 'dup.xlsx',
    make: craftedFiles.duplicateSheetNames,
    code: 0,
    findings: ['台账 (2)!sheet.name.duplicate'],
    rows: [...rows('台账', 2, 3), ...rows('台账 (2)', 2, 4)],
  },
  { name: 'a DTD with entities', file: 'dtd.xlsx', make: craftedFiles.doctypeEntity, code: 2, message: /DTD/ },
  {
    name: 'a chart sheet between two ledgers',
    file: 'chart.xlsx',
    make: craftedFiles.chartSheet,
    code: 0,
    findings: ['图表1!sheet.skipped'],
    rows: [...rows('台账', 2, 3), ...rows('台账二', 2, 2)],
  },
  {
    name: 'a cell of 40,000 characters',
    file: 'long.xlsx',
    make: craftedFiles.longCell,
    code: 0,
    findings: ['台账!cell.text.tooLong'],
    rows: rows('台账', 2, 4),
  },
  { name: 'a truncated zip', file: 'cut.xlsx', make: craftedFiles.truncated, code: 2, message: /不完整或已损坏/ },
  {
    name: 'a zip without xl/workbook.xml',
    file: 'no-workbook.xlsx',
    make: craftedFiles.missingWorkbook,
    code: 2,
    message: /缺少 xl\/workbook\.xml/,
  },
  {
    name: 'a sheet whose part is missing',
    file: 'no-part.xlsx',
    make: craftedFiles.missingSheetPart,
    code: 2,
    message: /sheet2\.xml 不在文件中/,
  },
  {
    name: 'a UTF-8 BOM followed by GBK text (CSV)',
    file: 'bom-gbk.csv',
    make: craftedFiles.bomGbkCsv,
    code: 0,
    findings: ['bom-gbk.csv!file.encoding.bomMismatch'],
    rows: rows('bom-gbk.csv', 2, 3),
    extra: (r) => expect(r.json.files[0].sheets[0].headerRow).toBe(1),
  },
  {
    name: 'a semicolon in the title line of a comma CSV',
    file: 'title-semicolon.csv',
    make: craftedFiles.semicolonTitleCsv,
    code: 0,
    rows: rows('title-semicolon.csv', 3, 5),
    extra: (r) => {
      expect(r.json.files[0].sheets[0].headerRow).toBe(2);
      expect(r.json.files[0].sheets[0].dataRows).toBe(3);
    },
  },
];

describe('ogi check on crafted workbooks: a Chinese message and exit 2, or every row in the register or a finding', () => {
  it('covers at least 14 classes', () => expect(cases.length).toBeGreaterThanOrEqual(14));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = path.join(dir, c.file);
    fs.writeFileSync(file, c.make());
    const before = sha256(file);
    const started = performance.now();
    const r = await check(file);
    // Not a timing assertion on speed: a refusal that took as long as the 60 s promise would be a hang.
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(sha256(file)).toBe(before);
    expect(r.code).toBe(c.code);
    if (c.code === 2) {
      expect(r.json.files[0].error).toMatch(c.message ?? /[\u4e00-\u9fff]/);
      expect(r.stderr).toMatch(c.message ?? /[\u4e00-\u9fff]/);
      expect(fs.existsSync(path.join(outDir, `${c.file}.register.xlsx`))).toBe(false);
    } else {
      expect(r.json.files[0].error).toBeUndefined();
      const all = r.json.files[0].sheets.flatMap((s) => s.findings.map((f) => ({ ...f, sheet: f.sheet || s.sheet })));
      for (const want of c.findings ?? []) expect(all.map((f) => `${f.sheet}!${f.code}`)).toContain(want);
      const inRegister = await registerRows(file);
      const named = new Set(all.filter((f) => f.row !== null).map((f) => `${f.sheet}!${f.row}`));
      expect((c.rows ?? []).filter((row) => !inRegister.has(row) && !named.has(row))).toEqual([]);
    }
    c.extra?.(r);
  });

  it('gives a 12-sheet exceljs workbook (workbook.xml after the sheets) with all its sheets and names', async () => {
    const wb = new ExcelJS.Workbook();
    for (let m = 1; m <= 12; m++) {
      const ws = wb.addWorksheet(`${m}月`);
      ws.addRow(LEDGER_HEADER);
      for (let i = 1; i <= 5; i++) ws.addRow(ledgerRow(m * 10 + i));
    }
    const file = path.join(dir, 'months.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await check(file);
    expect(r.code).toBe(0);
    expect(r.json.files[0].sheets.map((s) => [s.sheet, s.dataRows])).toEqual(Array.from({ length: 12 }, (_, i) => [`${i + 1}月`, 5]));
  });
});
