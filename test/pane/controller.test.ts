import { defaultSettings } from '../../core/settings/schema';
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';
import { validateLedger } from '../../core/ledger';
import { asCalendarDate } from '../../core/dates';
import { WorkCalendar } from '../../core/calendar';
import { decodeFragment } from '../../pane/download';
import type { PrintJob } from '../../pane/jobs';

const today = asCalendarDate(APPLICATIONS_TODAY);

function setup(platform: 'web' | 'windows' | 'mac' = 'web') {
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  addGridSheet(wb, catalogueGrid());
  const downloads: Array<{ name: string; bytes: Uint8Array }> = [];
  const opened: string[] = [];
  const rendered: PrintJob[] = [];
  const xlsxDates: string[] = [];
  const api = wb.api(platform, platform === 'windows' ? { openBrowserWindow: (u) => opened.push(u) } : {});
  const host = new ExcelHost(api, { download: (name, bytes) => downloads.push({ name, bytes }), baseUrl: 'https://127.0.0.1/' });
  const loaders: Loaders = {
    pdf: async () => ({
      renderJob: async (job) => {
        rendered.push(job);
        return { name: `${job.kind}.pdf`, bytes: new TextEncoder().encode('%PDF-1.7'), mime: 'application/pdf', missingGlyphs: 0 };
      },
    }),
    xlsx: async () => ({
      annualXlsxFile: async (model, date) => {
        xlsxDates.push(date);
        return { name: `annual-${model.year}.xlsx`, bytes: new Uint8Array([80, 75]), mime: 'x' };
      },
      monthlyXlsxFile: async (model) => ({ name: `monthly-${model.month}.xlsx`, bytes: new Uint8Array([80]), mime: 'x' }),
    }),
  };
  const pane = new PaneController(host, loaders, () => today);
  return { wb, pane, downloads, opened, rendered, xlsxDates };
}

/** A district office with what forms print (机关名称, 代字, contact, remedy bodies). */
const OFFICE_DATA = {
  ...defaultSettings().office,
  name: '上海市普陀区应急管理局',
  abbreviation: '普应急',
  address: '上海市普陀区大渡河路1668号',
  postcode: '200333',
  phone: '021-52564588',
  reviewBody: '上海市普陀区人民政府',
  court: '上海铁路运输法院',
};

const key = (f: { row: number | null; field: string | null; severity: string; code: string }) =>
  `${f.row}:${f.field}:${f.severity}:${f.code}`;

