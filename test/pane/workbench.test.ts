import { defaultSettings } from '../../core/settings/schema';
import { asCalendarDate } from '../../core/dates';
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { ACTION_NOTICE, paneWorkbench, rowJob } from '../../pane/workbenchModel';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { workbenchView } from '../../pane/workbenchView';
import { installFakeDom, type FakeElement } from './fakeDom';

const today = asCalendarDate(APPLICATIONS_TODAY);

function setup() {
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  const api = wb.api('web');
  const host = new ExcelHost(api, { download: () => undefined, baseUrl: 'https://127.0.0.1/' });
  const loaders: Loaders = {
    pdf: async () => ({
      renderJob: async (job) => ({ name: `${job.kind}.pdf`, bytes: new Uint8Array(), mime: 'application/pdf', missingGlyphs: 0 }),
    }),
    xlsx: async () => ({
      annualXlsxFile: async () => ({ name: 'a.xlsx', bytes: new Uint8Array(), mime: 'x' }),
      monthlyXlsxFile: async () => ({ name: 'm.xlsx', bytes: new Uint8Array(), mime: 'x' }),
    }),
  };
  return new PaneController(host, loaders, () => today);
}

const OFFICE = {
  ...defaultSettings().office,
  name: '上海市普陀区应急管理局',
  abbreviation: '普应急',
  address: '上海市普陀区大渡河路1668号',
  postcode: '200333',
  phone: '021-52564588',
  reviewBody: '上海市普陀区人民政府',
  court: '上海铁路运输法院',
};

describe('the pane’s 工作台 over the fake Excel', () => {
  it('is empty before a check and counts the checked ledger’s open cases after it', async () => {
    const pane = setup();
    await pane.init();
    expect(paneWorkbench(pane.state, today).rows).toEqual([]);
    await pane.check.checkAll();
    const desk = paneWorkbench(pane.state, today);
    expect(desk.counters).toMatchObject({ overdue: 1, dueToday: 1, dueSoon: 0, inProgress: 2 });
    expect(desk.rows[0]).toMatchObject({ appNo: '2025013', applicant: '冯*', remaining: '逾期 18 个工作日' });
  });

  it('recomputes for another check date without checking again', async () => {
    const pane = setup();
    await pane.init();
    await pane.check.checkAll();
    // A week later 2025004 (due 12-01) is overdue too; 2025010 (due 12-18) is still in progress.
    const later = paneWorkbench(pane.state, asCalendarDate('2025-12-08'));
    expect(later.counters.overdue).toBe(2);
    expect(later.today).toBe('2025-12-08');
  });

  it('each action of a row produces that row’s document through the 表单 notice job', async () => {
    const pane = setup();
    await pane.init();
    await pane.settings.save({ ...pane.state.settings, office: OFFICE });
    await pane.check.checkAll();
    const row = paneWorkbench(pane.state, today).rows.find((r) => r.appNo === '2025004')!;
    expect(row.actions).toEqual(['reply', 'extension', 'consult']);
    for (const action of ['extension', 'consult'] as const) {
      const job = await rowJob(pane.forms, row, action);
      expect(job?.kind === 'notice' && [job.models[0].appNo, job.models[0].kind]).toEqual(['2025004', ACTION_NOTICE[action]]);
    }
  });

  it('a row’s action goes to that row, not to the selected one', async () => {
    const calls: Array<[string, { sheet: string; row: number } | undefined]> = [];
    const forms = { noticeJob: async (kind: string, at?: { sheet: string; row: number }) => (calls.push([kind, at]), null) };
    await rowJob(forms, { sheet: '台账', row: 18 }, 'correction');
    await rowJob(forms, { sheet: '台账', row: 9 }, 'reply', true);
    expect(calls).toEqual([
      ['correction', { sheet: '台账', row: 18 }],
      ['reply', { sheet: '台账', row: 9 }],
    ]);
  });
});

describe('the 工作台 view offers a draft where a formal document was refused', () => {
  installFakeDom();
  const flush = async (pane: PaneController) => {
    await new Promise((r) => setTimeout(r, 0));
    while (pane.state.busy) await new Promise((r) => setTimeout(r, 5));
  };
  const card = (pane: PaneController, row: number) =>
    (workbenchView(pane) as unknown as FakeElement).all().find((e) => e.getAttribute('data-row') === String(row))!;
  const buttons = (el: FakeElement) => el.all().filter((e) => e.tagName === 'button' && e.getAttribute('aria-label')?.startsWith('为'));

  it('beside that row’s action only, making the same document marked 草稿', async () => {
    const pane = setup();
    await pane.init();
    await pane.check.checkAll();
    const row = paneWorkbench(pane.state, today).rows.find((r) => r.appNo === '2025004')!;
    const delivered = jest.spyOn(pane.jobs, 'deliverPdf').mockResolvedValue(undefined);
    const labels = (n: number) => buttons(card(pane, n)).map((b) => b.textContent);
    expect(labels(row.row)).toEqual(['答复书', '延期告知', '征求意见书']);
    // No 机关 particulars: the formal 延期告知 is refused, with the message that offers a draft.
    buttons(card(pane, row.row))[1].click();
    await flush(pane);
    expect(delivered).not.toHaveBeenCalled();
    expect(pane.state.message).toMatchObject({ kind: 'error', text: expect.stringContaining('生成草稿') });
    expect(pane.state.blockedNotice).toEqual({ sheet: row.sheet, row: row.row, kind: 'extension' });
    expect(labels(row.row)).toEqual(['答复书', '延期告知', '征求意见书', '生成草稿']);
    const other = paneWorkbench(pane.state, today).rows.find((r) => r.row !== row.row)!;
    expect(labels(other.row)).not.toContain('生成草稿');

    const draft = buttons(card(pane, row.row)).at(-1)!;
    expect(draft.getAttribute('aria-label')).toBe('为 2025004 生成延期告知草稿（每页标有“草稿”）');
    draft.click();
    await flush(pane);
    expect(delivered).toHaveBeenCalledTimes(1);
    const job = delivered.mock.calls[0][0];
    expect(job.kind === 'notice' && [job.models[0].appNo, job.models[0].kind, job.models[0].draft]).toEqual(['2025004', 'extension', true]);
    // Made: the offer goes.
    expect(pane.state.blockedNotice).toBeNull();
    expect(labels(row.row)).not.toContain('生成草稿');
  });
});
