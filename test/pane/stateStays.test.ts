/**
 * Issue 15 point 4 and the check date of point 1, without a browser: the clerk's choices, the check
 * date and a view's status line live in the pane's state, survive actions and re-renders, and go
 * only as documented (reset keeps the clerk's, drops the workbook's; the next action clears the message).
 */
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { PaneStore, initialState } from '../../pane/state';
import { formsView, reportsView } from '../../pane/views';
import { settingsView } from '../../pane/views/settings';
import { reportYear } from '../../pane/views/reports';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';
import { asCalendarDate } from '../../core/dates';
import { paneWorkbench } from '../../pane/workbenchModel';
import { installFakeDom, type FakeElement } from './fakeDom';

installFakeDom();
const today = asCalendarDate(APPLICATIONS_TODAY);

function setup() {
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  addGridSheet(wb, catalogueGrid());
  const host = new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' });
  const loaders: Loaders = {
    pdf: async () => ({
      renderJob: async (job) => ({ name: `${job.kind}.pdf`, bytes: new Uint8Array([37]), mime: 'application/pdf', missingGlyphs: 0 }),
    }),
    xlsx: async () => ({
      annualXlsxFile: async (model) => ({ name: `annual-${model.year}.xlsx`, bytes: new Uint8Array([80]), mime: 'x' }),
      monthlyXlsxFile: async (model) => ({ name: `monthly-${model.month}.xlsx`, bytes: new Uint8Array([80]), mime: 'x' }),
    }),
  };
  const pane = new PaneController(host, loaders, () => today);
  return { wb, host, pane };
}

describe('PaneStore: what reset keeps', () => {
  it('keeps the check date and the form choices, drops the mapping drafts and the message', () => {
    const store = new PaneStore(asCalendarDate('2025-12-01'));
    store.update({
      view: 'forms',
      checkDate: asCalendarDate('2025-11-20'),
      mappingDrafts: new Map([['台账', { receivedDate: 'D' }]]),
      message: { kind: 'info', text: '已写入', view: 'forms' },
    });
    store.choose({ recipient: '档案馆', year: 2024 });
    store.reset();
    expect(store.state.checkDate).toBe('2025-11-20');
    expect(store.state.choices).toEqual({ recipient: '档案馆', year: 2024 });
    expect(store.state.mappingDrafts.size).toBe(0);
    expect(store.state.message).toBeNull();
    expect(store.state.view).toBe('forms');
    expect(initialState('check', asCalendarDate('2025-01-02')).checkDate).toBe('2025-01-02');
  });

  it('records a choice without re-rendering (the box already shows it), merged into the earlier ones', () => {
    const store = new PaneStore();
    let renders = 0;
    store.subscribe(() => renders++);
    store.choose({ recipient: '图书馆' });
    store.choose({ from: asCalendarDate('2025-01-01') });
    expect(store.state.choices).toEqual({ recipient: '图书馆', from: '2025-01-01' });
    expect(renders).toBe(0);
  });
});

describe('status messages belong to their view', () => {
  it('carry the view the action started on, even when the clerk switched meanwhile, and clear when the next action starts', async () => {
    const { pane } = setup();
    await pane.init();
    pane.show('check');
    const running = pane.check.run();
    pane.show('forms');
    await running;
    expect(pane.state.message?.view).toBe('check');
    expect(pane.state.message?.text).toContain('已检查');
    const seen: Array<string | undefined> = [];
    const stop = pane.subscribe(() => seen.push(pane.state.message?.text));
    await pane.forms.transferJobAll('档案馆', undefined, undefined, true);
    stop();
    // The check's message went as soon as the next action began.
    expect(seen[0]).toBeUndefined();
    pane.notify('info', '表单的话');
    expect(pane.state.message).toEqual({ kind: 'info', text: '表单的话', view: 'forms' });
  });
});

describe('the check date', () => {
  it('starts at the clock, re-checks the sheets read when changed, and dates the documents', async () => {
    const { pane, host } = setup();
    await pane.init();
    expect(pane.state.checkDate).toBe(today);
    await pane.check.checkAll();
    const reads = jest.spyOn(host, 'readSheet');
    const before = pane.deadlines.grouped();
    const later = asCalendarDate('2026-03-02');
    await pane.checkDate.set(later);
    expect(pane.state.checkDate).toBe(later);
    expect(pane.today()).toBe(later);
    // Nothing read again; every deadline is of the new day (more are overdue three months later).
    expect(reads).not.toHaveBeenCalled();
    const after = pane.deadlines.grouped();
    expect(after.overdue.length).toBeGreaterThan(before.overdue.length);
    expect(paneWorkbench(pane.state, pane.state.checkDate).today).toBe(later);
    expect(pane.state.message?.text).toContain(later);
    const job = pane.forms.transferJob('档案馆', undefined, undefined, true);
    expect(job?.kind === 'transfer' && job.model.transferDate).toBe(later);
    await pane.checkDate.toToday();
    expect(pane.state.checkDate).toBe(today);
  });

  it('ignores a date that is not one', async () => {
    const { pane } = setup();
    await pane.checkDate.set('2025-02-30');
    expect(pane.state.checkDate).toBe(today);
  });
});

