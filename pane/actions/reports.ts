/** The 报表 view's actions: the annual report's tables into the workbook, and as .xlsx. */
import { annualReport } from '../../reports/statistics/annual';
import { incompleteLine } from '../../reports/statistics/checks';
import type { AnnualReportModel } from '../../reports/statistics/model';
import type { DeliveryOutcome } from '../host';
import { MSG } from '../messages';
import { annualSheetDocument } from '../../reports/render/annual/sheet';
import { checkedRegisters } from '../state';
import type { PaneContext } from './context';
import { checkUnchecked, refreshSheets } from './sheets';

/** Actions of the 报表 view. */
export class ReportActions {
  constructor(private readonly ctx: PaneContext) {}

  /** 生成年报: counts the tables and writes them into the workbook as a sheet. */
  async annual(year: number): Promise<AnnualReportModel | undefined> {
    const ctx = this.ctx;
    ctx.store.choose({ year });
    return ctx.guarded(async () => {
      // Every register counts (catalogue → table 二, appeals → table 四), not only the sheets checked so far.
      await checkUnchecked(ctx);
      const result = annualReport(checkedRegisters(ctx.state), { year, office: ctx.state.settings.office.name });
      const sheet = await ctx.host.writeReportSheet(annualSheetDocument(result.model));
      const failed = result.model.checks.filter((c) => !c.ok).length;
      const incomplete = incompleteLine(result.model);
      ctx.say(incomplete ? 'error' : 'info', MSG.annualWritten(year, sheet, result.excluded, failed, incomplete, ctx.host.capabilities), {
        annual: { ...result, sheet },
      });
      await refreshSheets(ctx);
      return result.model;
    });
  }

  /** The annual report as .xlsx (exceljs loaded on demand). */
  async annualXlsx(): Promise<DeliveryOutcome | undefined> {
    const ctx = this.ctx;
    const annual = ctx.state.annual;
    if (!annual) {
      ctx.say('error', MSG.reportFirst);
      return undefined;
    }
    return ctx.guarded(async () => {
      const xlsx = await ctx.loaders.xlsx();
      const file = await xlsx.annualXlsxFile(annual.model, ctx.today());
      const outcome = await ctx.host.deliverFile(file);
      ctx.say('info', outcome.path === 'sheet' ? MSG.useSheet(annual.sheet ?? '', ctx.host.capabilities) : outcome.message);
      return outcome;
    });
  }
}
