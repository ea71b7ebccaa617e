import ExcelJS from 'exceljs';

jest.setTimeout(30_000);
import { FileHost, derivedName } from '../../web/fileHost';
import { WorkerClient, CancelledError } from '../../web/workerClient';
import type { DeliverableFile } from '../../pane/host';
import { defaultSettings } from '../../core/settings/schema';
import { InProcessWorker } from './inProcessWorker';
import { workerLoaders } from '../../web/loaders';
import { messyWorkbookBytes, MESSY_TODAY } from './messyWorkbook';
import { workbookCells } from './workbookCells';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { asCalendarDate } from '../../core/dates';
import { readLedgerFile } from '../../cli/readers';
import { validateLedger, validateWorkbook } from '../../core/ledger';
import { WorkCalendar } from '../../core/calendar';
import { registerWorkbook } from '../../reports/render/registerWorkbook';
import { settingsFromGrid } from '../../core/settings/fromGrid';

function picked(name: string, bytes: Uint8Array) {
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

function setUp() {
  const workers: InProcessWorker[] = [];
  const client = new WorkerClient(() => {
    const w = new InProcessWorker();
    workers.push(w);
    return w;
  });
  const downloads: DeliverableFile[] = [];
  const selected: string[] = [];
  const host = new FileHost(client, { download: (f) => downloads.push(f), onSelectCell: (s, a, t) => selected.push(`${s}!${a} ${t}`) });
  return { client, host, downloads, workers, selected };
}

describe('FileHost', () => {
  it('describes a file host: downloads only, nothing marked in place', () => {
    const { host } = setUp();
    expect(host.capabilities).toMatchObject({ kind: 'file', markInPlace: false, liveChecks: false, delivery: ['download'] });
  });

  it('lists the sheets of the opened file and reads one as a Grid through the worker', async () => {
    const { host, workers } = setUp();
    await host.open(picked('messy.xlsx', await messyWorkbookBytes()));
    const sheets = await host.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(['依申请公开台账', '主动公开目录', '复议诉讼']);
    const grid = await host.readSheet('复议诉讼');
    expect(grid.rows[1][1]).toBe('案号');
    expect(workers).toHaveLength(1);
  });

  it('reads defaults without a 设置 sheet, and saving settings downloads a copy that reads them back', async () => {
    const { host, downloads } = setUp();
    await host.open(picked('台账.xlsx', await messyWorkbookBytes()));
    expect((await host.readSettings()).found).toBe(false);
    const settings = { ...defaultSettings(), office: { ...defaultSettings().office, name: '上海市普陀区某某局' }, preset: 'shanghai' };
    await host.writeSettings(settings);
    expect(downloads.map((d) => d.name)).toEqual(['台账（含设置）.xlsx']);
    expect((await host.readSettings()).settings.office.name).toBe('上海市普陀区某某局');

    // The downloaded copy, opened again (as the CLI or the add-in would), carries the settings.
    const again = setUp();
    await again.host.open(picked('台账（含设置）.xlsx', downloads[0].bytes));
    const read = await again.host.readSettings();
    expect(read.found).toBe(true);
    expect(read.settings.office.name).toBe('上海市普陀区某某局');
    expect(read.settings.preset).toBe('shanghai');
    expect((await again.host.listSheets()).map((s) => s.name)).toContain('依申请公开台账');

    // The CLI reads the same settings from the downloaded copy.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-web-settings-'));
    const file = path.join(dir, downloads[0].name);
    fs.writeFileSync(file, downloads[0].bytes);
    const cliRead = await readLedgerFile(file);
    fs.rmSync(dir, { recursive: true, force: true });
    if (!cliRead.ok || !cliRead.settingsSheet) throw new Error('no 设置 sheet');
    expect(settingsFromGrid(cliRead.settingsSheet)).toEqual({ settings, findings: [] });
  });

  it('re-opens the file in a fresh worker after a cancel', async () => {
    const { host, client, workers } = setUp();
    await host.open(picked('messy.xlsx', await messyWorkbookBytes()));
    const pending = client.call('readSheet', { sheet: '复议诉讼' });
    client.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0].terminated).toBe(true);
    const grid = await host.readSheet('复议诉讼');
    expect(grid.sheet).toBe('复议诉讼');
    expect(workers).toHaveLength(2);
  });

  it('aborting a read through its signal cancels the worker', async () => {
    const { host } = setUp();
    await host.open(picked('messy.xlsx', await messyWorkbookBytes()));
    const controller = new AbortController();
    const read = host.readSheet('依申请公开台账', undefined, controller.signal);
    controller.abort();
    await expect(read).rejects.toBeInstanceOf(CancelledError);
  });

  it('downloads reports written as sheets, findings as 检查结果, and files as they are; shows selected cells', async () => {
    const { host, downloads, selected } = setUp();
    await host.open(picked('messy.xlsx', await messyWorkbookBytes()));
    const name = await host.writeReportSheet({
      name: '年报2025',
      rows: [['一、总体情况'], ['=1+1', 3, { date: '2025-12-31' }]],
      boldRows: [0],
      bordered: ['A2:C2'],
      wrapText: true,
    });
    expect(name).toBe('年报2025.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[0].bytes.slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet('年报2025')!;
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(ws.getCell('B2').border?.left?.style).toBe('thin');
    expect(ws.getCell('A1').border?.left).toBeUndefined();
    expect(ws.getCell('A1').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A1').font?.bold).toBe(true);

    const outcome = await host.markFindings([
      { sheet: 'S', row: 3, column: 'B', field: null, severity: 'error', code: 'date.invalid', message: '错' },
    ]);
    expect(outcome.cells).toBe(0);
    expect(downloads[1].name).toBe('messy.检查结果.xlsx');

    const delivered = await host.deliverFile({ name: 'a.pdf', bytes: new Uint8Array([37, 80]), mime: 'application/pdf' });
    expect(delivered).toEqual({ path: 'download', message: '已下载 a.pdf' });
    expect(downloads[2].name).toBe('a.pdf');

    expect(await host.selectedRow()).toBeNull();
    await host.selectCell('依申请公开台账', 'C5');
    expect(await host.selectedRow()).toEqual({ sheet: '依申请公开台账', row: 5 });
    await host.selectCell('依申请公开台账', 'C6');
    await host.selectCell('依申请公开台账', 'H20');
    await host.selectCell('依申请公开台账', 'Z99');
    expect(selected).toEqual([
      '依申请公开台账!C5 2025-09-26',
      '依申请公开台账!C6 2025-09-26',
      '依申请公开台账!H20 #N/A',
      '依申请公开台账!Z99 ',
    ]);
  });

  it('passes the worker’s Chinese error for a file it cannot read', async () => {
    const { host } = setUp();
    await expect(host.open(picked('坏.xlsx', new Uint8Array([80, 75, 3, 4, 0])))).rejects.toThrow(/无法读取文件 坏\.xlsx/);
  });
});

describe('derivedName', () => {
  it('keeps the user’s file name recognisable', () => {
    expect(derivedName('2025台账.csv', '（含设置）')).toBe('2025台账（含设置）.xlsx');
  });
});

describe('FileHost.writeRegisterSheet', () => {
  it.each([
    ['the page’s day', undefined],
    ['the day the pane checked as of (按哪一天检查)', '2026-03-02'],
  ])('downloads the register workbook of the whole file as of %s, cell for cell what ogi check --out writes', async (_, chosen) => {
    const today = asCalendarDate(chosen ?? MESSY_TODAY);
    const workers: InProcessWorker[] = [];
    const client = new WorkerClient(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    });
    const downloads: DeliverableFile[] = [];
    const host = new FileHost(client, { download: (f) => downloads.push(f), today: () => asCalendarDate(MESSY_TODAY) });
    const bytes = await messyWorkbookBytes();
    await host.open(picked('messy.xlsx', bytes));
    const name = await host.writeRegisterSheet({} as never, chosen === undefined ? undefined : today);
    expect(name).toBe('messy.xlsx.register.xlsx');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-web-reg-'));
    const file = path.join(dir, 'messy.xlsx');
    fs.writeFileSync(file, bytes);
    const read = await readLedgerFile(file);
    fs.rmSync(dir, { recursive: true, force: true });
    if (!read.ok) throw new Error(read.message);
    const settings = defaultSettings();
    const outcomes = validateWorkbook(read.grids, {
      kind: 'auto',
      presetName: settings.preset,
      settings,
      today,
      calendar: WorkCalendar.standard(settings.calendar),
    });
    const findings = outcomes.flatMap((o) => [...read.findings.filter((f) => f.sheet === o.sheet), ...o.findings]);
    const expected = await registerWorkbook({ registers: outcomes.flatMap((o) => (o.register ? [o.register] : [])), findings });
    expect(await workbookCells(downloads[0].bytes)).toEqual(await workbookCells(expected));
  });
});

