import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Session } from '../../web/session';
import { FileHost } from '../../web/fileHost';
import { WorkerClient, CancelledError } from '../../web/workerClient';
import { workerLoaders } from '../../web/loaders';
import { recognisedText } from '../../web/workspaceView';
import { qualifiedName, SHEET_SEPARATOR } from '../../web/workspace';
import { PaneController } from '../../pane/controller';
import { paneWorkbench } from '../../pane/workbenchModel';
import type { DeliverableFile } from '../../pane/host';
import { readLedgerFile } from '../../cli/readers';
import { checkWorkbook, resolveOffice } from '../../core/workbook';
import { workbench } from '../../core/workbench';
import { annualReport } from '../../reports/statistics/annual';
import { asCalendarDate } from '../../core/dates';
import { defaultSettings } from '../../core/settings/schema';
import { settingsToRows } from '../../core/settings/fromGrid';
import type { AnyRegister } from '../../core/register/types';
import type { SheetSummary } from '../../core/ledger';
import { InProcessWorker } from './inProcessWorker';

jest.setTimeout(60_000);

const EXAMPLES = path.resolve(__dirname, '../../templates/examples');
const APPLICATIONS = path.join(EXAMPLES, '某街道依申请公开登记台账2025.xlsx');
const CATALOGUE = path.join(EXAMPLES, '某区某某局主动公开目录2025.xlsx');
const A = path.basename(APPLICATIONS);
const C = path.basename(CATALOGUE);
/** The day the example ledgers tell their story on (templates/examples/build-examples.ts). */
const TODAY = asCalendarDate('2025-12-31');
const noProgress = () => undefined;

function bytesOf(file: string): ArrayBuffer {
  return new Uint8Array(fs.readFileSync(file)).slice().buffer;
}

function picked(name: string, bytes: Uint8Array | ArrayBuffer) {
  const copy = new Uint8Array(bytes);
  return { name, arrayBuffer: async () => copy.slice().buffer };
}

/** The registers and office of both example files as the CLI's form commands read them (cli/commands/formsCommon.ts). */
async function cliRegisters(
  files: string[],
): Promise<{ registers: AnyRegister[]; sheets: SheetSummary[]; office: ReturnType<typeof resolveOffice> }> {
  const reads = [];
  for (const f of files) {
    const read = await readLedgerFile(f);
    if (!read.ok) throw new Error(read.message);
    reads.push(read);
  }
  const office = resolveOffice({ settingsGrid: reads.find((r) => r.settingsSheet)?.settingsSheet, today: TODAY });
  const checks = reads.map((r) => checkWorkbook(r.grids, { office, today: TODAY, readerFindings: r.findings }));
  return { registers: checks.flatMap((c) => c.registers), sheets: checks.flatMap((c) => c.sheets), office };
}

/** A small workbook with a catalogue sheet and a 设置 sheet naming the office. */
async function withSettings(officeName: string, sheet = 'Sheet1'): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(['索引号', '信息名称', '生成日期', '公开属性']);
  ws.addRow(['000-2025-0001', '关于某事项的通知', new Date(Date.UTC(2025, 2, 3)), '主动公开']);
  const s = wb.addWorksheet('设置');
  for (const row of settingsToRows({ ...defaultSettings(), office: { ...defaultSettings().office, name: officeName } })) s.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer()).slice().buffer;
}

/** The codes listed on a register workbook's 检查结果 sheet. */
async function findingCodes(wb: ExcelJS.Workbook): Promise<string[]> {
  const codes: string[] = [];
  wb.getWorksheet('检查结果')?.eachRow((r) => r.eachCell((c) => void codes.push(String(c.value))));
  return codes;
}

