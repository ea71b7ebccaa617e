/**
 * Issue 15 point 5: the mapping editor shows each field's source header and two values of its column,
 * lists the columns by letter and header, saves every change with one 应用 (one save, one re-check)
 * and 还原 goes back to the automatic mapping.
 */
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { mappingEditor } from '../../pane/views/mapping';
import { mappingColumns } from '../../pane/mappingModel';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { asCalendarDate } from '../../core/dates';
import { installFakeDom, shownTexts, type FakeElement } from './fakeDom';

installFakeDom();

async function checkedPane() {
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  const host = new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' });
  const loaders = { pdf: async () => ({}), xlsx: async () => ({}) } as unknown as Loaders;
  const pane = new PaneController(host, loaders, () => asCalendarDate(APPLICATIONS_TODAY));
  await pane.init();
  await pane.check.run();
  return { pane, host, sheet: applicationsGrid().sheet };
}

const editor = (pane: PaneController) => mappingEditor(pane) as unknown as FakeElement;
const optionTexts = (select: FakeElement) => (select.children as FakeElement[]).map((o) => o.textContent);

describe('mappingColumns', () => {
  it('gives each column its header (the row above for a two-row header) and its first two values', () => {
    const columns = mappingColumns(applicationsGrid(), 4);
    const byLetter = new Map(columns.map((c) => [c.letter, c]));
    expect(byLetter.get('B')).toEqual({ letter: 'B', header: '申请编号', samples: ['2025001', '2025002'] });
    expect(byLetter.get('C')?.header).toBe('收到日期\n(必填)');
    expect(byLetter.get('C')?.samples).toEqual(['2025-09-26', '2025-09-26']);
    expect(byLetter.get('E')).toEqual({ letter: 'E', header: '姓名/名称', samples: ['张三', '李四'] });
    expect(columns.map((c) => c.letter).slice(0, 3)).toEqual(['A', 'B', 'C']);
  });

  it('shows a date cell as the date the sheet shows, not its serial', () => {
    const grid = {
      sheet: '台账',
      firstRow: 1,
      firstColumn: 2,
      rows: [['收到日期'], [45964], [45965]],
      numberFormats: [[undefined], ['yyyy-mm-dd'], [undefined]],
    };
    expect(mappingColumns(grid, 1)).toEqual([{ letter: 'B', header: '收到日期', samples: ['2025-11-03', '45965'] }]);
  });
});

describe('the mapping editor', () => {
  it('shows each field with its column’s header text and samples, and lists the columns by letter and header', async () => {
    const { pane } = await checkedPane();
    const view = editor(pane);
    const texts = shownTexts(view);
    expect(texts).toEqual(expect.arrayContaining(['申请编号', '「申请编号」', '例：2025001、2025002']));
    const select = view.byId('ogi-map-appNo')!;
    expect(select.tagName).toBe('select');
    expect(optionTexts(select)[0]).toBe('（自动识别）B · 申请编号');
    expect(optionTexts(select)).toEqual(expect.arrayContaining(['B · 申请编号', 'E · 姓名/名称', 'P · 备注']));
    // One 应用 for all: no per-field button, and it is off until something changed.
    expect(
      view
        .all()
        .filter((e) => e.tagName === 'button')
        .map((b) => b.textContent),
    ).toEqual(['应用', '还原自动识别']);
    expect(view.byId('ogi-map-apply')!.getAttribute('disabled')).not.toBeNull();
  });

  it('saves every change with one 应用: one 设置 write, one re-check', async () => {
    const { pane, host, sheet } = await checkedPane();
    const writes = jest.spyOn(host, 'writeSettings');
    const reads = jest.spyOn(host, 'readSheet');
    editor(pane).byId('ogi-map-department')!.change('P');
    editor(pane).byId('ogi-map-phone')!.change('G');
    expect(pane.settings.drafts()).toEqual({ department: 'P', phone: 'G' });
    // The draft shows its column's header beside the field before it is applied.
    expect(editor(pane).byId('ogi-map-department-source')!.textContent).toContain('备注');
    expect(editor(pane).byId('ogi-map-apply')!.getAttribute('disabled')).toBeNull();
    editor(pane).byId('ogi-map-apply')!.click();
    await new Promise((r) => setTimeout(r, 20));
    while (pane.state.busy) await new Promise((r) => setTimeout(r, 10));
    expect(writes).toHaveBeenCalledTimes(1);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(pane.state.settings.columns[sheet]).toEqual({ department: 'P', phone: 'G' });
    expect(pane.check.current()?.outcome.register?.mapping.department).toBe('P');
    expect(pane.settings.drafts()).toEqual({});
    expect(pane.state.message?.text).toContain('已保存 2 项列对应关系');
  });

  it('还原 drops the sheet’s overrides: the columns are recognised from the header again', async () => {
    const { pane, sheet } = await checkedPane();
    await pane.settings.overrideColumns({ department: 'P' });
    expect(pane.check.current()?.outcome.register?.mapping.department).toBe('P');
    await pane.settings.restoreAutomatic();
    expect(pane.state.settings.columns[sheet]).toBeUndefined();
    expect(pane.check.current()?.outcome.register?.mapping.department).toBeUndefined();
    expect(pane.state.message?.text).toContain('已还原为自动识别');
  });

  it('refuses what is not a column letter, in Chinese, and saves nothing', async () => {
    const { pane, host } = await checkedPane();
    const writes = jest.spyOn(host, 'writeSettings');
    await pane.settings.overrideColumns({ department: 'P1' });
    expect(writes).not.toHaveBeenCalled();
    expect(pane.state.message).toMatchObject({ kind: 'error', text: expect.stringContaining('“P1”不是列字母') });
  });
});
