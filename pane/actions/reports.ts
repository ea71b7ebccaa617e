/** The 报表 view's actions: the annual report's tables and the month's statistics into the workbook, and as .xlsx. */
import type { CalendarDate } from '../../core/dates';
import { presetOrNational } from '../../core/presets';
import { officeCalendar } from '../../core/workbook/resolveOffice';
import { annualReport } from '../../reports/statistics/annual';
import { incompleteLine } from '../../reports/statistics/checks';
import type { AnnualReportModel } from '../../reports/statistics/model';
import { MonthError, monthBounds, monthlyReport, type MonthlyReportModel } from '../../reports/statistics/monthly';
import type { DeliverableFile, DeliveryOutcome } from '../host';
import type { XlsxJobs } from '../jobs';
import { MSG } from '../messages';
import { annualDate } from '../jobName';
import { annualSheetDocument } from '../../reports/render/annual/sheet';
import { monthlySheetDocument } from '../../reports/render/monthly/sheet';
import { checkedRegisters } from '../state';
import type { PaneContext } from './context';
import { checkUnchecked, refreshSheets, registersAsOf } from './sheets';

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
    const annual = this.ctx.state.annual;
    // Dated its year end, as the CLI and the page date it: the same year gives the same bytes.
    return this.deliverXlsx(
      annual?.sheet,
      MSG.reportFirst,
      annual && ((x) => x.annualXlsxFile(annual.model, annualDate(annual.model.year))),
    );
  }

  /**
   * 生成月报: the month's statistics (YYYY-MM) of every register, counted as `ogi report monthly` and the
   * page count them, as of the month end, and written into the workbook as a sheet. A month that is
   * not one writes nothing. The check date stays: the month-end checks are for this report only.
   */
  async monthly(month: string): Promise<MonthlyReportModel | undefined> {
    const ctx = this.ctx;
    let monthEnd: CalendarDate;
    try {
      monthEnd = monthBounds(month).to;
    } catch (e) {
      if (!(e instanceof MonthError)) throw e;
      ctx.say('error', MSG.badMonth(month, e.message));
      return undefined;
    }
    ctx.store.choose({ month: month.trim() });
    return ctx.guarded(async () => {
      // Every register counts (catalogue → 主动公开, applications → 依申请公开), not only the sheets checked so far.
      await checkUnchecked(ctx);
      const registers = await registersAsOf(ctx, monthEnd);
      const { settings } = ctx.state;
      const model = monthlyReport(registers, {
        month,
        office: settings.office.name,
        calendar: officeCalendar(settings),
        preset: presetOrNational(settings.preset).preset,
      });
      const sheet = await ctx.host.writeReportSheet(monthlySheetDocument(model));
      const faces = ctx.host.capabilities;
      ctx.say(
        'info',
        MSG.monthlyWritten(model.month, sheet, faces) +
          MSG.monthlySummary(model.total.applications, monthEnd) +
          MSG.monthlyLeftOut(model.excluded, model.notCounted.length) +
          MSG.monthlyAsOf(monthEnd, ctx.today()),
        { monthly: { model, sheet } },
      );
      await refreshSheets(ctx);
      return model;
    });
  }

  /** The monthly statistics as .xlsx (exceljs loaded on demand), dated the month end. */
  async monthlyXlsx(): Promise<DeliveryOutcome | undefined> {
    const monthly = this.ctx.state.monthly;
    return this.deliverXlsx(monthly?.sheet, MSG.monthlyFirst, monthly && ((x) => x.monthlyXlsxFile(monthly.model)));
  }

  /** A report's .xlsx (exceljs loaded on demand) delivered; where only sheets can be delivered, points to `sheet`. */
  private async deliverXlsx(
    sheet: string | undefined,
    notMadeYet: string,
    make: ((xlsx: XlsxJobs) => Promise<DeliverableFile>) | null,
  ): Promise<DeliveryOutcome | undefined> {
    const ctx = this.ctx;
    if (!make) {
      ctx.say('error', notMadeYet);
      return undefined;
    }
    return ctx.guarded(async () => {
      const outcome = await ctx.host.deliverFile(await make(await ctx.loaders.xlsx()));
      ctx.say('info', outcome.path === 'sheet' ? MSG.useSheet(sheet ?? '', ctx.host.capabilities) : outcome.message);
      return outcome;
    });
  }
}