describe('报表 year', () => {
  it('is the year before the check date until one is chosen, then the one chosen (also by 生成年报统计表)', async () => {
    const { pane } = setup();
    expect(reportYear(pane.state)).toBe(Number(today.slice(0, 4)) - 1);
    const box = (reportsView(pane) as unknown as FakeElement).byId('ogi-year')!;
    box.change('2023');
    expect(reportYear(pane.state)).toBe(2023);
    box.change('20');
    expect(reportYear(pane.state)).toBe(2023);
    await pane.reports.annual(2022);
    expect((reportsView(pane) as unknown as FakeElement).byId('ogi-year')!.value).toBe('2022');
  });
});

describe('表单 choices', () => {
  it('keep the recipient chosen in the box across an action and a re-render', async () => {
    const { pane, wb } = setup();
    await pane.init();
    const view = formsView(pane) as unknown as FakeElement;
    view.byId('ogi-recipient')!.change('档案馆');
    view.byId('ogi-transfer-draft')!.click();
    await new Promise((r) => setTimeout(r, 50));
    while (pane.state.busy) await new Promise((r) => setTimeout(r, 10));
    // The next render shows the choice, and the next action uses it.
    const again = formsView(pane) as unknown as FakeElement;
    const options = again.byId('ogi-recipient')!.children as FakeElement[];
    expect(options.find((o) => o.getAttribute('selected') !== null)?.value).toBe('档案馆');
    const job = await pane.forms.transferJobAll(pane.state.choices.recipient!, undefined, undefined, true);
    await pane.jobs.writeSheet(job!);
    expect(wb.sheets.map((s) => s.name).filter((n) => n.includes('移交表'))).toEqual([expect.stringContaining('档案馆')]);
  });
});

describe('设置 form', () => {
  const view = (pane: PaneController) => settingsView(pane) as unknown as FakeElement;

  it('keeps what was typed across re-renders and a refused save, and saves exactly that', async () => {
    const { pane } = setup();
    await pane.init();
    let renders = 0;
    pane.subscribe(() => renders++);
    const first = view(pane);
    first.byId('ogi-set-name')!.change('某区某街道办事处');
    first.byId('ogi-set-phone')!.change(' 021-12345678 ');
    first.byId('ogi-set-off')!.change('2025-10-09，2025-13-01');
    expect(renders).toBe(0);
    // A save refused for the bad day changes nothing saved and loses nothing typed.
    first.byId('ogi-save-settings')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(pane.state.message).toMatchObject({ kind: 'error', text: expect.stringContaining('2025-13-01') });
    expect(pane.state.message!.text).not.toContain('2025-10-09');
    expect(pane.state.settings.office.name).toBe('');
    const again = view(pane);
    expect(again.byId('ogi-set-name')!.value).toBe('某区某街道办事处');
    expect(again.byId('ogi-set-phone')!.value).toBe(' 021-12345678 ');
    expect(again.byId('ogi-set-off')!.textContent).toBe('2025-10-09，2025-13-01');
    // An untouched box still shows the saved value.
    expect(again.byId('ogi-set-email')!.value).toBe(pane.state.settings.office.email);

    again.byId('ogi-set-off')!.change('2025-10-09、 2025-10-10');
    await pane.settings.saveForm();
    expect(pane.state.message).toMatchObject({ kind: 'info', text: '设置已保存到「设置」工作表。' });
    expect(pane.state.settings.office).toMatchObject({ name: '某区某街道办事处', phone: '021-12345678' });
    expect(pane.state.settings.calendar.offDays).toEqual(['2025-10-09', '2025-10-10']);
    expect((await pane.host.readSettings()).settings.office.name).toBe('某区某街道办事处');
    // Saved: the draft is gone and the boxes show the settings.
    expect(pane.state.settingsDraft).toEqual({});
    expect(view(pane).byId('ogi-set-phone')!.value).toBe('021-12345678');
  });

  it('is the workbook’s: another file (reset) drops it; another save (a notice, columns) keeps it', async () => {
    const { pane } = setup();
    await pane.init();
    pane.settings.draft({ office: { name: '甲局' } });
    pane.settings.draft({ office: { court: '某区人民法院' }, preset: 'shanghai' });
    expect(pane.state.settingsDraft).toEqual({ office: { name: '甲局', court: '某区人民法院' }, preset: 'shanghai' });
    await pane.settings.save({ ...pane.state.settings, calendar: { ...pane.state.settings.calendar, offDays: ['2025-10-09'] } });
    expect(pane.state.settingsDraft.office?.name).toBe('甲局');
    expect(pane.settings.form()).toMatchObject({ office: { name: '甲局' }, calendar: { offDays: ['2025-10-09'] } });
    await pane.reset();
    expect(pane.state.settingsDraft).toEqual({});
  });
});