describe('PaneController over the fake Excel', () => {
  it('checks a messy ledger read from the sheet with the same findings as the pipeline on the file', async () => {
    const { pane } = setup();
    await pane.init();
    expect(pane.state.selectedSheet).toBe(applicationsGrid().sheet);
    const checked = await pane.check.run();
    const direct = validateLedger(applicationsGrid(), { today, calendar: WorkCalendar.standard() });
    expect(checked?.outcome.register?.kind).toBe('applications');
    expect(new Set(checked!.outcome.findings.map(key))).toEqual(new Set(direct.findings.map(key)));
    expect(pane.state.message?.text).toContain('错误');
    const groups = pane.check.groups();
    expect(groups[0].severity).toBe('error');
    // Every finding is in one section; the 可规范写法 section lists cells with no finding.
    expect(groups.filter((g) => g.id !== 'format').reduce((n, g) => n + g.count, 0)).toBe(direct.findings.length);
  });

  it('clicking a finding selects its cell', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const f = pane.check.current()!.outcome.findings.find((x) => x.row === 14)!;
    const address = await pane.check.selectFinding(f);
    expect(wb.selected).toBe(`${f.sheet}!${address}`);
  });

  it('marks in place and clears exactly those marks', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const before = JSON.stringify([...wb.sheet(pane.state.selectedSheet).cells]);
    await pane.check.markInPlace();
    expect(wb.liveCfs(pane.state.selectedSheet).length).toBeGreaterThan(0);
    expect(pane.state.lastMark?.cells).toBeGreaterThan(0);
    await pane.check.clearMarks();
    expect(wb.liveCfs()).toHaveLength(0);
    expect(wb.notes).toHaveLength(0);
    expect(JSON.stringify([...wb.sheet(pane.state.selectedSheet).cells])).toBe(before);
  });

  it('lists overdue and due-soon applications with their explanation', async () => {
    const { pane } = setup();
    await pane.init();
    await pane.check.run();
    const d = pane.deadlines.grouped();
    expect(d.overdue.map((x) => x.row)).toContain(18);
    expect(d.dueSoon.map((x) => x.row)).toContain(9);
    const item = d.overdue.find((x) => x.row === 18)!;
    expect(item.steps.length).toBeGreaterThan(0);
    expect(item.workdaysLeft).toBeLessThan(0);
  });

  it('re-checks only the changed rows when the user edits the sheet', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const sheet = pane.state.selectedSheet;
    const otherBefore = pane.check
      .current()!
      .outcome.findings.filter((f) => f.row !== 14)
      .map(key)
      .sort();
    expect(pane.check.current()!.outcome.findings.some((f) => f.row === 14 && f.severity === 'error')).toBe(true);
    wb.sheet(sheet).setValues('C14', [['2025-02-28']]);
    await pane.check.recheckRows({ sheet, rows: [14] });
    expect(pane.check.current()!.outcome.findings.some((f) => f.row === 14 && f.field === 'receivedDate' && f.severity === 'error')).toBe(
      false,
    );
    expect(
      pane.check
        .current()!
        .outcome.findings.filter((f) => f.row !== 14)
        .map(key)
        .sort(),
    ).toEqual(otherBefore);
  });

  it('a live re-check of one row still finds duplicates it creates with other rows, and drops them once fixed', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const sheet = pane.state.selectedSheet;
    const register = pane.check.current()!.outcome.register!;
    const letter = register.mapping.appNo;
    const later = (register.records as Array<{ appNo?: string; source: { row: number } }>).filter((r) => r.source.row > 14 && r.appNo);
    const target = later[later.length - 1];
    const duplicates = () =>
      pane.check
        .current()!
        .outcome.findings.filter((f) => f.code === 'id.duplicate')
        .map((f) => f.row);
    expect(duplicates()).not.toContain(target.source.row);
    wb.sheet(sheet).setValues(`${letter}14`, [[target.appNo!]]);
    await pane.check.recheckRows({ sheet, rows: [14] });
    // The second use is the later, unchanged row: a re-check of row 14 alone must still report it there.
    expect(duplicates()).toContain(target.source.row);
    wb.sheet(sheet).setValues(`${letter}14`, [['2025-999']]);
    await pane.check.recheckRows({ sheet, rows: [14] });
    expect(duplicates()).not.toContain(target.source.row);
  });

  it('live: a user edit reported by onChanged re-checks that row by itself', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const sheet = pane.state.selectedSheet;
    expect(pane.state.watching).toBe(true);
    await wb.userEdit(sheet, 'C14', [['2025-02-28']]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(pane.check.current()!.outcome.findings.some((f) => f.row === 14 && f.field === 'receivedDate' && f.severity === 'error')).toBe(
      false,
    );
  });

  it('live checks follow every checked register sheet', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.checkAll();
    expect(
      wb.sheets
        .filter((s) => s.handlers.length > 0)
        .map((s) => s.name)
        .sort(),
    ).toEqual([applicationsGrid().sheet, catalogueGrid().sheet].sort());
    expect(wb.sheets.every((s) => s.handlers.length <= 1)).toBe(true);
  });

  it('re-checks the whole sheet after rows were inserted', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const sheet = pane.state.selectedSheet;
    const firstAt = pane.check.current()!.at;
    wb.sheet(sheet).setValues('C14', [['2025-02-28']]);
    await new Promise((r) => setTimeout(r, 5));
    await pane.check.recheckRows({ sheet, rows: [40], structural: true });
    expect(pane.check.current()!.at).toBeGreaterThan(firstAt);
    expect(pane.check.current()!.outcome.findings.some((f) => f.row === 14 && f.field === 'receivedDate' && f.severity === 'error')).toBe(
      false,
    );
  });

  it('writes the register on a new sheet, the source untouched', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const before = JSON.stringify([...wb.sheet(pane.state.selectedSheet).cells]);
    const name = await pane.check.writeRegister();
    expect(name).toBe('登记_依申请公开');
    expect(wb.sheet(name!).tables).toHaveLength(1);
    expect(JSON.stringify([...wb.sheet(pane.state.selectedSheet).cells])).toBe(before);
  });

  it('produces the annual tables into the workbook and delivers the PDF and .xlsx', async () => {
    const { pane, wb, downloads, rendered, xlsxDates } = setup();
    await pane.init();
    await pane.check.run();
    const model = await pane.reports.annual(2025);
    expect(model?.table3.rows.new[6]).toBeGreaterThan(0);
    // The catalogue was checked for table 二 although only the applications sheet had been checked.
    expect(
      pane.check
        .registers()
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['applications', 'catalogue']);
    const sheet = wb.sheet('年报2025');
    expect(sheet.get(1, 1)?.value).toContain('2025年政府信息公开工作年度报告');
    const texts = [...sheet.cells.values()].map((c) => String(c.value));
    expect(texts).toContain('三、收到和处理政府信息公开申请情况');
    await pane.jobs.deliverPdf({ kind: 'annual', model: model! });
    expect(rendered[0].kind).toBe('annual');
    await pane.reports.annualXlsx();
    expect(downloads.map((d) => d.name)).toEqual(['annual.pdf', 'annual-2025.xlsx']);
    // Dated its year end, as the CLI dates it, not by the check date.
    expect(xlsxDates).toEqual(['2025-12-31']);
  });

  it('on desktop opens the print page with the job in the URL fragment instead of saving a blob', async () => {
    const { pane, opened, rendered } = setup('windows');
    await pane.init();
    const model = await pane.reports.annual(2025);
    await pane.jobs.deliverPdf({ kind: 'annual', model: model! });
    expect(rendered).toHaveLength(0);
    const fragment = opened[0].split('#')[1];
    const request = decodeFragment(fragment) as { kind: string; data: PrintJob; date: string };
    expect(request.kind).toBe('annual');
    // The print page dates the PDF as the pane would: the annual by its year end, as the CLI does, whatever the check date.
    expect(request.date).toBe('2025-12-31');
    expect(request.data.kind === 'annual' && request.data.model.year).toBe(2025);
    // A document by the check date, which the clerk may have changed.
    await pane.checkDate.set(asCalendarDate('2026-01-05'));
    await pane.jobs.deliverPdf({ kind: 'annual', model: model! });
    await pane.jobs.deliverPdf({ kind: 'notice', models: [] });
    expect(opened.slice(1).map((u) => (decodeFragment(u.split('#')[1]) as { date: string }).date)).toEqual(['2025-12-31', '2026-01-05']);
  });

  it('builds a transfer sheet job from the catalogue and a notice for a selected row', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.settings.save({ ...pane.state.settings, office: OFFICE_DATA });
    await pane.check.run();
    expect(pane.forms.transferJob('档案馆')).toBeNull();
    const transfer = await pane.forms.transferJobAll('档案馆');
    expect(transfer?.kind).toBe('transfer');
    wb.selected = `${applicationsGrid().sheet}!B5`;
    const notice = await pane.forms.noticeJob('receipt');
    expect(notice?.kind === 'notice' && notice.models[0].appNo).toBe('2025001');
    wb.selected = `${applicationsGrid().sheet}!B1`;
    expect(await pane.forms.noticeJob('receipt')).toBeNull();
    expect(pane.state.message?.kind).toBe('error');
  });

  it('makes no document without the office data, says what to fill in 设置, and makes a marked draft on request', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.checkAll();
    expect(pane.forms.transferJob('档案馆')).toBeNull();
    expect(pane.state.message).toMatchObject({ kind: 'error' });
    expect(pane.state.message?.text).toContain('“设置”工作表的“机关名称”');
    const draft = pane.forms.transferJob('档案馆', undefined, undefined, true);
    expect(draft?.kind === 'transfer' && draft.model.draft).toBe(true);
    wb.selected = `${applicationsGrid().sheet}!B5`;
    expect(await pane.forms.noticeJob('receipt')).toBeNull();
    expect(pane.state.message?.text).toContain('生成草稿');
    const notice = await pane.forms.noticeJob('receipt', undefined, true);
    expect(notice?.kind === 'notice' && notice.models[0].draft).toBe(true);
    expect(await pane.jobs.writeSheet(notice!)).toBe('草稿-告知书-2025001');
  });

  it('where no file can be delivered, writes the transfer sheet and notice as print-ready sheets', async () => {
    const { pane, wb, downloads, rendered } = setup('mac');
    await pane.init();
    await pane.settings.save({ ...pane.state.settings, office: OFFICE_DATA });
    await pane.check.checkAll();
    const transfer = pane.forms.transferJob('档案馆')!;
    const outcome = await pane.jobs.deliverPdf(transfer);
    expect(outcome?.path).toBe('sheet');
    expect(downloads).toHaveLength(0);
    expect(rendered).toHaveLength(0);
    const sheet = wb.sheet('移交表-档案馆');
    expect(sheet.get(1, 1)?.value).toBe('政府信息移交表');
    expect(sheet.get(5, 3)?.value).toBe('信息名称');
    const rows = transfer.kind === 'transfer' ? transfer.model.rows : [];
    if (rows.length > 0) expect(sheet.get(6, 3)?.value).toBe(rows[0].title);
    wb.selected = `${applicationsGrid().sheet}!B5`;
    const notice = await pane.forms.noticeJob('receipt');
    const name = await pane.jobs.writeSheet(notice!);
    expect(name).toBe('告知书-2025001');
    const texts = [...wb.sheet(name!).cells.values()].map((c) => String(c.value));
    expect(texts.some((t) => t.includes('2025001'))).toBe(true);
    expect(pane.state.message?.text).toContain('文件 > 打印');
  });

  it('saves a column override into the 设置 sheet and re-checks with it', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    await pane.settings.overrideColumn('remarks', 'H');
    expect(wb.sheet('设置').get(1, 1)?.value).toBe('设置项');
    expect(pane.state.settings.columns[pane.state.selectedSheet]).toEqual({ remarks: 'H' });
    expect(pane.check.current()?.outcome.register?.mapping.remarks).toBe('H');
  });
});

describe('PaneController.reset', () => {
  it('forgets the checks, the report and the selection of the previous workbook, keeps the view, and reads again', async () => {
    const { pane } = setup();
    await pane.init('reports');
    await pane.reports.annual(2025);
    expect(pane.state.checked.size).toBe(2);
    expect(pane.state.annual).not.toBeNull();
    await pane.reset();
    expect(pane.state).toMatchObject({ view: 'reports', checked: new Map(), annual: null, selectedSheet: '', sheets: [] });
    await pane.init();
    expect(pane.state.selectedSheet).toBe(applicationsGrid().sheet);
    expect(pane.deadlines.grouped().overdue).toEqual([]);
  });
});

describe('viewFromLocation', () => {
  // mount.ts touches the DOM only when mounting, so its URL helper runs in node.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { viewFromLocation } = require('../../pane/mount') as typeof import('../../pane/mount');
  it('opens the view named by the ribbon button', () => {
    expect(viewFromLocation({ search: '?view=deadlines', hash: '' })).toBe('deadlines');
    expect(viewFromLocation({ search: '', hash: '#reports' })).toBe('reports');
    expect(viewFromLocation({ search: '?view=nonsense', hash: '' })).toBeUndefined();
  });
});
