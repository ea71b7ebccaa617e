import { asCalendarDate } from '../../core/dates';
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { findingsList } from '../../pane/views/findings';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { installFakeDom, type FakeElement } from './fakeDom';

installFakeDom();

async function checkedPane(editCells = true) {
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  const host = new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' });
  if (!editCells) Object.defineProperty(host, 'capabilities', { value: { ...host.capabilities, editCells: false } });
  const loaders = { pdf: async () => ({}), xlsx: async () => ({}) } as unknown as Loaders;
  const pane = new PaneController(host, loaders, () => asCalendarDate(APPLICATIONS_TODAY));
  await pane.init();
  await pane.check.run();
  return { pane, wb, sheet: applicationsGrid().sheet };
}

const render = (pane: PaneController) => findingsList(pane) as unknown as FakeElement;
const byClass = (root: FakeElement, cls: string) => root.all().filter((e) => (e.getAttribute('class') ?? '').split(' ').includes(cls));

describe('the findings list as the clerk sees it', () => {
  it('starts with the summary line, then 期限 and 错误 open, 警告 and 提示 closed', async () => {
    const { pane } = await checkedPane();
    const view = render(pane);
    const first = view.children[0] as FakeElement;
    expect(first.id).toBe('ogi-findings-summary');
    expect(first.textContent).toMatch(/^今日逾期 1 件 · 即将到期 1 件 · 错误 \d+ · 警告 \d+$/);
    const sections = byClass(view, 'ogi-group');
    expect(sections.map((s) => [s.getAttribute('data-section'), s.getAttribute('open') !== null])).toEqual([
      ['deadline', true],
      ['error', true],
      ['warning', false],
      ['info', false],
      ['format', false],
    ]);
    // Each section and item carries its severity's colour class.
    expect(sections[1].getAttribute('class')).toContain('ogi-sev-error');
    expect(sections[2].getAttribute('class')).toContain('ogi-sev-warning');
    expect(sections[3].getAttribute('class')).toContain('ogi-sev-hint');
    expect(byClass(sections[2], 'ogi-item').every((li) => li.getAttribute('class')?.includes('ogi-sev-warning'))).toBe(true);
    // The error section's field groups are open too: nothing to unfold before acting.
    expect(byClass(sections[1], 'ogi-field-group').every((d) => d.getAttribute('open') !== null)).toBe(true);
  });

  it('names the case and field of each item beside its address', async () => {
    const { pane } = await checkedPane();
    const item = byClass(render(pane), 'ogi-finding').find((b) => b.getAttribute('data-address') === 'C14')!;
    expect(item.textContent).toMatch(/^C14 2025009 · 收到日期：/);
  });

  it('shows 改为 … with the new value, which writes that cell on click', async () => {
    const { pane, wb, sheet } = await checkedPane();
    const fix = byClass(render(pane), 'ogi-fix').find((b) => b.getAttribute('data-address') === 'B8')!;
    expect(fix.textContent).toBe('改为 2025003');
    expect(fix.getAttribute('aria-label')).toBe('改为 2025003（单元格 B8）');
    expect(wb.sheet(sheet).get(8, 2)?.value).toBe('２０２５００３');
    fix.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(wb.sheet(sheet).get(8, 2)?.value).toBe('2025003');
    expect(byClass(render(pane), 'ogi-fix').some((b) => b.getAttribute('data-address') === 'B8')).toBe(false);
  });

  it('has no 改为 … where the host may not edit cells (the offline page)', async () => {
    const { pane } = await checkedPane(false);
    const view = render(pane);
    expect(byClass(view, 'ogi-fix')).toEqual([]);
    // The cells are still listed, with what is to tidy.
    expect(byClass(view, 'ogi-finding').some((b) => b.textContent.includes('含全角数字：“２０２５００３”'))).toBe(true);
  });

  it('上一条 / 下一条 mark the item they went to and open its section', async () => {
    const { pane } = await checkedPane();
    const view = render(pane);
    expect(view.byId('ogi-finding-position')?.textContent).toMatch(/^共 \d+ 条$/);
    view.byId('ogi-next-finding')!.click();
    await new Promise((r) => setTimeout(r, 0));
    const { order } = pane.check.findings();
    const after = render(pane);
    const current = byClass(after, 'ogi-current');
    expect(current).toHaveLength(1);
    expect(byClass(current[0], 'ogi-finding')[0].getAttribute('data-key')).toBe(order[0].key);
    expect(after.byId('ogi-finding-position')?.textContent).toBe(`第 1 条，共 ${order.length} 条`);
    expect(after.byId('ogi-prev-finding')?.getAttribute('disabled')).not.toBeNull();
    // Walking into a closed section opens it.
    const firstHint = order.findIndex((i) => i.severity === 'info' && !i.finding?.code.startsWith('deadline.'));
    for (let i = 0; i < firstHint; i++) await pane.check.step(1);
    const hints = byClass(render(pane), 'ogi-group').find((s) => s.getAttribute('data-section') === 'info')!;
    expect(hints.getAttribute('open')).not.toBeNull();
  });
});
