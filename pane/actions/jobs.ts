/**
 * Handing a print job (annual report, monthly statistics, transfer sheet, notices) to the user: as a PDF where the host
 * can deliver a file, otherwise as a print-ready sheet of the workbook.
 */
import type { DeliveryOutcome } from '../host';
import { MSG } from '../messages';
import type { PrintJob } from '../jobs';
import { jobDate, jobFileName } from '../jobName';
import { annualSheetDocument } from '../../reports/render/annual/sheet';
import { monthlySheetDocument } from '../../reports/render/monthly/sheet';
import { transferSheetDocument } from '../../reports/documents/transfer/sheet';
import { noticesSheetDocument } from '../../reports/documents/notices/sheet';
import type { PaneContext } from './context';
import { refreshSheets } from './sheets';

/** Delivery of print jobs, shared by the 报表 and 表单 views. */
export class JobActions {
  constructor(private readonly ctx: PaneContext) {}

  /** Delivers a PDF built from a print job (download, print page, or a message to use the sheet). */
  async deliverPdf(job: PrintJob): Promise<DeliveryOutcome | undefined> {
    const { host, loaders } = this.ctx;
    return this.ctx.guarded(async () => {
      const date = jobDate(job, this.ctx.today());
      let outcome: DeliveryOutcome;
      const path = host.capabilities.delivery[0];
      if (path === 'sheet') {
        // No way to hand over a file here: the print-ready sheet is the deliverable.
        outcome = { path, message: '' };
      } else if (path === 'browserWindow') {
        // The desktop pane cannot save a blob: the print page regenerates the PDF from the job.
        outcome = await host.deliverFile(
          { name: jobFileName(job), bytes: new Uint8Array(), mime: 'application/pdf' },
          { kind: job.kind, title: jobFileName(job), data: job, date },
        );
      } else {
        const pdf = await loaders.pdf();
        const file = await pdf.renderJob(job, date);
        outcome = await host.deliverFile(file, { kind: job.kind, title: file.name, data: job, date });
      }
      if (outcome.path === 'sheet') {
        const sheet = await this.writeJob(job);
        outcome = { path: 'sheet', message: MSG.printSheet(sheet, host.capabilities) };
        await refreshSheets(this.ctx);
      }
      this.ctx.say('info', outcome.message);
      return outcome;
    });
  }

  /** 写入工作表: a job as a print-ready sheet of the workbook (Excel's own Print / Export to PDF). */
  async writeSheet(job: PrintJob): Promise<string | undefined> {
    return this.ctx.guarded(async () => {
      const sheet = await this.writeJob(job);
      this.ctx.say('info', MSG.printSheet(sheet, this.ctx.host.capabilities));
      await refreshSheets(this.ctx);
      return sheet;
    });
  }

  private async writeJob(job: PrintJob): Promise<string> {
    const { host } = this.ctx;
    if (job.kind === 'annual') {
      // The annual tables are already in the workbook when 生成年报统计表 wrote them.
      const annual = this.ctx.state.annual;
      if (annual?.model === job.model && annual.sheet) return annual.sheet;
      return host.writeReportSheet(annualSheetDocument(job.model));
    }
    if (job.kind === 'monthly') {
      // Likewise the month's table, written by 生成月报统计表.
      const monthly = this.ctx.state.monthly;
      if (monthly?.model === job.model && monthly.sheet) return monthly.sheet;
      return host.writeReportSheet(monthlySheetDocument(job.model));
    }
    return host.writeReportSheet(job.kind === 'transfer' ? transferSheetDocument(job.model) : noticesSheetDocument(job.models));
  }
}