describe('FileHost.open', () => {
  it('is cancelled by a cancel that comes while the file is still being read from disk', async () => {
    const { host, client, workers } = setUp();
    const bytes = await messyWorkbookBytes();
    const slow = {
      name: 'slow.xlsx',
      arrayBuffer: async () => {
        client.cancel();
        return bytes.slice().buffer;
      },
    };
    await expect(host.open(slow)).rejects.toBeInstanceOf(CancelledError);
    expect(workers).toHaveLength(0);
    expect(host.current).toBeUndefined();
  });
});

describe('workerLoaders.validate', () => {
  it('checks a sheet in the worker exactly as the pane would inline', async () => {
    const { host, client } = setUp();
    await host.open(picked('messy.xlsx', await messyWorkbookBytes()));
    const grid = await host.readSheet('依申请公开台账');
    const settings = defaultSettings();
    const today = asCalendarDate(MESSY_TODAY);
    const viaWorker = await workerLoaders(client).validate!(grid, settings, today);
    const inline = validateLedger(grid, { settings, today, calendar: WorkCalendar.standard(settings.calendar) });
    expect(viaWorker.findings).toEqual(inline.findings);
    expect(viaWorker.register?.records).toEqual(inline.register?.records);
    expect(viaWorker.findings.length).toBeGreaterThan(5);
  });
});

describe('WorkerClient busy and idle', () => {
  it('reports when work starts and when the last request settles', async () => {
    const { host, client } = setUp();
    const events: string[] = [];
    client.onBusy = () => events.push('busy');
    client.onIdle = () => events.push('idle');
    await host.open(picked('messy.xlsx', await messyWorkbookBytes()));
    await Promise.all([host.readSheet('复议诉讼'), host.readSheet('主动公开目录')]);
    expect(events).toEqual(['busy', 'idle', 'busy', 'idle']);
  });
});
