/**
 * 月报 from the pane on the offline page (FileHost, the real worker session in-process): the same figures as
 * `ogi report monthly` over the same files, the sheet and the .xlsx downloaded, the check date kept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { FileHost } from '../../web/fileHost';
import { WorkerClient } from '../../web/workerClient';
import { workerLoaders } from '../../web/loaders';
import { PaneController } from '../../pane/controller';
import type { DeliverableFile } from '../../pane/host';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { asCalendarDate } from '../../core/dates';
import type { MonthlyReportModel } from '../../reports/statistics/monthly';
import { InProcessWorker } from '../web/inProcessWorker';

jest.setTimeout(60_000);

const EXAMPLES = path.resolve(__dirname, '../../templates/examples');
const FILES = ['某街道依申请公开登记台账2025.xlsx', '某区某某局主动公开目录2025.xlsx'].map((f) => path.join(EXAMPLES, f));
/** The day the example ledgers tell their story on (templates/examples/build-examples.ts). */
const TODAY = asCalendarDate('2025-12-31');

const picked = (file: string) => {
  const bytes = new Uint8Array(fs.readFileSync(file));
  return { name: path.basename(file), arrayBuffer: async () => bytes.slice().buffer };
};

describe('月报 from the pane on the page', () => {
  it('counts what `ogi report monthly` counts over the same files and downloads the sheet and the .xlsx', async () => {
    const client = new WorkerClient(() => new InProcessWorker());
    const downloads: DeliverableFile[] = [];
    const host = new FileHost(client, { download: (f) => downloads.push(f), today: () => TODAY });
    for (const f of FILES) await host.open(picked(f));
    const pane = new PaneController(host, workerLoaders(client), () => TODAY);
    await pane.init('reports');
    const model = (await pane.reports.monthly('2025-11'))!;
    expect(pane.state.message?.kind).toBe('info');
    expect(pane.state.checkDate).toBe(TODAY);

    const io = memoryIO(EXAMPLES);
    expect(await main(['report', 'monthly', '--month', '2025-11', ...FILES, '--json'], io)).toBe(0);
    const cli = JSON.parse(io.stdout) as MonthlyReportModel;
    // Something to count: receipts and answers in November, catalogue items published in the year.
    expect(cli.total.applications.received).toBeGreaterThan(0);
    expect(cli.total.applications.answered).toBeGreaterThan(0);
    expect(cli.yearToDate.catalogue.published).toBeGreaterThan(0);
    for (const key of ['period', 'departments', 'total', 'yearToDate', 'series', 'excluded', 'publicationDays', 'replyDays'] as const)
      expect([key, model[key]]).toEqual([key, cli[key]]);
    // The page names a sheet with its file (`file › sheet`); rows and reasons are the CLI's.
    const rows = (m: MonthlyReportModel) => m.notCounted.map((n) => [n.row, n.appNo, n.reason]);
    expect(rows(model)).toEqual(rows(cli));

    // 生成月报统计表 on the page: the print-ready sheet as a workbook; then 下载 .xlsx, made in the worker.
    expect(downloads.map((d) => d.name)).toEqual(['月报2025-11.xlsx']);
    await pane.reports.monthlyXlsx();
    expect(downloads.map((d) => d.name)).toEqual(['月报2025-11.xlsx', 'monthly-2025-11.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(downloads[1].bytes) as unknown as ArrayBuffer);
    expect(book.created.toISOString().slice(0, 10)).toBe('2025-11-30');
    let received: unknown;
    book.getWorksheet('月度报表')!.eachRow((row) => {
      if (row.getCell(1).value === '合计') received = row.getCell(6).value;
    });
    expect(received).toBe(cli.total.applications.received);
  });
});
