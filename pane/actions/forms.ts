/** The 表单 view's actions: the 移交表 job from the catalogue registers, a notice for the selected application. */
import type { CalendarDate } from '../../core/dates';
import { officeCalendar } from '../../core/workbook/resolveOffice';
import { loadPreset } from '../../core/presets';
import type { CatalogueRecord } from '../../core/register/types';
import { buildTransferSheet, type Recipient } from '../../reports/documents/transfer/model';
import { buildNotice, type NoticeModel } from '../../reports/documents/notices/model';
import { DocumentBlockedError } from '../../reports/documents/preconditions';
import type { NoticeKind } from '../../reports/documents/notices/kinds';
import { MSG } from '../messages';
import type { PrintJob } from '../jobs';
import { checkedRegisters } from '../state';
import type { PaneContext } from './context';
import { checkUnchecked } from './sheets';

/** Actions of the 表单 view. */
export class FormActions {
  constructor(private readonly ctx: PaneContext) {}

  /** 移交表 job after checking the sheets not yet checked (the catalogue may not be the open sheet). */
  async transferJobAll(recipient: Recipient, from?: CalendarDate, until?: CalendarDate, draft = false): Promise<PrintJob | null> {
    await this.ctx.guarded(() => checkUnchecked(this.ctx));
    return this.transferJob(recipient, from, until, draft);
  }

  /** 移交表 for a recipient and period, from the catalogue registers. */
  transferJob(recipient: Recipient, from?: CalendarDate, until?: CalendarDate, draft = false): PrintJob | null {
    const records: CatalogueRecord[] = checkedRegisters(this.ctx.state).flatMap((r) => (r.kind === 'catalogue' ? r.records : []));
    if (records.length === 0) {
      this.ctx.say('error', MSG.noCatalogue);
      return null;
    }
    try {
      const model = buildTransferSheet(records, {
        recipient,
        transferDate: this.ctx.today(),
        office: this.ctx.state.settings.office,
        from,
        until,
        draft,
      });
      return { kind: 'transfer', model };
    } catch (e) {
      // Preconditions not met (reports/documents/preconditions): say what is missing and where; 生成草稿 still works.
      if (!(e instanceof DocumentBlockedError)) throw e;
      this.ctx.say('error', MSG.blocked(e.message));
      return null;
    }
  }

  /** Notice of `kind` for the application on the selected row (or the given sheet/row). */
  async noticeJob(kind: NoticeKind | 'reply', at?: { sheet: string; row: number }, draft = false): Promise<PrintJob | null> {
    const { host } = this.ctx;
    const where = at ?? (host.selectedRow ? await host.selectedRow() : null);
    if (!where) {
      this.ctx.say('error', MSG.selectRow);
      return null;
    }
    const reg = this.ctx.state.checked.get(where.sheet)?.outcome.register;
    const applications = reg?.kind === 'applications' ? reg.records : undefined;
    const record = applications?.find((r) => r.source.row === where.row);
    if (!applications || !record) {
      this.ctx.say('error', MSG.noApplicationAt(where.sheet, where.row));
      return null;
    }
    const settings = this.ctx.state.settings;
    try {
      const model: NoticeModel = buildNotice(record, kind, {
        settings,
        calendar: officeCalendar(settings),
        preset: loadPreset(settings.preset),
        today: this.ctx.today(),
        // 按件 fees count the applicant's other applications of the month in the same register.
        register: applications,
        draft,
      });
      if (this.ctx.state.blockedNotice) this.ctx.set({ blockedNotice: null });
      return { kind: 'notice', models: [model] };
    } catch (e) {
      if (e instanceof DocumentBlockedError) {
        this.ctx.say('error', MSG.blocked(e.message), { blockedNotice: { sheet: where.sheet, row: where.row, kind } });
        return null;
      }
      this.ctx.say('error', (e as Error).message);
      return null;
    }
  }
}
