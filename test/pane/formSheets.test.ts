/**
 * One model per printable form: the transfer sheet `ogi transfer --xlsx` writes and the one the pane
 * writes through each host come from the same builder, so they hold the same cells.
 */
import ExcelJS from 'exceljs';
import { buildTransferSheet } from '../../reports/documents/transfer/model';
import { transferSheetDocument } from '../../reports/documents/transfer/sheet';
import { transferSheetXlsx } from '../../reports/documents/xlsx';
import { d, OFFICE, sampleCatalogue } from '../reports/documents/fixtures';
import { FileHost } from '../../web/fileHost';
import { WorkerClient } from '../../web/workerClient';
import type { DeliverableFile } from '../../pane/host';
import { ExcelHost } from '../../addin/excel/excelHost';
import { FakeWorkbook } from '../addin/fakeExcel';
import { InProcessWorker } from '../web/inProcessWorker';

jest.setTimeout(30_000);

const model = () => buildTransferSheet(sampleCatalogue(), { recipient: '档案馆', transferDate: d('2026-04-10'), office: OFFICE });

/** Every non-empty cell of the first worksheet, by address; dates as `YYYY-MM-DD`. */
async function cellsOf(bytes: Uint8Array): Promise<Map<string, string | number>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out = new Map<string, string | number>();
  wb.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return; // exceljs repeats the master's value
      const v = cell.value;
      if (v instanceof Date) out.set(cell.address, v.toISOString().slice(0, 10));
      else if (typeof v === 'string' || typeof v === 'number') out.set(cell.address, v);
    }),
  );
  return out;
}

describe('the transfer sheet, from the CLI and from the pane', () => {
  it('the page host writes the very bytes ogi transfer --xlsx writes', async () => {
    const cli = await transferSheetXlsx(model());
    const downloads: DeliverableFile[] = [];
    const host = new FileHost(new WorkerClient(() => new InProcessWorker()), { download: (f) => downloads.push(f) });
    await host.writeReportSheet(transferSheetDocument(model()));
    expect(downloads).toHaveLength(1);
    expect(Buffer.from(downloads[0].bytes).equals(Buffer.from(cli))).toBe(true);
  });

  it('the Excel host writes the same texts and numbers in the same cells as the CLI workbook', async () => {
    const cli = await cellsOf(await transferSheetXlsx(model()));
    const wb = new FakeWorkbook();
    const host = new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' });
    const name = await host.writeReportSheet(transferSheetDocument(model()));
    const sheet = wb.sheet(name);
    const excel = new Map<string, string | number>();
    for (const address of cli.keys()) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const cell = sheet.get(Number(m[2]), col);
      // Dates reach Excel as serials in a date format; compare them as the CLI's date.
      const v = cell?.value;
      excel.set(
        address,
        typeof v === 'number' && cell?.format === 'yyyy-mm-dd'
          ? new Date((v - 25569) * 86_400_000).toISOString().slice(0, 10)
          : (v as string | number),
      );
    }
    expect(excel).toEqual(cli);
    expect(cli.get('C6')).toBe(model().rows[0].title);
    expect(cli.size).toBeGreaterThan(40);
  });
});