describe('the worker session holds several files at once (the workspace)', () => {
  it('names each sheet 文件名 › 工作表 with two files open, checks both as one workbook, and says what each sheet is', async () => {
    const session = new Session();
    const first = await session.open({ fileName: A, bytes: bytesOf(APPLICATIONS) }, noProgress);
    // One file: the sheets keep their own names, as in ogi check.
    expect(first.sheets.map((s) => s.name)).toEqual(['2025年', '复议诉讼', '填表说明']);
    const second = await session.open({ fileName: C, bytes: bytesOf(CATALOGUE) }, noProgress);
    expect(second.workspace.files.map((f) => f.fileName)).toEqual([A, C]);
    const names = second.workspace.files.flatMap((f) => f.sheets.map((s) => s.name));
    expect(names.slice(0, 3)).toEqual([`${A} › 2025年`, `${A} › 复议诉讼`, `${A} › 填表说明`]);
    expect(names.slice(3).every((n) => n.startsWith(`${C}${SHEET_SEPARATOR}`))).toBe(true);
    expect(second.workspace.files[0].recognised).toEqual([
      { sheet: '2025年', as: 'applications' },
      { sheet: '复议诉讼', as: 'appeals' },
      { sheet: '填表说明', as: 'none' },
    ]);
    expect(second.recognised.map((r) => r.as)).toContain('catalogue');
    expect(recognisedText(second.workspace.files[0])).toBe('2025年：依申请公开台账；复议诉讼：复议诉讼台账；填表说明：未识别为台账');

    // A sheet is read by the name the pane shows; the plain name is no longer enough with two files open.
    expect(session.readSheet({ sheet: qualifiedName(A, '复议诉讼') }).sheet).toBe(qualifiedName(A, '复议诉讼'));
    expect(() => session.readSheet({ sheet: '复议诉讼' })).toThrow(/没有工作表「复议诉讼」/);

    const checked = session.check({ options: { today: TODAY } }, noProgress);
    const kinds = checked.sheets.filter((s) => s.kind !== null).map((s) => [s.sheet, s.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        [qualifiedName(A, '2025年'), 'applications'],
        [qualifiedName(A, '复议诉讼'), 'appeals'],
      ]),
    );
    expect(kinds.some(([sheet, kind]) => String(sheet).startsWith(C) && kind === 'catalogue')).toBe(true);
    // The same findings as the CLI gives each file alone, only the sheet names carry the file's.
    const { sheets } = await cliRegisters([APPLICATIONS, CATALOGUE]);
    const counts = (list: typeof sheets) => list.map((s) => [s.kind, s.dataRows, s.findings.map((f) => `${f.row}${f.column}${f.code}`)]);
    expect(counts(checked.sheets)).toEqual(counts(sheets));
    expect(checked.sheets.map((s) => s.sheet)).toEqual([
      qualifiedName(A, '2025年'),
      qualifiedName(A, '复议诉讼'),
      qualifiedName(A, '填表说明'),
      qualifiedName(C, '2025年主动公开目录'),
    ]);
  });

  it('closes one file (the other stays, names plain again) and replaces a file opened again under the same name', async () => {
    const session = new Session();
    await session.open({ fileName: A, bytes: bytesOf(APPLICATIONS) }, noProgress);
    await session.open({ fileName: C, bytes: bytesOf(CATALOGUE) }, noProgress);
    const left = session.close({ fileName: A });
    expect(left.files.map((f) => f.fileName)).toEqual([C]);
    expect(session.grids().every((g) => !g.sheet.includes(SHEET_SEPARATOR))).toBe(true);
    expect(() => session.close({ fileName: A })).toThrow(/没有打开/);

    await session.open({ fileName: A, bytes: bytesOf(APPLICATIONS) }, noProgress);
    const again = await session.open({ fileName: A, bytes: await withSettings('某区某某局') }, noProgress);
    // Replaced where it stood (after the catalogue), not added: two files, the new content.
    expect(again.workspace.files.map((f) => f.fileName)).toEqual([C, A]);
    expect(again.sheets.map((s) => s.name)).toEqual([qualifiedName(A, 'Sheet1'), qualifiedName(A, '设置')]);
    expect(again.workspace.settingsFrom).toBe(A);
    expect(session.settings().office.name).toBe('某区某某局');
  });

  it('keeps every open file when another cannot be read', async () => {
    const session = new Session();
    await session.open({ fileName: A, bytes: bytesOf(APPLICATIONS) }, noProgress);
    await session.open({ fileName: C, bytes: bytesOf(CATALOGUE) }, noProgress);
    const whole = fs.readFileSync(APPLICATIONS);
    const half = new Uint8Array(whole.subarray(0, Math.floor(whole.length / 2))).slice().buffer;
    await expect(session.open({ fileName: '损坏.xlsx', bytes: half }, noProgress)).rejects.toThrow(/无法读取文件 损坏\.xlsx/);
    // The same name as an open file: the open one stays as it was.
    await expect(session.open({ fileName: C, bytes: half }, noProgress)).rejects.toThrow(/[\u4e00-\u9fff]/);
    expect(session.summary().files.map((f) => [f.fileName, f.sheets.length > 0])).toEqual([
      [A, true],
      [C, true],
    ]);
  });

  it('takes the settings from the first file with a 设置 sheet, and a finding when another file’s disagree', async () => {
    const session = new Session();
    await session.open({ fileName: 'a.xlsx', bytes: bytesOf(APPLICATIONS) }, noProgress);
    await session.open({ fileName: 'b.xlsx', bytes: await withSettings('甲局') }, noProgress);
    await session.open({ fileName: 'c.xlsx', bytes: await withSettings('甲局', '目录') }, noProgress);
    // The same settings twice are no conflict.
    expect(session.summary()).toMatchObject({ settingsFrom: 'b.xlsx', findings: [] });
    const d = await session.open({ fileName: 'd.xlsx', bytes: await withSettings('乙局') }, noProgress);
    expect(session.settings().office.name).toBe('甲局');
    expect(session.readSettingsSheet()?.sheet).toBe(qualifiedName('b.xlsx', '设置'));
    expect(d.workspace.findings).toEqual([
      expect.objectContaining({ code: 'settings.conflict', severity: 'warning', sheet: qualifiedName('d.xlsx', '设置') }),
    ]);
    expect(d.workspace.findings[0].message).toContain('d.xlsx');
    expect(d.workspace.findings[0].message).toContain('使用 b.xlsx 的设置');
    // The check says so too, first; explicit settings win over every sheet, so then nothing disagrees.
    session.check({ options: { today: TODAY } }, noProgress);
    const register = await session.registerWorkbook({}, noProgress);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(register.slice().buffer as ArrayBuffer);
    expect(await findingCodes(wb)).toContain('settings.conflict');
    session.check({ options: { today: TODAY, settings: defaultSettings() } }, noProgress);
    const explicit = new ExcelJS.Workbook();
    await explicit.xlsx.load((await session.registerWorkbook({}, noProgress)).slice().buffer as ArrayBuffer);
    expect(await findingCodes(explicit)).not.toContain('settings.conflict');
    session.close({ fileName: 'b.xlsx' });
    // Now c.xlsx's 设置 is the one used, and d.xlsx still disagrees with it.
    expect(session.summary()).toMatchObject({ settingsFrom: 'c.xlsx', findings: [{ sheet: qualifiedName('d.xlsx', '设置') }] });
  });

  it('writes the settings copy of the file they came from, or of the one asked for; the others are left as they were', async () => {
    const session = new Session();
    await session.open({ fileName: A, bytes: bytesOf(APPLICATIONS) }, noProgress);
    await session.open({ fileName: 'b.xlsx', bytes: await withSettings('甲局', '目录') }, noProgress);
    const rows = settingsToRows({ ...defaultSettings(), office: { ...defaultSettings().office, name: '乙局' } });
    const copy = await session.workbookWithSettings({ rows }, noProgress);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['目录', '设置']);
    expect(session.settings().office.name).toBe('乙局');
    const other = await session.workbookWithSettings({ rows, fileName: A }, noProgress);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(other.slice().buffer as ArrayBuffer);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['2025年', '复议诉讼', '填表说明', '设置']);
  });
});

