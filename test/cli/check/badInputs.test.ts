import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { main } from '../../../cli/main';
import { memoryIO } from '../../../cli/io';
import { readLedgerFile } from '../../../cli/readers';
import { checkCommand, CheckJson } from '../../../cli/commands/check';
import { UnreadableWorkbook } from '../../../core/workbook/errors';
import { isBlankRow } from '../../../core/ledger/cells';
import { LEDGER_HEADER, ledgerRow } from '../../helpers/craftedWorkbooks';

// The crafted ledger's header and rows, shared with the reader's bad-workbook suite.
const HEADER = LEDGER_HEADER;
const ROW = ledgerRow;

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
const cases: Array<{
  name: string;
  unusable: boolean;
  make: () => Promise<string> | string;
  expect?: (r: { code: number; json: CheckJson; stderr: string }) => void;
}> = [
  { name: 'empty workbook', unusable: true, make: () => xlsx('empty-workbook.xlsx', () => undefined) },
  {
    name: 'title only',
    unusable: true,
    make: () => xlsx('title-only.xlsx', (ws) => ws.addRow(['某街道政府信息公开申请登记台账（2025年）'])),
  },
  {
    name: 'no header',
    unusable: true,
    make: () =>
      xlsx('no-header.xlsx', (ws) => {
        for (let i = 1; i <= 5; i++) ws.addRow([i, '张三', '2025-03-05', '已办']);
      }),
  },
  {
    name: 'duplicate headers',
    unusable: false,
    make: () =>
      xlsx('duplicate-headers.xlsx', (ws) => {
        ws.addRow([...HEADER, '收到日期']);
        ws.addRow([...ROW(1), '2025-03-06']);
      }),
  },
  {
    name: '.xls (OLE2)',
    unusable: true,
    make: () =>
      raw(
        'old.xls',
        Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(512)]),
      ),
  },
  {
    name: 'password-protected xlsx',
    unusable: true,
    make: () =>
      raw(
        'locked.xlsx',
        Buffer.concat([
          Buffer.from('d0cf11e0a1b11ae1', 'hex'),
          Buffer.alloc(504),
          Buffer.from('EncryptedPackage', 'utf16le'),
          Buffer.alloc(512),
        ]),
      ),
  },
  {
    name: 'truncated zip',
    unusable: true,
    make: async () => {
      const full = await xlsx('full.xlsx', (ws) => {
        ws.addRow(HEADER);
        for (let i = 1; i < 50; i++) ws.addRow(ROW(i));
      });
      const bytes = fs.readFileSync(full);
      fs.rmSync(full);
      return raw('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  },
  {
    name: 'random bytes named .xlsx',
    unusable: true,
    make: () => raw('random.xlsx', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) % 251))),
  },
  { name: 'zero-byte csv', unusable: true, make: () => raw('empty.csv', '') },
  {
    name: 'GBK csv',
    unusable: false,
    make: () => raw('gbk.csv', iconv.encode(`${HEADER.join(',')}\r\n${ROW(1).join(',')}\r\n${ROW(2).join(',')}\r\n`, 'gbk')),
    expect: (r) => expect(r.json.files[0].sheets[0].dataRows).toBe(2),
  },
  {
    name: 'mixed line endings csv',
    unusable: false,
    make: () => raw('mixed.csv', `\uFEFF${HEADER.join(',')}\r\n${ROW(1).join(',')}\n${ROW(2).join(',')}\r${ROW(3).join(',')}\r\n`),
    expect: (r) => expect(r.json.files[0].sheets[0].dataRows).toBe(3),
  },
  {
    name: 'formula and error cells',
    unusable: false,
    make: () =>
      xlsx('formulas.xlsx', (ws) => {
        ws.addRow(HEADER);
        ws.addRow(ROW(1));
        ws.addRow([
          { formula: 'A2&"X"', result: '2025-0001X' },
          { formula: 'DATE(2025,3,6)', result: 45722 },
          '网络',
          { error: '#N/A' },
          '李四',
          '某文件',
          null,
          null,
        ]);
        ws.getCell('B3').numFmt = 'yyyy-mm-dd';
      }),
    expect: (r) => {
      const f = r.json.files[0].sheets[0].findings;
      expect(f.some((x) => x.row === 3 && x.column === 'D' && x.code === 'cell.error')).toBe(true);
    },
  },
  {
    name: 'merged data cells',
    unusable: false,
    make: () =>
      xlsx('merged-data.xlsx', (ws) => {
        ws.addRow([...HEADER, '承办科室']);
        for (let i = 1; i <= 4; i++) ws.addRow([...ROW(i), i === 1 ? '办公室' : null]);
        ws.mergeCells('I2:I5');
      }),
  },
  {
    name: 'numbers stored as text',
    unusable: false,
    make: () =>
      xlsx('numbers-as-text.xlsx', (ws) => {
        ws.addRow([...HEADER, '延期工作日']);
        ws.addRow(['00123', '45721', '网络', '自然人', '王五', '某事项', '45736', '予以公开', '15']);
      }),
  },
  {
    name: 'dates as bare serials',
    unusable: false,
    make: () =>
      xlsx('serials.xlsx', (ws) => {
        ws.addRow(HEADER);
        ws.addRow(['2025-0001', 45721, '网络', '自然人', '赵六', '某事项', 45736, '予以公开']);
      }),
    expect: (r) =>
      expect(r.json.files[0].sheets[0].findings.filter((f) => f.code.startsWith('date.') && f.severity === 'error')).toEqual([]),
  },
  {
    name: 'title rows, merged two-row header, blank rows',
    unusable: false,
    make: () =>
      xlsx('two-row-header.xlsx', (ws) => {
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

/** `ogi …` in `cwd`: exit code and both streams. */
async function ogi(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIO(cwd);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** A fresh folder under the test's temporary folder. */
function folder(name: string): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

/** An applications ledger with `rows` data rows (row i+1 from ROW(i)), as .xlsx at `file`. */
async function ledgerAt(file: string, rows = 3, edit?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(HEADER);
  for (let i = 1; i <= rows; i++) ws.addRow(ROW(i));
  edit?.(ws);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

/** The example catalogue (for ogi transfer), copied to `file`. */
function catalogueAt(file: string): string {
  const examples = path.join(__dirname, '../../../templates/examples');
  const name = fs.readdirSync(examples).find((f) => f.includes('主动公开目录') && f.endsWith('.xlsx'))!;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(path.join(examples, name), file);
  return file;
}

const CLASH = /就是输入文件.*覆盖源文件/;

/** `ogi check --json` of one or more files into `out`. */
async function checkInto(files: string[], out: string): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const r = await ogi(['check', ...files, '--json', '--today', '2025-12-31', '--out', out]);
  return { code: r.code, json: JSON.parse(r.stdout) as CheckJson, stderr: r.stderr };
}

/** Findings of every sheet of the first file. */
const findingsOf = (json: CheckJson, i = 0) => json.files[i].sheets.flatMap((s) => s.findings);

describe('outputs and exit codes (issue 10): an output never overwrites an input, input never gives exit 3', () => {
  it('a ledger named annual-2025.xlsx in the --out folder: exit 2 naming both, nothing written', async () => {
    const out = folder('clash-annual');
    const ledger = await ledgerAt(path.join(out, 'annual-2025.xlsx'));
    const before = sha256(ledger);
    const r = await ogi(['report', 'annual', '--year', '2025', ledger, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(CLASH);
    expect(r.stderr).toContain('annual-2025.xlsx');
    expect(sha256(ledger)).toBe(before);
    expect(fs.readdirSync(out)).toEqual(['annual-2025.xlsx']);
  });

  it('a ledger named monthly-2025-03.xlsx in the --out folder: exit 2, source unchanged', async () => {
    const out = folder('clash-monthly');
    const ledger = await ledgerAt(path.join(out, 'monthly-2025-03.xlsx'));
    const before = sha256(ledger);
    const r = await ogi(['report', 'monthly', '--month', '2025-03', ledger, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(CLASH);
    expect(sha256(ledger)).toBe(before);
    expect(fs.readdirSync(out)).toEqual(['monthly-2025-03.xlsx']);
  });

  it('a catalogue named transfer-20251231-DA.xlsx in the --out folder: exit 2, not even the PDF is written', async () => {
    const out = folder('clash-transfer');
    const catalogue = catalogueAt(path.join(out, 'transfer-20251231-DA.xlsx'));
    const settings = path.join(dir, 'office-settings.json');
    fs.writeFileSync(settings, JSON.stringify({ office: { name: '某区某某局' } }));
    const before = sha256(catalogue);
    const r = await ogi(['transfer', catalogue, '--to', '档案馆', '--date', '2025-12-31', '--settings', settings, '--xlsx', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(CLASH);
    expect(r.stderr).toContain('transfer-20251231-DA.xlsx');
    expect(sha256(catalogue)).toBe(before);
    expect(fs.readdirSync(out)).toEqual(['transfer-20251231-DA.xlsx']);
  });

  it('a register path that is a symlink to the source: exit 2, the link and the source untouched', async () => {
    const ledger = await ledgerAt(path.join(dir, 'linked', '台账.xlsx'));
    const out = folder('linked-out');
    const link = path.join(out, '台账.xlsx.register.xlsx');
    fs.symlinkSync(ledger, link);
    const before = sha256(ledger);
    const r = await ogi(['check', ledger, '--json', '--today', '2025-12-31', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(CLASH);
    expect(r.stderr).toContain('台账.xlsx.register.xlsx');
    expect(sha256(ledger)).toBe(before);
    expect(fs.readlinkSync(link)).toBe(ledger);
  });

  it('an --out folder that is a symlink to the ledger folder: the real paths clash, exit 2', async () => {
    const home = folder('real-home');
    const ledger = await ledgerAt(path.join(home, 'annual-2025.xlsx'));
    const alias = path.join(dir, 'alias-of-home');
    fs.symlinkSync(home, alias);
    const before = sha256(ledger);
    const r = await ogi(['report', 'annual', '--year', '2025', ledger, '--out', alias]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(CLASH);
    expect(sha256(ledger)).toBe(before);
  });

  it('an existing symlink at an output path (to some other file) is replaced, never written through', async () => {
    const ledger = await ledgerAt(path.join(dir, 'replace', '台账.xlsx'));
    const out = folder('replace-out');
    const victim = raw('victim.txt', '别人的文件');
    const link = path.join(out, '台账.xlsx.register.xlsx');
    fs.symlinkSync(victim, link);
    const before = sha256(ledger);
    const r = await checkInto([ledger], out);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('别人的文件');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect(sha256(ledger)).toBe(before);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await expectEveryRowAccounted(ledger, r.json, link);
  });

  it('--out naming an existing file: exit 2 in Chinese (was EEXIST, exit 3)', async () => {
    const ledger = await ledgerAt(path.join(dir, 'outfile', '台账.xlsx'));
    const notAFolder = raw('not-a-folder.txt', 'x');
    const before = sha256(ledger);
    for (const args of [
      ['check', ledger, '--today', '2025-12-31', '--out', notAFolder],
      ['report', 'annual', '--year', '2025', ledger, '--out', notAFolder],
      ['report', 'monthly', '--month', '2025-03', ledger, '--out', notAFolder],
    ]) {
      const r = await ogi(args);
      expect([args[0], r.code]).toEqual([args[0], 2]);
      expect(r.stderr).toMatch(/--out 应为文件夹/);
    }
    expect(sha256(ledger)).toBe(before);
    expect(fs.readFileSync(notAFolder, 'utf8')).toBe('x');
  });

  it('the same file twice to report annual is read and counted once, with a warning', async () => {
    const ledger = await ledgerAt(path.join(dir, 'twice', '台账.xlsx'), 4);
    const before = sha256(ledger);
    const once = await ogi(['report', 'annual', '--year', '2025', ledger, '--json']);
    const twice = await ogi(['report', 'annual', '--year', '2025', ledger, path.join(path.dirname(ledger), '.', '台账.xlsx'), '--json']);
    expect(twice.code).toBe(once.code);
    expect(twice.stderr).toMatch(/是同一个文件，只读取一次/);
    const received = (s: string) => (JSON.parse(s) as { table3: { rows: { new: Array<number | null> } } }).table3.rows.new[6];
    expect(received(twice.stdout)).toBe(4);
    expect(received(twice.stdout)).toBe(received(once.stdout));
    expect(sha256(ledger)).toBe(before);
  });

  it('two inputs with the same base name get two registers named after their folders', async () => {
    const a = await ledgerAt(path.join(dir, 'a', '台账.xlsx'), 2);
    const b = await ledgerAt(path.join(dir, 'b', '台账.xlsx'), 3);
    const out = folder('same-name-out');
    const [ha, hb] = [sha256(a), sha256(b)];
    const r = await checkInto([a, b], out);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['a_台账.xlsx.register.xlsx', 'b_台账.xlsx.register.xlsx']);
    expect(r.json.files.map((f) => f.sheets[0].dataRows)).toEqual([2, 3]);
    await expectEveryRowAccounted(a, r.json, path.join(out, 'a_台账.xlsx.register.xlsx'), 0);
    await expectEveryRowAccounted(b, r.json, path.join(out, 'b_台账.xlsx.register.xlsx'), 1);
    expect([sha256(a), sha256(b)]).toEqual([ha, hb]);
  });

  it('a receipt date of 9999-12-31 is a finding at its cell (was exit 3: the deadline ran past year 9999)', async () => {
    const ledger = await ledgerAt(path.join(dir, 'd9999.xlsx'), 3, (ws) => (ws.getCell('B3').value = '9999-12-31'));
    const before = sha256(ledger);
    const r = await check(ledger);
    expect(r.code).toBe(1);
    const f = findingsOf(r.json).find((x) => x.row === 3 && x.column === 'B');
    expect(f?.code).toBe('date.invalid');
    expect(f?.message).toMatch(/9999-12-31.*无法计算期限/);
    expect(sha256(ledger)).toBe(before);
    await expectEveryRowAccounted(ledger, r.json);
    const deadline = await ogi(['deadline', '--received', '9999-12-31']);
    expect(deadline.code).toBe(2);
    expect(deadline.stderr).toMatch(/无法计算期限/);
  });

  it("date serials 3000000 and 2958465 (Excel's last day) are findings, not a crash", async () => {
    const ledger = await ledgerAt(path.join(dir, 'serials-past-end.xlsx'), 3, (ws) => {
      ws.getCell('B2').value = 3_000_000;
      ws.getCell('B3').value = 2_958_465;
    });
    const before = sha256(ledger);
    const r = await check(ledger);
    expect(r.code).toBe(1);
    const at = (row: number) => findingsOf(r.json).find((x) => x.row === row && x.column === 'B' && x.code === 'date.invalid');
    expect(at(2)?.message).toMatch(/超出 Excel 日期范围/);
    expect(at(3)?.message).toMatch(/无法计算期限/);
    expect(sha256(ledger)).toBe(before);
    await expectEveryRowAccounted(ledger, r.json);
  });

  it('a sheet with 16,384 columns still gives a register; the columns past XFD are named in a finding', async () => {
    const wide = [...HEADER];
    for (let i = HEADER.length; i < 16_384; i++) wide.push(`备注${i}`);
    const row = [...ROW(1)];
    for (let i = HEADER.length; i < 16_384; i++) row.push(`值${i}`);
    const ledger = await xlsx('wide-16384.xlsx', (ws) => {
      ws.addRow(wide);
      ws.addRow(row);
      ws.addRow(ROW(2));
    });
    const before = sha256(ledger);
    const r = await check(ledger);
    expect(r.code).toBe(0);
    const f = findingsOf(r.json).find((x) => x.code === 'register.columns.beyondXfd');
    expect(f?.row).toBe(1);
    expect(f?.message).toMatch(/列放不进登记表.*XFD/);
    const register = new ExcelJS.Workbook();
    await register.xlsx.readFile(path.join(outDir, 'wide-16384.xlsx.register.xlsx'));
    expect(register.worksheets[0].columnCount).toBe(16_384);
    expect(sha256(ledger)).toBe(before);
    await expectEveryRowAccounted(ledger, r.json);
  }, 120_000);

  it('U+FFFE, U+FFFF and control characters in cells: removed in the register (which opens), with a finding', async () => {
    const csv = `${HEADER.join(',')}\r\n${ROW(1).join(',')}\r\n2025-0002,2025-03-05,网络,自然人,张\uFFFE三\u0001,某\uFFFF事项\u0007\u001B,2025-03-20,予以公开\r\n${ROW(3).join(',')}\r\n`;
    const ledger = raw('xml-forbidden.csv', csv);
    const before = sha256(ledger);
    const r = await check(ledger);
    expect(r.code).toBe(0);
    const xml = findingsOf(r.json).filter((x) => x.code === 'register.cell.xmlChars');
    expect(xml.map((x) => `${x.column}${x.row}`).sort()).toEqual(['E3', 'F3']);
    expect(xml[0].message).toMatch(/不允许的字符/);
    const register = new ExcelJS.Workbook();
    await register.xlsx.readFile(path.join(outDir, 'xml-forbidden.csv.register.xlsx'));
    const ws = register.worksheets[0];
    const values = ws.getRow(3).values as unknown[];
    expect(values).toContain('张三');
    expect(values).toContain('某事项');
    const sheet = register.getWorksheet('检查结果')!;
    const listed: string[] = [];
    sheet.eachRow((row) => listed.push(String(row.getCell(7).value)));
    expect(listed.filter((c) => c === 'register.cell.xmlChars')).toHaveLength(2);
    expect(sha256(ledger)).toBe(before);
    await expectEveryRowAccounted(ledger, r.json);
  });

  it('a 40,000-character cell is cut to 32,767 in the register, with a finding', async () => {
    const ledger = raw(
      'long-cell.csv',
      `${HEADER.join(',')}\r\n${ROW(1).join(',')}\r\n2025-0002,2025-03-05,网络,自然人,李四,${'长'.repeat(40_000)},2025-03-20,予以公开\r\n`,
    );
    const before = sha256(ledger);
    const r = await check(ledger);
    expect([0, 1]).toContain(r.code);
    expect(findingsOf(r.json).some((x) => x.row === 3 && x.column === 'F' && /40,000/.test(x.message))).toBe(true);
    const register = new ExcelJS.Workbook();
    await register.xlsx.readFile(path.join(outDir, 'long-cell.csv.register.xlsx'));
    const texts = (register.worksheets[0].getRow(3).values as unknown[]).filter((v): v is string => typeof v === 'string');
    const longest = Math.max(...texts.map((v) => v.length));
    expect(longest).toBe(32_767);
    expect(sha256(ledger)).toBe(before);
    await expectEveryRowAccounted(ledger, r.json);
  });

  it('two notices for one duplicated 申请编号 get two files, not one overwriting the other', async () => {
    const ledger = await ledgerAt(path.join(dir, 'dup-id', '台账.xlsx'), 2, (ws) => {
      ws.getCell('A3').value = '2025-0001';
      ws.getCell('G2').value = null;
      ws.getCell('H2').value = null;
      ws.getCell('G3').value = null;
      ws.getCell('H3').value = null;
    });
    const out = folder('dup-id-out');
    const settings = path.join(dir, 'notice-settings.json');
    fs.writeFileSync(
      settings,
      JSON.stringify({
        office: { name: '某区某某局', abbreviation: '某某', address: '某区某路1号', postcode: '200000', phone: '021-12345678' },
      }),
    );
    const before = sha256(ledger);
    const r = await ogi([
      'notice',
      ledger,
      '--id',
      '2025-0001',
      '--type',
      'receipt',
      '--today',
      '2025-03-06',
      '--settings',
      settings,
      '--out',
      out,
    ]);
    expect(r.stderr).toMatch(/出现 2 次/);
    const pdfs = fs.readdirSync(out).filter((f) => f.startsWith('notice-2025-0001-'));
    expect(pdfs.sort()).toEqual(['notice-2025-0001-receipt-2.pdf', 'notice-2025-0001-receipt.pdf']);
    expect(sha256(ledger)).toBe(before);
  });

  it('U+FFFF and controls in a catalogue title: the transfer sheet .xlsx opens, and ogi transfer says what it removed', async () => {
    const catalogue = raw(
      '目录-非法字符.csv',
      '索引号,信息名称,生成日期,公开属性,公开日期\r\nMB-2025-00001,关于\uFFFF某事项\u0001的通知,2025-03-05,主动公开,2025-03-06\r\nMB-2025-00002,关于某事项的通知二,2025-03-05,主动公开,2025-03-06\r\n',
    );
    const settings = path.join(dir, 'office-settings-2.json');
    fs.writeFileSync(settings, JSON.stringify({ office: { name: '某区某某局' } }));
    const out = folder('transfer-clean-out');
    const before = sha256(catalogue);
    const r = await ogi([
      'transfer',
      catalogue,
      '--to',
      '档案馆',
      '--date',
      '2025-12-31',
      '--settings',
      settings,
      '--xlsx',
      '--out',
      out,
      '--json',
    ]);
    const json = JSON.parse(r.stdout) as { items: unknown[]; findings: Array<{ code: string; message: string }> };
    expect(json.items).toHaveLength(2);
    expect(json.findings.find((f) => f.code === 'output.cell.cleaned')?.message).toMatch(/^写出 transfer-20251231-DA\.xlsx 时删去了 2 个/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'transfer-20251231-DA.xlsx'));
    const texts: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('关于某事项的通知');
    expect(sha256(catalogue)).toBe(before);
  });

  it('dates in flags outside the range (--year 0999, --today 9999-12-31) are exit 2 in Chinese, not a crash', async () => {
    const ledger = await ledgerAt(path.join(dir, 'flags', '台账.xlsx'));
    const before = sha256(ledger);
    const year = await ogi(['report', 'annual', '--year', '0999', ledger]);
    expect([year.code, year.stderr]).toEqual([2, 'ogi report: --year 应为四位年份，收到“0999”\n']);
    const today = await ogi(['check', ledger, '--today', '9999-12-31']);
    expect(today.code).toBe(2);
    expect(today.stderr).toMatch(/--today 的日期“9999-12-31”无效：.*无法计算期限/);
    expect(sha256(ledger)).toBe(before);
  });

  it('an expected failure that is not a usage error (a UserError) is exit 2 with its Chinese message, not a bug', async () => {
    const spy = jest
      .spyOn(checkCommand, 'run')
      .mockRejectedValue(new UnreadableWorkbook('zip.damaged', '文件已损坏，请用 Excel 打开后另存为 .xlsx 再试。'));
    try {
      const result = await ogi(['check', 'x.xlsx']);
      expect([result.code, result.stderr]).toEqual([2, 'ogi check: 文件已损坏，请用 Excel 打开后另存为 .xlsx 再试。\n']);
    } finally {
      spy.mockRestore();
    }
  });

  it('a real bug prints one Chinese line and exit 3; the stack only with --debug', async () => {
    const spy = jest.spyOn(checkCommand, 'run').mockRejectedValue(new TypeError('boom'));
    try {
      const quiet = await ogi(['check', 'x.xlsx']);
      expect(quiet.code).toBe(3);
      expect(quiet.stderr.trim().split('\n')).toHaveLength(1);
      expect(quiet.stderr).toMatch(/内部错误.*boom.*--debug/);
      const loud = await ogi(['check', 'x.xlsx', '--debug']);
      expect(loud.code).toBe(3);
      expect(loud.stderr).toMatch(/TypeError: boom\n\s+at /);
      expect(spy).toHaveBeenLastCalledWith(['x.xlsx'], expect.anything());
    } finally {
      spy.mockRestore();
    }
  });
});

/** Every non-blank source row below the header is in the register (来源行) or named in a finding. */
async function expectEveryRowAccounted(
  file: string,
  json: CheckJson,
  registerFile = path.join(outDir, `${path.basename(file)}.register.xlsx`),
  index = 0,
): Promise<void> {
  const read = await readLedgerFile(file);
  if (!read.ok) throw new Error(read.message);
  const register = new ExcelJS.Workbook();
  await register.xlsx.readFile(registerFile);
  for (const sheet of json.files[index].sheets) {
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
