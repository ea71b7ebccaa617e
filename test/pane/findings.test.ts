import { asCalendarDate } from '../../core/dates';
import { WorkCalendar } from '../../core/calendar';
import { validateLedger } from '../../core/ledger';
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { findingsModel, stepItem } from '../../pane/findingsModel';
import { paneWorkbench } from '../../pane/workbenchModel';
import { FINDINGS_MSG } from '../../pane/views/findingsMessages';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';

const today = asCalendarDate(APPLICATIONS_TODAY);
const options = { today, calendar: WorkCalendar.standard() };
const loaders: Loaders = {
  pdf: async () => ({ renderJob: async () => ({ name: 'x.pdf', bytes: new Uint8Array(), mime: 'application/pdf', missingGlyphs: 0 }) }),
  xlsx: async () => ({
    annualXlsxFile: async () => ({ name: 'a.xlsx', bytes: new Uint8Array(), mime: 'x' }),
    monthlyXlsxFile: async () => ({ name: 'm.xlsx', bytes: new Uint8Array(), mime: 'x' }),
  }),
};

function setup(editCells = true) {
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  addGridSheet(wb, catalogueGrid());
  const host = new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' });
  // The offline page's host says editCells: false; the same Excel host stands in for it here.
  if (!editCells) Object.defineProperty(host, 'capabilities', { value: { ...host.capabilities, editCells: false } });
  return { wb, pane: new PaneController(host, loaders, () => today) };
}

function applicationsModel() {
  const grid = applicationsGrid();
  const outcome = validateLedger(grid, options);
  return { outcome, model: findingsModel(outcome.findings, outcome.register, grid) };
}