function setUp(today = TODAY) {
  const workers: InProcessWorker[] = [];
  const client = new WorkerClient(() => {
    const w = new InProcessWorker();
    workers.push(w);
    return w;
  });
  const downloads: DeliverableFile[] = [];
  const host = new FileHost(client, { download: (f) => downloads.push(f), today: () => today });
  return { client, host, downloads, workers };
}

describe('FileHost over a workspace', () => {
  it('lists the sheets of both files, and the pane’s 工作台, annual report and transfer sheet are made from both', async () => {
    const { host, client } = setUp();
    await host.open(picked(A, fs.readFileSync(APPLICATIONS)));
    await host.open(picked(C, fs.readFileSync(CATALOGUE)));
    const sheets = await host.listSheets();
    expect(sheets.filter((s) => s.name.startsWith(`${A} › `))).toHaveLength(3);
    expect(sheets.filter((s) => s.name.startsWith(`${C} › `)).length).toBeGreaterThan(0);

    const pane = new PaneController(host, workerLoaders(client), () => TODAY);
    await pane.init();
    await pane.check.checkAll();
    const kinds = [...pane.state.checked.values()].map((c) => c.outcome.register?.kind).filter(Boolean);
    expect(kinds).toEqual(expect.arrayContaining(['applications', 'appeals', 'catalogue']));

    // 工作台: the same counters and rows as `ogi workbench` over the two files.
    const cli = await cliRegisters([APPLICATIONS, CATALOGUE]);
    const expected = workbench({
      registers: cli.registers,
      today: TODAY,
      calendar: cli.office.calendar,
      preset: cli.office.preset,
      settings: cli.office.settings,
    });
    const desk = paneWorkbench(pane.state, TODAY);
    expect(desk.counters).toEqual(expected.counters);
    expect(desk.rows.map((r) => r.appNo)).toEqual(expected.rows.map((r) => r.appNo));
    expect(Object.values(desk.counters).some((n) => n > 0)).toBe(true);

    // 年报: table 二 from the catalogue and tables 三/四 from the applications file, in one model.
    const model = await pane.reports.annual(2025);
    const cliModel = annualReport(cli.registers, { year: 2025, office: '' }).model;
    expect(model?.table3).toEqual(cliModel.table3);
    expect(model?.table4).toEqual(cliModel.table4);
    expect(model?.table2).toEqual(cliModel.table2);

    // 移交表 from the catalogue while the applications ledger is open too.
    const job = await pane.forms.transferJobAll('档案馆', undefined, undefined, true);
    expect(job?.kind).toBe('transfer');
    const catalogueRows = cli.registers.filter((r) => r.kind === 'catalogue').reduce((n, r) => n + r.records.length, 0);
    expect(job?.kind === 'transfer' ? job.model.rows.length : 0).toBeGreaterThan(0);
    expect(job?.kind === 'transfer' ? job.model.rows.length : Infinity).toBeLessThanOrEqual(catalogueRows);
  });

  it('downloads one register of both files, the 设置 copy of the file that has one, and opens both again after a cancel', async () => {
    const { host, client, downloads, workers } = setUp();
    await host.open(picked(A, fs.readFileSync(APPLICATIONS)));
    await host.open(picked('b.xlsx', await withSettings('甲局', '目录')));
    expect((await host.readSettings()).settings.office.name).toBe('甲局');
    const name = await host.writeRegisterSheet({} as never);
    expect(name).toBe('某街道依申请公开登记台账2025等2个文件.xlsx.register.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[0].bytes.slice().buffer as ArrayBuffer);
    const sources = new Set<string>();
    wb.worksheets.forEach((ws) =>
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (String(c.value).includes(SHEET_SEPARATOR)) sources.add(String(c.value));
        }),
      ),
    );
    expect([...sources]).toEqual(expect.arrayContaining([qualifiedName(A, '2025年'), qualifiedName('b.xlsx', '目录')]));

    await host.writeSettings({ ...defaultSettings(), office: { ...defaultSettings().office, name: '乙局' } });
    expect(downloads[1].name).toBe('b（含设置）.xlsx');

    const pending = client.call('readSheet', { sheet: qualifiedName(A, '复议诉讼') });
    client.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    const grid = await host.readSheet(qualifiedName('b.xlsx', '目录'));
    expect(grid.rows[1][1]).toBe('关于某事项的通知');
    expect(workers).toHaveLength(2);
    expect(host.workspace.files.map((f) => f.fileName)).toEqual([A, 'b.xlsx']);
  });

  it('closes a file: its sheets leave the list, the other file stays; the last close leaves nothing open', async () => {
    const { host, client } = setUp();
    await host.open(picked(A, fs.readFileSync(APPLICATIONS)));
    await host.open(picked(C, fs.readFileSync(CATALOGUE)));
    await expect(host.open(picked('坏.xlsx', new Uint8Array([80, 75, 3, 4, 0])))).rejects.toThrow(/无法读取文件 坏\.xlsx/);
    expect(host.workspace.files.map((f) => f.fileName)).toEqual([A, C]);
    await host.close(A);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(host.workspace.files[0].sheets.map((s) => s.name));
    expect((await host.listSheets()).some((s) => s.name.includes(SHEET_SEPARATOR))).toBe(false);
    expect(host.current?.fileName).toBe(C);
    await host.close(C);
    expect(await host.listSheets()).toEqual([]);

    // Closed after a cancel (the worker is new and empty): the file left is opened again, under its own names.
    await host.open(picked(A, fs.readFileSync(APPLICATIONS)));
    await host.open(picked(C, fs.readFileSync(CATALOGUE)));
    client.cancel();
    await host.close(C);
    expect(host.workspace.files.map((f) => f.fileName)).toEqual([A]);
    expect(host.workspace.files[0].sheets.map((s) => s.name)).toEqual(['2025年', '复议诉讼', '填表说明']);
    expect((await host.readSheet('复议诉讼')).sheet).toBe('复议诉讼');
    await host.close(A);
    expect(await host.listSheets()).toEqual([]);
    expect(host.current).toBeUndefined();
    expect((await host.readSettings()).found).toBe(false);
  });
});
