/**
 * 月报 in the pane's 报表 view, over the fake Excel: the month's statistics of every register, counted as
 * of the month end (as `ogi report monthly` and the page count them) without moving the check date,
 * written as a print-ready sheet, as PDF and as .xlsx; the month chosen stays; a bad month writes nothing.
 */
import ExcelJS from 'exceljs';
import { FakeWorkbook, type FakeSheet } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { reportsView, reportMonth } from '../../pane/views/reports';
import { initialState, PaneStore } from '../../pane/state';
import { jobDate, jobFileName } from '../../pane/jobName';
import { monthlyXlsxFile } from '../../pane/xlsxJobs';
import { decodeFragment } from '../../pane/download';
import type { PrintJob } from '../../pane/jobs';
import type { Validate } from '../../pane/checkProtocol';
import { validateLedger } from '../../core/ledger';
import { officeCalendar } from '../../core/workbook/resolveOffice';
import { asCalendarDate, type CalendarDate } from '../../core/dates';
import type { Grid } from '../../core/grid';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';
import { installFakeDom, type FakeElement } from './fakeDom';

installFakeDom();
const today = asCalendarDate(APPLICATIONS_TODAY); // 2025-12-01: the month offered is 2025-11

function setup(options: { platform?: 'web' | 'windows' | 'mac'; catalogue?: Grid; worker?: boolean } = {}) {
  const platform = options.platform ?? 'web';
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  addGridSheet(wb, options.catalogue ?? catalogueGrid());
  const downloads: Array<{ name: string; bytes: Uint8Array }> = [];
  const opened: string[] = [];
  const rendered: Array<{ job: PrintJob; date: CalendarDate }> = [];
  const checkedAsOf: Array<{ sheet: string; today: CalendarDate }> = [];
  const api = wb.api(platform, platform === 'windows' ? { openBrowserWindow: (u) => opened.push(u) } : {});
  const host = new ExcelHost(api, { download: (name, bytes) => downloads.push({ name, bytes }), baseUrl: 'https://127.0.0.1/' });
  // A stand-in for the check worker: the same pipeline, and a record of the day each sheet was checked as of.
  const validate: Validate = async (grid, settings, day, kind) => {
    checkedAsOf.push({ sheet: grid.sheet, today: day });
    return validateLedger(grid, { settings, today: day, kind, calendar: officeCalendar(settings) });
  };
  const loaders: Loaders = {
    pdf: async () => ({
      renderJob: async (job, date) => {
        rendered.push({ job, date });
        return { name: jobFileName(job), bytes: new TextEncoder().encode('%PDF-1.7'), mime: 'application/pdf', missingGlyphs: 0 };
      },
    }),
    xlsx: async () => ({
      annualXlsxFile: async (model) => ({ name: `annual-${model.year}.xlsx`, bytes: new Uint8Array([80]), mime: 'x' }),
      // The real one: exceljs runs under Node.
      monthlyXlsxFile,
    }),
    ...(options.worker ? { validate } : {}),
  };
  const pane = new PaneController(host, loaders, () => today);
  return { wb, pane, downloads, opened, rendered, checkedAsOf };
}

/** The values of a fake sheet's row whose first cell is `label` (columns A…P). */
function rowOf(sheet: FakeSheet, label: string): Array<string | number | boolean | undefined> {
  const used = sheet.used()!;
  for (let r = used.r1; r <= used.r2; r++) {
    if (sheet.get(r, 1)?.value === label) return Array.from({ length: 16 }, (_, j) => sheet.get(r, j + 1)?.value);
  }
  throw new Error(`no row ${label} in ${sheet.name}`);
}

const view = (pane: PaneController) => reportsView(pane) as unknown as FakeElement;

