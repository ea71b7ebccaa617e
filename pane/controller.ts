/**
 * The task pane, without DOM: a read-only state and one action module per view over a `Host` and the
 * pure `core/` and `reports/` code. Heavy renderers (pdfmake, exceljs, fonts) come through `Loaders`
 * so they load on demand. Views read `state`, call the actions and re-render on `subscribe`.
 */
import { todayInChina, type CalendarDate } from '../core/dates';
import type { Host } from './host';
import { PaneStore, type PaneChoices, type PaneState } from './state';
import type { ViewId } from './viewIds';
import { PaneContext, type Loaders } from './actions/context';
import { refreshSheets } from './actions/sheets';
import { CheckActions } from './actions/check';
import { DeadlineActions } from './actions/deadlines';
import { ReportActions } from './actions/reports';
import { JobActions } from './actions/jobs';
import { FormActions } from './actions/forms';
import { SettingsActions } from './actions/settings';
import { CheckDateActions } from './actions/checkDate';

export { VIEWS, type ViewId } from './viewIds';
export type { Loaders } from './actions/context';
export type { PaneState, PaneChoices, CheckedSheet, AnnualResult, MonthlyResult, StatusMessage } from './state';
export type { FindingGroups } from './actions/check';
export type { DeadlineItem, DeadlineGroups } from './actions/deadlines';

/** The pane: its state, the actions of each view, and the pane-wide steps (open, switch view, forget, close). */
export class PaneController {
  /** 检查 */
  readonly check: CheckActions;
  /** 期限 */
  readonly deadlines: DeadlineActions;
  /** 报表 */
  readonly reports: ReportActions;
  /** 表单 */
  readonly forms: FormActions;
  /** 设置 */
  readonly settings: SettingsActions;
  /** Print jobs of 报表 and 表单: PDF or print-ready sheet. */
  readonly jobs: JobActions;
  /** 按哪一天检查 (检查, 期限, 工作台). */
  readonly checkDate: CheckDateActions;
  private readonly store: PaneStore;
  private readonly ctx: PaneContext;

  constructor(
    readonly host: Host,
    loaders: Loaders,
    today: () => CalendarDate = () => todayInChina(),
  ) {
    this.store = new PaneStore(today());
    this.ctx = new PaneContext(host, loaders, this.store, today);
    this.check = new CheckActions(this.ctx);
    this.deadlines = new DeadlineActions(this.ctx);
    this.reports = new ReportActions(this.ctx);
    this.forms = new FormActions(this.ctx);
    this.settings = new SettingsActions(this.ctx, this.check);
    this.jobs = new JobActions(this.ctx);
    this.checkDate = new CheckDateActions(this.ctx);
  }

  /** What the views render (a snapshot: replaced, never changed, by the actions). */
  get state(): PaneState {
    return this.store.state;
  }

  /** The day the pane's checks and documents use (the state's check date). */
  today(): CalendarDate {
    return this.ctx.today();
  }

  /** Re-render hook; returns the unsubscribe. */
  subscribe(fn: () => void): () => void {
    return this.store.subscribe(fn);
  }

  /** Loads sheets and settings; picks the first sheet that looks like a ledger. */
  async init(view?: ViewId): Promise<void> {
    if (view) this.store.update({ view });
    await this.ctx.guarded(async () => {
      const read = await this.host.readSettings();
      this.store.update({ settings: read.settings, settingsFindings: read.findings });
      await refreshSheets(this.ctx);
    });
  }

  /** Records form choices (recipient, period, notice kind, year, month): they outlive re-renders and actions. */
  choose(patch: PaneChoices): void {
    this.store.choose(patch);
  }

  show(view: ViewId): void {
    this.store.update({ view });
  }

  /** Shows a message in the status line. */
  notify(kind: 'info' | 'error', text: string): void {
    this.ctx.say(kind, text);
  }

  /** Forgets the workbook (checks, report, selection, settings) but stays on the view: another file was opened. */
  async reset(): Promise<void> {
    await this.check.stopWatching();
    this.store.reset();
  }

  /** Stops live checks (pane closing). */
  async dispose(): Promise<void> {
    await this.check.stopWatching();
  }
}
