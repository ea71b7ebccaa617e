/**
 * Every text the pane shows on the offline page is right for the page: no "Excel" (the page is not
 * Excel), no command-line flag (`--type`), and 写入工作表 says it downloads. The views are rendered
 * over the page's own host (FileHost, its worker in process) after each action a clerk takes.
 */
import { FileHost } from '../../web/fileHost';
import { WorkerClient } from '../../web/workerClient';
import { workerLoaders } from '../../web/loaders';
import { PaneController } from '../../pane/controller';
import { VIEW_RENDERERS } from '../../pane/views';
import { MSG, programName } from '../../pane/messages';
import { excelCapabilities } from '../../addin/excel/excelHost';
import { wpsCapabilities } from '../../wps/wpsHost';
import { FakeWorkbook } from '../addin/fakeExcel';
import { FakeEt } from '../wps/fakeEt';
import { asCalendarDate } from '../../core/dates';
import { InProcessWorker } from '../web/inProcessWorker';
import { messyWorkbookBytes, MESSY_TODAY } from '../web/messyWorkbook';
import { installFakeDom, shownTexts } from './fakeDom';

jest.setTimeout(60_000);
installFakeDom();

const WRONG_FOR_PAGE = [/Excel/i, /(^|[\s（(，、：“])--[a-z]/];

async function page() {
  const client = new WorkerClient(() => new InProcessWorker());
  const host = new FileHost(client, { download: () => undefined });
  const bytes = await messyWorkbookBytes();
  await host.open({ name: 'messy.xlsx', arrayBuffer: async () => bytes.slice().buffer });
  const pane = new PaneController(host, workerLoaders(client), () => asCalendarDate(MESSY_TODAY));
  await pane.init();
  return pane;
}

/** The status line and every view, as the page shows them now. */
function everythingShown(pane: PaneController): string[] {
  const out = pane.state.message ? [pane.state.message.text] : [];
  for (const render of Object.values(VIEW_RENDERERS)) out.push(...shownTexts(render(pane)));
  return out;
}

describe('the pane on the offline page', () => {
  it('shows no Excel and no command-line flag, before and after every action', async () => {
    const pane = await page();
    const seen: string[] = [...everythingShown(pane)];
    const step = async (fn: () => Promise<unknown>) => {
      await fn();
      seen.push(...everythingShown(pane));
    };
    await step(() => pane.check.checkAll());
    await step(() => pane.check.run());
    await step(() => pane.check.writeRegister());
    await step(() => pane.reports.annual(2025));
    await step(() => pane.reports.annualXlsx());
    await step(async () => {
      const job = await pane.forms.transferJobAll('档案馆', undefined, undefined, true);
      if (job) await pane.jobs.writeSheet(job);
    });
    await step(() => pane.forms.noticeJob('reply'));
    // A row whose answer kind the register does not tell: the core message, not the CLI's --type.
    const apps = pane.check.registers().find((r) => r.kind === 'applications');
    const unanswered = apps?.kind === 'applications' ? apps.records.find((r) => !r.resultType && !r.resultRow) : undefined;
    if (unanswered) await step(() => pane.forms.noticeJob('reply', { sheet: apps!.sheet, row: unanswered.source.row }));
    await step(() => pane.checkDate.set('2025-12-01'));

    expect(seen.length).toBeGreaterThan(100);
    const face = pane.host.capabilities;
    // The views were rendered with a checked register and a report (the texts that differ by face were on screen).
    expect(seen).toEqual(
      expect.arrayContaining([MSG.writeSheetLabel(face), MSG.checkDate('2025-12-01'), MSG.liveOff(face), MSG.xlsxLabel]),
    );
    for (const wrong of WRONG_FOR_PAGE) expect(seen.filter((t) => wrong.test(t))).toEqual([]);
  });
});

describe('face-dependent texts', () => {
  // The hosts' own capabilities, so a host that stops naming its program fails here.
  const excel = excelCapabilities(new FakeWorkbook().api('web'));
  const wps = wpsCapabilities(new FakeEt().api());
  const file = { kind: 'file', label: '离线网页' } as const;

  it('name the program the pane runs in, and none on the page', () => {
    expect(MSG.liveOff(excel)).toContain('Excel');
    expect(MSG.liveOff(wps)).toContain('WPS 表格');
    expect(MSG.liveOff(wps)).not.toContain('Excel');
    expect(MSG.liveOff(file)).not.toMatch(/Excel|WPS/);
    expect([excel, wps, file].map(programName)).toEqual(['Excel', 'WPS 表格', null]);
    // By what the host says it is, not by how its label happens to begin.
    expect(programName({ kind: 'excel', label: 'WPS 表格（旧版）', program: 'Excel' })).toBe('Excel');
  });

  it('say a download on the page where Excel writes a sheet', () => {
    expect(MSG.printSheet('移交表', excel)).toContain('已写入工作表');
    expect(MSG.printSheet('移交表.xlsx', file)).toContain('已下载');
    expect(MSG.printSheet('移交表.xlsx', file)).not.toContain('写入工作表');
    expect(MSG.registerWritten('a.register.xlsx', file)).toContain('已下载');
    expect(MSG.writeSheetLabel(excel)).toBe('写入工作表');
    expect(MSG.writeSheetLabel(file)).toContain('下载');
  });
});