describe('the findings model', () => {
  it('puts the deadline findings in their own section first, apart from the typing mistakes', () => {
    const { outcome, model } = applicationsModel();
    expect(model.sections.map((s) => s.id)).toEqual(['deadline', 'error', 'warning', 'info', 'format']);
    const deadline = model.sections[0];
    expect(deadline.fields.flatMap((f) => f.items).every((i) => i.finding?.code.startsWith('deadline.'))).toBe(true);
    const others = model.sections.slice(1).flatMap((s) => s.fields.flatMap((f) => f.items));
    expect(others.some((i) => i.finding?.code.startsWith('deadline.'))).toBe(false);
    // Every finding is listed once; the 可规范写法 items are cells without one.
    expect(model.order.filter((i) => i.finding).length).toBe(outcome.findings.length);
    // Within 期限, errors come before warnings and hints.
    const ranks = deadline.fields.flatMap((f) => f.items).map((i) => ['error', 'warning', 'info'].indexOf(i.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Grouped by what is late, not by column.
    const labels = deadline.fields.map((f) => f.label);
    expect(labels).toContain('已逾期未答复');
    expect(labels).toContain('即将到期');
    expect(deadline.fields.find((f) => f.label === '已逾期未答复')?.items.map((i) => i.caseName)).toEqual(['2025013']);
  });

  it('opens the overdue cases and the errors, and leaves warnings and hints closed', () => {
    const { model } = applicationsModel();
    expect(Object.fromEntries(model.sections.map((s) => [s.id, s.open]))).toEqual({
      deadline: true,
      error: true,
      warning: false,
      info: false,
      format: false,
    });
    expect(model.sections.find((s) => s.id === 'error')?.severity).toBe('error');
    expect(model.sections.find((s) => s.id === 'format')?.severity).toBe('info');
  });

  it('counts the summary line as the CLI does: overdue and due-soon cases, all errors and warnings', () => {
    const { outcome, model } = applicationsModel();
    const errors = outcome.findings.filter((f) => f.severity === 'error').length;
    const warnings = outcome.findings.filter((f) => f.severity === 'warning').length;
    // Row 18 is overdue and row 9 due soon on 2025-12-01 (the fixture's today).
    expect(model.summary).toEqual({ overdue: 1, dueSoon: 1, errors, warnings });
    expect(FINDINGS_MSG.summary(1, 1, errors, warnings)).toBe(`今日逾期 1 件 · 即将到期 1 件 · 错误 ${errors} · 警告 ${warnings}`);
  });

  it('names each item’s case and field beside its address', () => {
    const { model } = applicationsModel();
    const impossible = model.order.find((i) => i.address === 'C14' && i.finding?.code === 'date.invalid');
    expect(impossible).toMatchObject({ caseName: '2025009', field: 'receivedDate', severity: 'error' });
    const fullWidth = model.order.find((i) => i.address === 'B8');
    expect(fullWidth).toMatchObject({ caseName: '2025003', fix: { value: '2025003', kind: 'digits.fullWidth' } });
    expect(fullWidth?.message).toBe('含全角数字：“２０２５００３”');
  });

  it('gives a legacy 免予公开 finding its 改为 不予公开 fix, instead of listing the cell a second time', () => {
    const grid = catalogueGrid();
    const outcome = validateLedger(grid, options);
    const model = findingsModel(outcome.findings, outcome.register, grid);
    const legacy = model.order.filter((i) => i.finding?.code === 'attribute.legacy');
    expect(legacy.length).toBeGreaterThan(0);
    expect(legacy.every((i) => i.fix?.value === '不予公开')).toBe(true);
    const format = model.sections.find((s) => s.id === 'format')?.fields.flatMap((f) => f.items) ?? [];
    expect(format.some((i) => i.fix?.kind === 'attribute.legacy')).toBe(false);
  });

  it('gives a fix only to the finding of its kind, never to another problem of the same cell', () => {
    const grid = applicationsGrid();
    const outcome = validateLedger(grid, options);
    const other = { ...outcome.findings[0], row: 8, column: 'C', field: 'receivedDate', code: 'date.future' as const, message: '晚于今天' };
    const model = findingsModel([...outcome.findings, other], outcome.register, grid);
    const items = model.order.filter((i) => i.address === 'C8');
    expect(items.find((i) => i.finding === other)?.fix).toBeUndefined();
    // The text date is still offered, as a cell of its own in 可规范写法.
    expect(items.find((i) => !i.finding)?.fix?.value).toBe('2025-10-09');
  });

  it('walks the list in order with 下一条 and 上一条', () => {
    const { model } = applicationsModel();
    const { order } = model;
    expect(stepItem(order, null, 1)).toBe(order[0]);
    expect(stepItem(order, order[0].key, 1)).toBe(order[1]);
    expect(stepItem(order, order[1].key, -1)).toBe(order[0]);
    expect(stepItem(order, order[0].key, -1)).toBeUndefined();
    expect(stepItem(order, order[order.length - 1].key, 1)).toBeUndefined();
    expect(new Set(order.map((i) => i.key)).size).toBe(order.length);
  });
});

describe('the findings actions over the fake Excel', () => {
  it('counts the same overdue and due-soon cases as the 工作台 (and so the CLI) on the check date', async () => {
    const { pane } = setup();
    await pane.init();
    await pane.check.run();
    const { counters } = paneWorkbench(pane.state, today);
    const { summary } = pane.check.findings();
    expect(summary.overdue).toBe(counters.overdue);
    expect(summary.dueSoon).toBe(counters.dueToday + counters.dueSoon);
  });

  it('下一条 selects each item’s cell in turn, and 上一条 goes back', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const { order } = pane.check.findings();
    await pane.check.step(1);
    expect(wb.selected).toBe(`${order[0].sheet}!${order[0].address}`);
    await pane.check.step(1);
    expect(wb.selected).toBe(`${order[1].sheet}!${order[1].address}`);
    expect(pane.check.currentItem()).toBe(order[1]);
    await pane.check.step(-1);
    expect(wb.selected).toBe(`${order[0].sheet}!${order[0].address}`);
  });

  it('改为 writes the new value into that one cell, re-checks the row and the item goes', async () => {
    const { pane, wb } = setup();
    await pane.init();
    await pane.check.run();
    const sheet = pane.state.selectedSheet;
    const before = pane.check.findings();
    const item = before.order.find((i) => i.address === 'C8' && i.fix)!;
    expect(item.fix?.value).toBe('2025-10-09');
    const cellsBefore = new Map(wb.sheet(sheet).cells);
    expect(await pane.check.applyFix(item)).toBe(true);
    expect(wb.sheet(sheet).get(8, 3)).toMatchObject({ value: '2025-10-09', format: '@' });
    // Nothing else of the sheet changed.
    for (const [key, cell] of wb.sheet(sheet).cells) if (key !== '8,3') expect(cell).toEqual(cellsBefore.get(key));
    const after = pane.check.findings();
    expect(after.order.some((i) => i.address === 'C8')).toBe(false);
    expect(after.order.filter((i) => i.finding).length).toBe(before.order.filter((i) => i.finding).length);
    expect(pane.state.message?.text).toBe(FINDINGS_MSG.fixed('C8', '2025-10-09'));
  });

  it('改为 不予公开 on the catalogue removes its attribute.legacy finding', async () => {
    const { pane, wb } = setup();
    await pane.init();
    pane.check.selectSheet(catalogueGrid().sheet);
    await pane.check.run();
    const item = pane.check.findings().order.find((i) => i.finding?.code === 'attribute.legacy')!;
    await pane.check.applyFix(item);
    expect(wb.sheet(item.sheet).get(item.row!, 6)?.value).toBe('不予公开');
    const left = pane.check.current()!.outcome.findings.filter((f) => f.code === 'attribute.legacy' && f.row === item.row);
    expect(left).toEqual([]);
  });

  it('writes nothing where the host may not edit cells (the offline page)', async () => {
    const { pane, wb } = setup(false);
    await pane.init();
    await pane.check.run();
    const sheet = pane.state.selectedSheet;
    const item = pane.check.findings().order.find((i) => i.fix)!;
    expect(await pane.check.applyFix(item)).toBe(false);
    expect(wb.sheet(sheet).get(item.row!, 2)?.value).toBe('２０２５００３');
    expect(pane.state.message).toMatchObject({ kind: 'error', text: FINDINGS_MSG.cannotEdit });
  });
});