describe('月报 in 报表', () => {
  it('writes the month before the check date’s as a sheet, with the counts of every register as of the month end', async () => {
    const { pane, wb } = setup();
    await pane.init('reports');
    expect(reportMonth(pane.state)).toBe('2025-11');
    const model = await pane.reports.monthly(reportMonth(pane.state));
    expect(model?.period).toEqual({ from: '2025-11-01', to: '2025-11-30' });
    // Nothing was checked before: both registers were read, the catalogue's 责任科室 are lines of the table.
    expect(
      pane.check
        .registers()
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['applications', 'catalogue']);
    const sheet = wb.sheet('月报2025-11');
    expect(sheet.get(1, 1)?.value).toBe('2025年11月政府信息公开工作月度统计');
    // The applications ledger has no 承办科室 column: its November is all 未填科室. Received in November:
    // rows 17 and 20 (row 9 has a bare 法人或其他组织, row 13 a reply before its receipt, row 15 no type: not counted).
    // Replied in November: rows 6, 10, 12, 13, 16, 17, 21, 22, 23 = 9, all on time but row 6 (due 10-30, replied 11-05).
    // Open on 11-30: rows 9, 15, 18, 20; of them row 18 is overdue (due 11-05).
    // By type: 予以公开 rows 12, 13, 17, 23 (同意公开); 部分公开 row 10; 不予公开 rows 6, 21, 22; row 16 has none.
    const expected = [2, 9, 4, 1, '88.9%', 4, 1, 3, 0, 0, 0];
    // Blank cells (no ratio, no average) are written empty, never 0.
    expect(rowOf(sheet, '未填科室')).toEqual(['未填科室', 0, 0, '', '', ...expected]);
    expect(rowOf(sheet, '合计').slice(5)).toEqual(expected);
    // No catalogue item was formed or published in November; the departments are listed all the same.
    expect(rowOf(sheet, '办公室').slice(0, 8)).toEqual(['办公室', 0, 0, '', '', 0, 0, 0]);
    expect(rowOf(sheet, '执法科')[0]).toBe('执法科');
    expect(rowOf(sheet, '监督科')[0]).toBe('监督科');
    // From 1 January: rows 5, 6, 8, 10, 11, 12, 16, 17, 18, 20, 21, 22, 23 (row 19 is received in December).
    expect(rowOf(sheet, '本年累计')[5]).toBe(13);
    const message = pane.state.message!;
    expect(message.kind).toBe('info');
    expect(message.view).toBe('reports');
    expect(message.text).toContain('2025 年 11 月月报统计表已写入「月报2025-11」');
    expect(message.text).toContain('本月收到申请 2 件，办结 9 件；月末（2025-11-30）未办结 4 件，其中已逾期 1 件。');
    // Row 14's impossible date; rows 9, 13 and 15 left out of 收到.
    expect(message.text).toContain('有 1 条记录缺少统计所需日期');
    expect(message.text).toContain('本年有 3 件申请未计入收到数');
    expect(message.text).toContain('检查日期仍为 2025-12-01');
    expect(pane.state.monthly).toEqual({ model, sheet: '月报2025-11' });
    // Its result line and buttons, under the month box.
    const shown = view(pane);
    expect(shown.byId('ogi-monthly-result')!.textContent).toContain('本月收到申请 2 件');
    expect(shown.byId('ogi-monthly-pdf')).toBeDefined();
    expect(shown.byId('ogi-monthly-xlsx')).toBeDefined();
  });

  it('counts the catalogue of a month chosen in the box, per 责任科室, and writes a formula-like department as text', async () => {
    const rows = catalogueGrid().rows.map((r, i) => (i === 3 ? r.map((v, j) => (j === 8 ? '=SUM(1,2)' : v)) : r));
    const { pane, wb } = setup({ catalogue: { ...catalogueGrid(), rows } });
    await pane.init('reports');
    view(pane).byId('ogi-month')!.change('2025-03');
    view(pane).byId('ogi-monthly')!.click();
    await waitUntil(() => pane.state.monthly !== null && !pane.state.busy);
    const sheet = wb.sheet('月报2025-03');
    // March, 办公室: row 3 formed 03-03 and published 03-10 (on time); row 6 formed in January, published 03-20
    // after its 02-06 due date (late). Row 4 (监督科, now "=SUM(1,2)") formed 03-05, not published.
    expect(rowOf(sheet, '办公室').slice(0, 4)).toEqual(['办公室', 1, 2, '50.0%']);
    expect(rowOf(sheet, '合计').slice(0, 4)).toEqual(['合计', 2, 2, '50.0%']);
    const formula = rowOf(sheet, '=SUM(1,2)');
    expect(formula.slice(0, 3)).toEqual(['=SUM(1,2)', 1, 0]);
    const used = sheet.used()!;
    for (let r = used.r1; r <= used.r2; r++) expect(sheet.get(r, 1)?.formula).toBeUndefined();
  });

  it('hands the PDF and the .xlsx over with the month’s model, named and dated as the CLI does (the month end)', async () => {
    const { pane, downloads, rendered } = setup();
    await pane.init('reports');
    const model = (await pane.reports.monthly('2025-11'))!;
    view(pane).byId('ogi-monthly-pdf')!.click();
    await waitUntil(() => downloads.length === 1 && !pane.state.busy);
    expect(rendered).toHaveLength(1);
    expect(rendered[0].job).toEqual({ kind: 'monthly', model });
    expect(rendered[0].job.kind === 'monthly' && rendered[0].job.model).toBe(model);
    expect(rendered[0].date).toBe('2025-11-30');
    expect(downloads[0].name).toBe('monthly-2025-11.pdf');
    const outcome = await pane.reports.monthlyXlsx();
    expect(outcome?.path).toBe('download');
    expect(downloads[1].name).toBe('monthly-2025-11.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(downloads[1].bytes) as unknown as ArrayBuffer);
    expect(book.created.toISOString().slice(0, 10)).toBe('2025-11-30');
    const ws = book.getWorksheet('月度报表')!;
    let total: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '合计') total = row;
    });
    expect([6, 7, 8, 9].map((c) => total!.getCell(c).value)).toEqual([2, 9, 4, 1]);
  });

  it('on desktop opens the print page with the monthly job, dated the month end whatever the check date', async () => {
    const { pane, opened, rendered } = setup({ platform: 'windows' });
    await pane.init('reports');
    const model = (await pane.reports.monthly('2025-11'))!;
    await pane.jobs.deliverPdf({ kind: 'monthly', model });
    expect(rendered).toHaveLength(0);
    const request = decodeFragment(opened[0].split('#')[1]) as { kind: string; title: string; data: PrintJob; date: string };
    expect(request).toMatchObject({ kind: 'monthly', title: 'monthly-2025-11.pdf', date: '2025-11-30' });
    expect(request.data.kind === 'monthly' && request.data.model.total.applications.received).toBe(2);
    expect(jobDate(request.data, today)).toBe('2025-11-30');
  });

  it('where no file can be delivered, the PDF button points to the sheet 生成月报统计表 wrote, without writing another', async () => {
    const { pane, wb } = setup({ platform: 'mac' });
    await pane.init('reports');
    const model = (await pane.reports.monthly('2025-11'))!;
    const sheets = wb.sheets.length;
    await pane.jobs.deliverPdf({ kind: 'monthly', model });
    expect(wb.sheets).toHaveLength(sheets);
    expect(pane.state.message?.text).toContain('月报2025-11');
    expect(view(pane).byId('ogi-monthly-xlsx')).toBeUndefined();
  });

  it('refuses a month that is not one, in Chinese, and writes nothing', async () => {
    const { pane, wb, downloads } = setup();
    await pane.init('reports');
    const sheets = wb.sheets.map((s) => s.name);
    for (const bad of ['2025-13', '2025-3', '十一月', '']) {
      expect(await pane.reports.monthly(bad)).toBeUndefined();
      expect(pane.state.message?.kind).toBe('error');
      expect(pane.state.message?.text).toContain('未生成月报');
    }
    expect(pane.state.message?.text).toBe('请先选择月份（例如 2025-03），未生成月报。');
    // Through the box too: a typed "2025-00" is refused, not replaced by the month offered before.
    const shown = view(pane);
    shown.byId('ogi-month')!.change('2025-00');
    expect(reportMonth(pane.state)).toBe('2025-11');
    shown.byId('ogi-monthly')!.click();
    await waitUntil(() => !pane.state.busy && pane.state.message?.text.includes('2025-00') === true);
    expect(pane.state.message?.text).toBe('月份“2025-00”无效，应写成 YYYY-MM，例如 2025-03，未生成月报。');
    expect(wb.sheets.map((s) => s.name)).toEqual(sheets);
    expect(downloads).toHaveLength(0);
    expect(pane.state.monthly).toBeNull();
    expect(pane.state.choices.month).toBeUndefined();
    expect(pane.state.checked.size).toBe(0);
  });

  it('keeps the check date and the checks: the month-end checks are for the report only', async () => {
    const { pane, checkedAsOf } = setup({ worker: true });
    await pane.init('reports');
    await pane.check.checkAll();
    const checked = pane.state.checked;
    const overdueBefore = pane.deadlines.grouped().overdue.map((d) => d.row);
    expect(checkedAsOf.map((c) => c.today)).toEqual([today, today]);
    await pane.reports.monthly('2025-11');
    expect(pane.state.checkDate).toBe(today);
    expect(pane.today()).toBe(today);
    expect(pane.state.checked).toBe(checked);
    expect(pane.deadlines.grouped().overdue.map((d) => d.row)).toEqual(overdueBefore);
    // Each register checked again as of 2025-11-30, as `ogi report monthly --month 2025-11` checks them.
    expect(checkedAsOf.slice(2).sort((a, b) => a.sheet.localeCompare(b.sheet))).toEqual([
      { sheet: '主动公开目录', today: '2025-11-30' },
      { sheet: '依申请公开台账', today: '2025-11-30' },
    ]);
    // The check date is the month end: the checks the pane holds are those of that day, none again.
    await pane.checkDate.set('2025-11-30');
    const calls = checkedAsOf.length;
    await pane.reports.monthly('2025-11');
    expect(checkedAsOf).toHaveLength(calls);
    expect(pane.state.monthly?.model.total.applications.open).toBe(4);
  });
});

