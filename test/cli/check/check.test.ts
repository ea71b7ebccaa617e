import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { memoryIO } from '../../../cli/io';
import type { CheckJson } from '../../../cli/commands/check';
import { settingsToRows } from '../../../core/settings/fromGrid';
import { SettingsSchema } from '../../../core/settings/schema';

const GOVCN = path.resolve(__dirname, '../../fixtures/data/govcn-state-council-sample.csv');

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-check-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = memoryIO(dir);
  const code = await main(['check', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function applicationsFile(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记');
  ws.addRow(['申请编号', '收到日期', '申请人类型', '申请人', '答复日期', '答复类型', '经办人']);
  ws.addRow(['2025-001', '2025-09-26', '自然人', '张三', '2025-11-05', '予以公开', '王芳']);
  ws.addRow(['2025-002', '2025-12-01', '商业企业', '某某公司', '2025-12-10', '予以公开', '王芳']);
  ws.addRow(['2025-003', '2025-12-05', '自然人', '李四', null, null, '王芳']);
  const notes = wb.addWorksheet('填表说明');
  notes.addRow(['本表由办公室每月更新']);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('ogi check on the real gov.cn catalogue sample', () => {
  let json: CheckJson;
  let code: number;
  beforeAll(async () => {
    const r = await run(GOVCN, '--json', '--today', '2025-12-31');
    code = r.code;
    json = JSON.parse(r.stdout) as CheckJson;
  });

  it('maps all seven columns and reads 20 data rows as a catalogue', () => {
    const sheet = json.files[0].sheets[0];
    expect(sheet.kind).toBe('catalogue');
    expect(sheet.headerRow).toBe(1);
    expect(sheet.dataRows).toBe(20);
    expect(sheet.mapping).toEqual({
      indexNo: 'A',
      topic: 'B',
      publisher: 'C',
      formedDate: 'D',
      title: 'E',
      docNo: 'F',
      publishedDate: 'G',
    });
    expect(sheet.unmapped).toEqual(['H', 'I']);
  });

  it('flags every publication made years after formation on publishedDate, and exits 1', () => {
    const lines = fs.readFileSync(GOVCN, 'utf8').trim().split(/\r?\n/).slice(1);
    const late = lines
      .map((line, i) => ({ row: i + 2, cells: line.split(',') }))
      .filter(({ cells }) => Number(cells[6].slice(0, 4)) - Number(cells[3].slice(0, 4)) >= 2)
      .map(({ row }) => row);
    expect(late.length).toBeGreaterThan(10);
    const flagged = json.files[0].sheets[0].findings
      .filter((f) => f.field === 'publishedDate' && f.severity === 'error' && f.column === 'G')
      .map((f) => f.row);
    for (const row of late) expect(flagged).toContain(row);
    expect(code).toBe(1);
    expect(json.summary.errors).toBeGreaterThanOrEqual(late.length);
  });
});

describe('ogi check output', () => {
  it('--json prints one JSON document and nothing else on stdout, in the contracts §2 layout', async () => {
    const file = await applicationsFile('a.xlsx');
    const r = await run(file, '--json', '--today', '2025-12-31');
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(Object.keys(json)).toEqual(['files', 'summary']);
    const sheet = json.files[0].sheets.find((s) => s.sheet === '登记')!;
    expect(sheet).toMatchObject({ kind: 'applications', headerRow: 1, dataRows: 3, unmapped: ['G'] });
    expect(sheet.mapping).toMatchObject({ appNo: 'A', receivedDate: 'B', applicantType: 'C', replyDate: 'E' });
    expect(json.files[0].sheets.find((s) => s.sheet === '填表说明')).toMatchObject({ kind: null, skipped: expect.any(String) });
    const late = sheet.findings.find((f) => f.row === 2 && f.field === 'replyDate');
    expect(late).toMatchObject({ severity: 'error', column: 'E' });
    expect(r.code).toBe(1);
  });

  it('prints a readable summary per sheet without --json and writes the register with --out', async () => {
    const file = await applicationsFile('b.xlsx');
    const out = path.join(dir, 'out');
    const r = await run(file, '--today', '2025-12-31', '--out', out);
    expect(r.stdout).toContain('工作表「登记」：依申请公开登记台账（applications），表头在第 1 行，数据 3 行');
    expect(r.stdout).toMatch(/列对应：A→申请编号 {2}B→收到日期/);
    expect(r.stdout).toMatch(/第 2 行 E 列 \[错误\] 答复日期 2025-11-05 晚于/);
    expect(r.stdout).toContain('工作表「填表说明」：已跳过');
    expect(r.stdout).toMatch(/合计：错误 \d+，警告 \d+，提示 \d+/);
    const register = new ExcelJS.Workbook();
    await register.xlsx.readFile(path.join(out, 'b.xlsx.register.xlsx'));
    expect(register.worksheets.map((w) => w.name)).toEqual(['依申请公开登记台账', '检查结果', '代码表']);
    expect(register.getWorksheet('依申请公开登记台账')!.rowCount).toBe(4);
  });

  it('exits 0 when there are no errors', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记');
    ws.addRow(['申请编号', '收到日期', '申请人类型', '答复日期', '答复类型']);
    ws.addRow(['2025-010', '2025-12-01', '自然人', '2025-12-10', '予以公开']);
    const file = path.join(dir, 'clean.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run(file, '--json', '--today', '2025-12-31');
    expect(JSON.parse(r.stdout).summary.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it('checks only the sheet named by --sheet, and exits 2 when it does not exist', async () => {
    const file = await applicationsFile('c.xlsx');
    const one = JSON.parse((await run(file, '--json', '--sheet', '登记', '--today', '2025-12-31')).stdout) as CheckJson;
    expect(one.files[0].sheets.map((s) => s.sheet)).toEqual(['登记']);
    const missing = await run(file, '--json', '--sheet', '不存在');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('没有名为“不存在”的工作表');
  });

  it('--kind forces the register kind', async () => {
    const r = await run(GOVCN, '--json', '--kind', 'applications', '--today', '2025-12-31');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有可识别的台账');
  });

  it.each([
    [[], /至少给出一个台账文件/],
    [['x.xlsx', '--kind', 'ledger'], /--kind 只能是/],
    [['x.xlsx', '--today', '2025-13-40'], /--today 的日期/],
    [['x.xlsx', '--preset', 'nowhere'], /--preset 有误/],
    [['x.xlsx', '--bogus'], /未知参数 --bogus/],
  ])('usage error %j exits 2 with a Chinese message', async (args, message) => {
    const r = await run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('reads --settings and rejects an invalid settings file', async () => {
    const bad = path.join(dir, 'bad-settings.json');
    fs.writeFileSync(bad, JSON.stringify({ calendar: { offDays: ['2025/10/01'] } }));
    const r = await run(GOVCN, '--settings', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--settings 文件.*calendar\.offDays\.0/);
    const good = path.join(dir, 'settings.json');
    fs.writeFileSync(good, JSON.stringify({ preset: 'shanghai', columns: {} }));
    const ok = await run(GOVCN, '--settings', good, '--json', '--today', '2025-12-31');
    expect(ok.code).toBe(1);
  });

  it("uses the workbook's own 设置 sheet (here a column mapping), unless --settings is given", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记');
    ws.addRow(['申请编号', '登记时间', '申请人类型', '答复日期', '答复类型']);
    ws.addRow(['2025-020', '2025-12-01', '自然人', '2025-12-10', '予以公开']);
    const settings = wb.addWorksheet('设置');
    for (const row of settingsToRows(SettingsSchema.parse({ columns: { '*': { receivedDate: '登记时间' } } }))) settings.addRow(row);
    const file = path.join(dir, 'with-settings.xlsx');
    await wb.xlsx.writeFile(file);
    const withSheet = JSON.parse((await run(file, '--json', '--today', '2025-12-31')).stdout) as CheckJson;
    const sheet = withSheet.files[0].sheets.find((s) => s.sheet === '登记')!;
    expect(sheet.mapping.receivedDate).toBe('B');
    expect(withSheet.files[0].sheets.find((s) => s.sheet === '设置')).toMatchObject({ kind: null, findings: [] });
    const flag = path.join(dir, 'plain-settings.json');
    fs.writeFileSync(flag, '{}');
    const withFlag = JSON.parse((await run(file, '--json', '--today', '2025-12-31', '--settings', flag)).stdout) as CheckJson;
    expect(withFlag.files[0].sheets.find((s) => s.sheet === '登记')?.mapping.receivedDate).toBeUndefined();
  });

  it('shows progress on stderr only when stderr is a terminal, never on stdout', async () => {
    const file = path.join(dir, 'progress.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = wb.addWorksheet('登记');
    ws.addRow(['申请编号', '收到日期', '申请人类型']).commit();
    for (let i = 1; i <= 12_000; i++) ws.addRow([`2025-${i}`, '2025-12-01', '自然人']).commit();
    ws.commit();
    await wb.commit();
    const ttyIO = Object.assign(memoryIO(dir), { isTTY: true });
    await main(['check', file, '--json', '--today', '2025-12-31'], ttyIO);
    expect(ttyIO.stderr).toContain('读取 progress.xlsx：10000 行');
    expect((JSON.parse(ttyIO.stdout) as CheckJson).files[0].sheets[0].dataRows).toBe(12_000);
    const pipeIO = memoryIO(dir);
    await main(['check', file, '--json', '--today', '2025-12-31'], pipeIO);
    expect(pipeIO.stderr).toBe('');
  }, 60_000);

  it('reports several files in one document and exits 2 when one of them is unusable', async () => {
    const file = await applicationsFile('d.xlsx');
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, 'not a workbook at all');
    const r = await run(file, broken, '--json', '--today', '2025-12-31');
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(json.files.map((f) => path.basename(f.file))).toEqual(['d.xlsx', 'broken.xlsx']);
    expect(json.files[1].error).toBeDefined();
    expect(json.files[0].sheets.length).toBe(2);
    expect(r.code).toBe(2);
  });
});
