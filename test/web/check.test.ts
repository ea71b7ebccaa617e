import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Session } from '../../web/session';
import { readLedgerFile } from '../../cli/readers';
import { validateWorkbook } from '../../core/ledger';
import { WorkCalendar } from '../../core/calendar';
import { defaultSettings } from '../../core/settings/schema';
import { summarise, type Finding } from '../../core/findings';
import { asCalendarDate } from '../../core/dates';
import { registerWorkbook } from '../../reports/render/registerWorkbook';
import { messyWorkbookBytes, MESSY_TODAY } from './messyWorkbook';
import { workbookCells } from './workbookCells';

jest.setTimeout(30_000);

const noProgress = () => undefined;
const today = asCalendarDate(MESSY_TODAY);

/** What `ogi check` computes for a file: the Node reader, then validateWorkbook, reader findings first. */
async function cliCheck(file: string): Promise<{ findings: Finding[]; bytes: Uint8Array }> {
  const read = await readLedgerFile(file);
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
  const registers = outcomes.flatMap((o) => (o.register ? [o.register] : []));
  return { findings, bytes: await registerWorkbook({ registers, findings }) };
}

describe('checking in the worker session', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-web-check-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds exactly what ogi check finds on the same messy workbook, and writes the same register workbook (cell for cell)', async () => {
    const bytes = await messyWorkbookBytes();
    const file = path.join(dir, 'messy.xlsx');
    fs.writeFileSync(file, bytes);
    const cli = await cliCheck(file);

    const session = new Session();
    await session.open({ fileName: 'messy.xlsx', bytes: bytes.slice().buffer }, noProgress);
    const result = session.check({ options: { today } }, noProgress);
    const ours = result.sheets.flatMap((s) => s.findings);

    expect(result.summary).toEqual(summarise(cli.findings));
    expect(result.summary.errors).toBeGreaterThan(5);
    expect(ours).toEqual(cli.findings);
    expect(result.sheets.map((s) => [s.sheet, s.kind])).toEqual(
      [
        ['依申请公开', 'applications'],
        ['主动公开目录', 'catalogue'],
        ['复议诉讼', 'appeals'],
      ].map(([, kind]) => [expect.any(String), kind]),
    );

    // Same content; the bytes differ only by the timestamps exceljs writes.
    const register = await session.registerWorkbook({}, noProgress);
    expect(await workbookCells(register)).toEqual(await workbookCells(cli.bytes));
  });

  it('uses the settings of the workbook’s 设置 sheet (an unknown preset is reported)', async () => {
    const bytes = await messyWorkbookBytes({
      settings: [
        ['设置项', '值', '键（请勿修改）'],
        ['规则预设', 'nowhere', 'preset'],
      ],
    });
    const session = new Session();
    await session.open({ fileName: 'with-settings.xlsx', bytes: bytes.slice().buffer }, noProgress);
    expect(session.settings().preset).toBe('nowhere');
    const result = session.check({ options: { today } }, noProgress);
    expect(result.sheets[0]).toMatchObject({ sheet: '设置', kind: null, skipped: expect.stringContaining('设置') });
    expect(result.sheets.flatMap((s) => s.findings).some((f) => f.message.includes('nowhere'))).toBe(true);
  });

  it('refuses a register workbook before any check', async () => {
    const session = new Session();
    await session.open({ fileName: 'm.xlsx', bytes: (await messyWorkbookBytes()).slice().buffer }, noProgress);
    await expect(session.registerWorkbook({}, noProgress)).rejects.toThrow(/请先检查/);
  });

  it('keeps formula-looking text as text in the register workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['申请编号', '收到日期', '申请人类型', '申请内容']);
    ws.addRow(['2025001', '2025-11-03', '自然人', '=HYPERLINK("http://x","y")']);
    const session = new Session();
    await session.open({ fileName: 'f.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()).slice().buffer }, noProgress);
    session.check({ options: { today } }, noProgress);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await session.registerWorkbook({}, noProgress)).slice().buffer as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    out.worksheets.forEach((s) =>
      s.eachRow((r) =>
        r.eachCell((c) => {
          if (c.value === '=HYPERLINK("http://x","y")') cells.push(c);
        }),
      ),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('reports in the worker session', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { nodeFontSource } = require('../../cli/fonts') as typeof import('../../cli/fonts');
  const session = new Session(nodeFontSource);

  beforeAll(async () => {
    await session.open({ fileName: 'messy.xlsx', bytes: (await messyWorkbookBytes()).slice().buffer }, noProgress);
    session.check({ options: { today } }, noProgress);
  });

  it('makes the annual report as ogi report annual does: pdf, xlsx and json of the same model', async () => {
    const made = await session.annualReport({ year: 2025 }, noProgress);
    expect(made.files.map((f) => f.name)).toEqual(['annual-2025.pdf', 'annual-2025.xlsx', 'annual-2025.json']);
    expect(Buffer.from(made.files[0].bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const json = JSON.parse(new TextDecoder().decode(made.files[2].bytes)) as {
      year: number;
      office: string;
      table3: { rows: Record<string, number[]> };
    };
    expect(json.year).toBe(2025);
    expect(json.office).toBe('messy');
    expect(json.table3.rows.new).toEqual(made.model.table3.rows.new);
    expect(made.model.table3.rows.new[6]).toBeGreaterThan(0);
  });

  it('makes a transfer sheet PDF for the archives from the catalogue, only as a draft while the 移交单位 is unknown', async () => {
    // The messy workbook has no 设置 sheet: the formal sheet is refused, saying where to fill the 机关名称.
    await expect(session.transferSheet({ recipient: '档案馆', transferDate: asCalendarDate('2025-12-01') }, noProgress)).rejects.toThrow(
      /“设置”工作表的“机关名称”/,
    );
    const made = await session.transferSheet({ recipient: '档案馆', transferDate: asCalendarDate('2025-12-01'), draft: true }, noProgress);
    expect(made.file.name).toBe('transfer-档案馆-2025-12-01-draft.pdf');
    expect(made.rows).toBeGreaterThan(0);
    expect(Buffer.from(made.file.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('says so when PDFs are asked for before any check', async () => {
    const fresh = new Session(nodeFontSource);
    await fresh.open({ fileName: 'm.xlsx', bytes: (await messyWorkbookBytes()).slice().buffer }, noProgress);
    await expect(fresh.annualReport({ year: 2025 }, noProgress)).rejects.toThrow(/请先检查/);
  });
});

describe('monthly statistics in the worker session', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { nodeFontSource } = require('../../cli/fonts') as typeof import('../../cli/fonts');

  it('checks the whole file as of the month end and makes the pdf, xlsx and json of one model', async () => {
    const session = new Session(nodeFontSource);
    await session.open({ fileName: 'messy.xlsx', bytes: (await messyWorkbookBytes()).slice().buffer }, noProgress);
    const made = await session.monthlyReport({ month: '2025-10' }, noProgress);
    expect(made.files.map((f) => f.name)).toEqual(['monthly-2025-10.pdf', 'monthly-2025-10.xlsx', 'monthly-2025-10.json']);
    const model = JSON.parse(new TextDecoder().decode(made.files[2].bytes)) as {
      month: string;
      office: string;
      period: { to: string };
      total: { applications: { received: number } };
    };
    expect(model).toMatchObject({ month: '2025-10', office: 'messy', period: { to: '2025-10-31' } });
    expect(model.total.applications.received).toBeGreaterThan(0);
    expect(Buffer.from(made.files[0].bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('refuses a month that is not YYYY-MM with a Chinese message', async () => {
    const session = new Session(nodeFontSource);
    await session.open({ fileName: 'messy.xlsx', bytes: (await messyWorkbookBytes()).slice().buffer }, noProgress);
    await expect(session.monthlyReport({ month: '2025-13' }, noProgress)).rejects.toThrow(/[月份]/);
  });
});
