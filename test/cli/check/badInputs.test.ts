import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { main } from '../../../cli/main';
import { memoryIO } from '../../../cli/io';
import { readLedgerFile } from '../../../cli/readers';
import type { CheckJson } from '../../../cli/commands/check';
import { isBlankRow } from '../../../core/ledger/cells';

const HEADER = ['申请编号', '收到日期', '申请方式', '申请人类型', '申请人', '申请内容', '答复日期', '答复类型'];
const ROW = (i: number) => [`2025-${String(i).padStart(4, '0')}`, '2025-03-05', '网络', '自然人', `申请人${i}`, '某项目批复', '2025-03-20', '予以公开'];

let dir: string;
let outDir: string;

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function xlsx(name: string, build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('台账'), wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function raw(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function check(file: string, withOut = true): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const io = memoryIO(dir);
  const args = ['check', file, '--json', '--today', '2025-12-31', ...(withOut ? ['--out', outDir] : [])];
  const code = await main(args, io);
  return { code, json: JSON.parse(io.stdout) as CheckJson, stderr: io.stderr };
}

/** Each bad input: how to make it, and whether `ogi check` must call it unusable (exit 2). */
const cases: Array<{ name: string; unusable: boolean; make: () => Promise<string> | string; expect?: (r: { code: number; json: CheckJson; stderr: string }) => void }> = [
  { name: 'empty workbook', unusable: true, make: () => xlsx('empty-workbook.xlsx', () => undefined) },
  { name: 'title only', unusable: true, make: () => xlsx('title-only.xlsx', (ws) => ws.addRow(['某街道政府信息公开申请登记台账（2025年）'])) },
  {
    name: 'no header', unusable: true,
    make: () => xlsx('no-header.xlsx', (ws) => { for (let i = 1; i <= 5; i++) ws.addRow([i, '张三', '2025-03-05', '已办']); }),
  },
  {
    name: 'duplicate headers', unusable: false,
    make: () => xlsx('duplicate-headers.xlsx', (ws) => { ws.addRow([...HEADER, '收到日期']); ws.addRow([...ROW(1), '2025-03-06']); }),
  },
  { name: '.xls (OLE2)', unusable: true, make: () => raw('old.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(512)])) },
  { name: 'password-protected xlsx', unusable: true, make: () => raw('locked.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)])) },
  {
    name: 'truncated zip', unusable: true,
    make: async () => {
      const full = await xlsx('full.xlsx', (ws) => { ws.addRow(HEADER); for (let i = 1; i < 50; i++) ws.addRow(ROW(i)); });
      const bytes = fs.readFileSync(full);
      fs.rmSync(full);
      return raw('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  },
  { name: 'random bytes named .xlsx', unusable: true, make: () => raw('random.xlsx', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) % 251))) },
  { name: 'zero-byte csv', unusable: true, make: () => raw('empty.csv', '') },
  {
    name: 'GBK csv', unusable: false,
    make: () => raw('gbk.csv', iconv.encode(`${HEADER.join(',')}\r\n${ROW(1).join(',')}\r\n${ROW(2).join(',')}\r\n`, 'gbk')),
    expect: (r) => expect(r.json.files[0].sheets[0].dataRows).toBe(2),
  },
  {
    name: 'mixed line endings csv', unusable: false,
    make: () => raw('mixed.csv', `\uFEFF${HEADER.join(',')}\r\n${ROW(1).join(',')}\n${ROW(2).join(',')}\r${ROW(3).join(',')}\r\n`),
    expect: (r) => expect(r.json.files[0].sheets[0].dataRows).toBe(3),
  },
  {
    name: 'formula and error cells', unusable: false,
    make: () => xlsx('formulas.xlsx', (ws) => {
      ws.addRow(HEADER);
      ws.addRow(ROW(1));
      ws.addRow([{ formula: 'A2&"X"', result: '2025-0001X' }, { formula: 'DATE(2025,3,6)', result: 45722 }, '网络', { error: '#N/A' }, '李四', '某文件', null, null]);
      ws.getCell('B3').numFmt = 'yyyy-mm-dd';
    }),
    expect: (r) => {
      const f = r.json.files[0].sheets[0].findings;
      expect(f.some((x) => x.row === 3 && x.column === 'D' && x.code === 'cell.error')).toBe(true);
    },
  },
  {
    name: 'merged data cells', unusable: false,
    make: () => xlsx('merged-data.xlsx', (ws) => {
      ws.addRow([...HEADER, '承办科室']);
      for (let i = 1; i <= 4; i++) ws.addRow([...ROW(i), i === 1 ? '办公室' : null]);
      ws.mergeCells('I2:I5');
    }),
  },
  {
    name: 'numbers stored as text', unusable: false,
    make: () => xlsx('numbers-as-text.xlsx', (ws) => {
      ws.addRow([...HEADER, '延期工作日']);
      ws.addRow(['00123', '45721', '网络', '自然人', '王五', '某事项', '45736', '予以公开', '15']);
    }),
  },
  {
    name: 'dates as bare serials', unusable: false,
    make: () => xlsx('serials.xlsx', (ws) => {
      ws.addRow(HEADER);
      ws.addRow(['2025-0001', 45721, '网络', '自然人', '赵六', '某事项', 45736, '予以公开']);
    }),
    expect: (r) => expect(r.json.files[0].sheets[0].findings.filter((f) => f.code.startsWith('date.') && f.severity === 'error')).toEqual([]),
  },
  {
    name: 'title rows, merged two-row header, blank rows', unusable: false,
    make: () => xlsx('two-row-header.xlsx', (ws) => {
      ws.addRow(['某街道依申请公开登记台账']);
      ws.mergeCells('A1:H1');
      ws.addRow(['申请编号', '收到日期', '申请方式', '申请人信息', null, '申请内容', '答复日期', '答复类型']);
      ws.addRow([null, null, null, '申请人类型', '姓名/名称', null, null, null]);
      ws.mergeCells('D2:E2');
      for (const c of ['A', 'B', 'C', 'F', 'G', 'H']) ws.mergeCells(`${c}2:${c}3`);
      ws.addRow(ROW(1));
      ws.addRow([]);
      ws.addRow(ROW(2));
    }),
    expect: (r) => {
      const s = r.json.files[0].sheets[0];
      expect(s.headerRow).toBe(3);
      expect(s.mapping.applicantType).toBe('D');
      expect(s.dataRows).toBe(2);
    },
  },
];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bad-'));
  outDir = path.join(dir, 'out');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ogi check on bad input: never a crash, exit 2 only for unusable files, source untouched', () => {
  it('has at least 15 bad files', () => expect(cases.length + 1).toBeGreaterThanOrEqual(15));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = await c.make();
    const before = sha256(file);
    const r = await check(file);
    expect(sha256(file)).toBe(before);
    if (c.unusable) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(r.json.files[0].error).toMatch(/[\u4e00-\u9fff]/);
      expect(fs.existsSync(path.join(outDir, `${path.basename(file)}.register.xlsx`))).toBe(false);
    } else {
      expect([0, 1]).toContain(r.code);
      expect(r.json.files[0].error).toBeUndefined();
      expect(fs.existsSync(path.join(outDir, `${path.basename(file)}.register.xlsx`))).toBe(true);
      await expectEveryRowAccounted(file, r.json);
    }
    c.expect?.(r);
  });

  it('a 200,000-row ledger', async () => {
    const file = path.join(dir, 'big-200k.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet('台账');
    ws.addRow(HEADER).commit();
    for (let i = 1; i <= 200_000; i++) ws.addRow(ROW(i)).commit();
    ws.commit();
    await wb.commit();
    const before = sha256(file);
    const r = await check(file, false);
    expect(sha256(file)).toBe(before);
    expect(r.code).toBe(0);
    expect(r.json.files[0].sheets[0].dataRows).toBe(200_000);
  }, 300_000);
});

/** Every non-blank source row below the header is in the register (来源行) or named in a finding. */
async function expectEveryRowAccounted(file: string, json: CheckJson): Promise<void> {
  const read = await readLedgerFile(file);
  if (!read.ok) throw new Error(read.message);
  const register = new ExcelJS.Workbook();
  await register.xlsx.readFile(path.join(outDir, `${path.basename(file)}.register.xlsx`));
  for (const sheet of json.files[0].sheets) {
    if (sheet.headerRow === null) continue;
    const grid = read.grids.find((g) => g.sheet === sheet.sheet)!;
    const inRegister = new Set<number>();
    for (const ws of register.worksheets) {
      const header: string[] = [];
      ws.getRow(1).eachCell((c, n) => (header[n] = String(c.value)));
      const sheetCol = header.indexOf('来源工作表');
      const rowCol = header.indexOf('来源行');
      if (sheetCol < 0 || rowCol < 0) continue;
      ws.eachRow((row, n) => {
        if (n > 1 && row.getCell(sheetCol).value === sheet.sheet) inRegister.add(Number(row.getCell(rowCol).value));
      });
    }
    const named = new Set(sheet.findings.map((f) => f.row));
    const missing: number[] = [];
    grid.rows.forEach((row, i) => {
      const excelRow = grid.firstRow + i;
      if (excelRow > sheet.headerRow! && !isBlankRow(row) && !inRegister.has(excelRow) && !named.has(excelRow)) missing.push(excelRow);
    });
    expect(missing).toEqual([]);
    expect(inRegister.size).toBeGreaterThan(0);
  }
}