describe('报表 month', () => {
  it('is the month before the check date’s until one is chosen (January → December of the year before)', () => {
    expect(reportMonth(initialState('reports', asCalendarDate('2026-01-15')))).toBe('2025-12');
    expect(reportMonth(initialState('reports', asCalendarDate('2025-10-31')))).toBe('2025-09');
  });

  it('keeps the month chosen in the box across a re-render, an action and another workbook', async () => {
    const { pane } = setup();
    await pane.init('reports');
    view(pane).byId('ogi-month')!.change('2025-06');
    expect(reportMonth(pane.state)).toBe('2025-06');
    expect(view(pane).byId('ogi-month')!.value).toBe('2025-06');
    await pane.reports.annual(2025);
    expect(view(pane).byId('ogi-month')!.value).toBe('2025-06');
    await pane.reports.monthly('2025-07');
    expect(view(pane).byId('ogi-month')!.value).toBe('2025-07');
    await pane.reset();
    expect(pane.state.monthly).toBeNull();
    expect(view(pane).byId('ogi-month')!.value).toBe('2025-07');
  });

  it('is the clerk’s: PaneStore.reset keeps it with the other choices', () => {
    const store = new PaneStore(today);
    store.choose({ month: '2025-04' });
    store.reset();
    expect(store.state.choices).toEqual({ month: '2025-04' });
  });
});

/** Waits for the async work a click started (the handlers return nothing to await). */
async function waitUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
}
