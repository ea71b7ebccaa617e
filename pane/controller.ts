/**
 * The task pane's logic, without DOM: what happens when the user checks a sheet, clicks a finding,
 * marks, asks for deadlines, reports and forms, or saves settings. Talks only to a `Host` and to the
 * pure `core/` and `reports/` code; heavy renderers (pdfmake, exceljs, fonts) come through `Loaders`
 * so they load on demand.
 */
import type { Grid, CellValue, CellError } from '../core/grid';
import { columnNumber } from '../core/grid';
import type { Finding, Severity } from '../core/findings';
import { summarise } from '../core/findings';
import type { AnyRegister, ApplicationRecord, CatalogueRecord, Register } from '../core/register/types';
import { duplicateIdFindings, validateLedger, type SheetOutcome } from '../core/ledger';
import { todayInChina, type CalendarDate } from '../core/dates';
import { defaultSettings, type Settings } from '../core/settings/schema';
import { WorkCalendar } from '../core/calendar';
import { loadPreset } from '../core/presets';
import { annualReport } from '../reports/statistics/annual';
import { incompleteLine } from '../reports/statistics/checks';
import type { AnnualReportModel } from '../reports/statistics/model';
import { buildTransferSheet, type Recipient } from '../reports/documents/transfer/model';
import { buildNotice, type NoticeModel } from '../reports/documents/notices/model';
import { DocumentBlockedError } from '../reports/documents/preconditions';
import type { NoticeKind } from '../reports/documents/notices/kinds';
import type { Host, HostCapabilities, SheetInfo, ReadProgress, SheetChange, DeliveryOutcome, MarkOutcome } from './host';
import { annualSheetDocument } from './annualSheet';
import { transferSheetDocument, noticeSheetDocument } from './formSheets';
import { MSG } from './messages';
import type { PrintJob, PdfJobs, XlsxJobs } from './jobs';
import { jobFileName } from './jobName';
import type { Validate } from './checkProtocol';
import { failureText } from './failure';

/** The pane's views, in tab order. */
export type ViewId = 'check' | 'deadlines' | 'reports' | 'forms' | 'settings';
export const VIEWS: readonly ViewId[] = ['check', 'deadlines', 'reports', 'forms', 'settings'];

/** Loaders for the heavy parts (dynamic `import()` in the task pane, something else elsewhere). */
export interface Loaders {
  pdf(): Promise<PdfJobs>;
  xlsx(): Promise<XlsxJobs>;
  /** Runs the ledger pipeline elsewhere (a worker); inline when absent. */
  validate?: Validate;
}

/** One checked sheet: its grid (kept for live checks) and the pipeline's outcome. */
export interface CheckedSheet {
  grid: Grid;
  outcome: SheetOutcome;
  at: number;
}

/** A row of the 期限 view. */
export interface DeadlineItem {
  sheet: string;
  row: number;
  appNo: string;
  applicant: string;
  received?: CalendarDate;
  due?: CalendarDate;
  status: string;
  workdaysLeft?: number;
  uncertain: boolean;
  steps: string[];
}

export interface DeadlineGroups {
  overdue: DeadlineItem[];
  dueSoon: DeadlineItem[];
  inProgress: DeadlineItem[];
}

/** Findings grouped for display: severity → field label → findings. */
export type FindingGroups = Array<{ severity: Severity; count: number; fields: Array<{ field: string; findings: Finding[] }> }>;

type Listener = () => void;

/** State + actions of the pane. Views subscribe and re-render on change. */
export class PaneController {
  view: ViewId = 'check';
  sheets: SheetInfo[] = [];
  selectedSheet = '';
  settings: Settings = defaultSettings();
  settingsFindings: Finding[] = [];
  checked = new Map<string, CheckedSheet>();
  progress: ReadProgress | null = null;
  busy = false;
  message: { kind: 'info' | 'error'; text: string } | null = null;
  lastMark: MarkOutcome | null = null;
  annual: { model: AnnualReportModel; findings: Finding[]; excluded: number; sheet?: string } | null = null;
  watching = false;
  private abort: AbortController | null = null;
  private unwatch: (() => Promise<void>) | null = null;
  private listeners = new Set<Listener>();

  constructor(
    readonly host: Host,
    private readonly loaders: Loaders,
    private readonly today: () => CalendarDate = () => todayInChina(),
  ) {}

  get capabilities(): HostCapabilities {
    return this.host.capabilities;
  }

  /** Re-render hook. */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  /** Shows a message in the status line. */
  notify(kind: 'info' | 'error', text: string): void {
    this.say(kind, text);
  }

  private say(kind: 'info' | 'error', text: string): void {
    this.message = { kind, text };
    this.changed();
  }

  /** Runs an action with the busy flag and a Chinese error message instead of a crash. */
  private async guarded<T>(fn: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.message = null;
    this.changed();
    try {
      return await fn();
    } catch (e) {
      this.say('error', failureText(e));
      return undefined;
    } finally {
      this.busy = false;
      this.progress = null;
      this.changed();
    }
  }

  /** Loads sheets and settings; picks the first sheet that looks like a ledger. */
  async init(view?: ViewId): Promise<void> {
    if (view) this.view = view;
    await this.guarded(async () => {
      const read = await this.host.readSettings();
      this.settings = read.settings;
      this.settingsFindings = read.findings;
      await this.refreshSheets();
    });
  }

  async refreshSheets(): Promise<void> {
    this.sheets = await this.host.listSheets();
    if (!this.sheets.some((s) => s.name === this.selectedSheet)) {
      this.selectedSheet = this.sheets.find((s) => !s.ours && s.rows > 1)?.name ?? this.sheets[0]?.name ?? '';
    }
    this.changed();
  }

  show(view: ViewId): void {
    this.view = view;
    this.changed();
  }

  selectSheet(name: string): void {
    this.selectedSheet = name;
    this.changed();
  }

  /** The outcome of the selected sheet, if checked. */
  get current(): CheckedSheet | undefined {
    return this.checked.get(this.selectedSheet);
  }

  private ledgerOptions() {
    return { settings: this.settings, today: this.today(), calendar: WorkCalendar.standard(this.settings.calendar) };
  }

  /** 运行检查: reads the sheet (with progress, cancellable) and runs the ledger pipeline. */
  async check(sheet = this.selectedSheet): Promise<CheckedSheet | undefined> {
    if (!sheet) {
      this.say('error', MSG.noSheet);
      return undefined;
    }
    this.abort = new AbortController();
    const signal = this.abort.signal;
    const result = await this.guarded(async () => {
      const grid = await this.host.readSheet(
        sheet,
        (p) => {
          this.progress = p;
          this.changed();
        },
        signal,
      );
      const outcome = this.loaders.validate
        ? await this.loaders.validate(grid, this.settings, this.today())
        : validateLedger(grid, this.ledgerOptions());
      const checked = { grid, outcome, at: Date.now() };
      this.checked.set(sheet, checked);
      const s = summarise(outcome.findings);
      this.say(
        'info',
        outcome.skipped
          ? MSG.skipped(sheet, outcome.skipped)
          : MSG.checked(sheet, outcome.register?.dataRows ?? 0, s.errors, s.warnings, s.infos),
      );
      return checked;
    });
    this.abort = null;
    if (result && this.capabilities.liveChecks && result.outcome.register) await this.watch();
    return result;
  }

  /** 取消 a running read. */
  cancel(): void {
    this.abort?.abort();
  }

  /** (Re)starts live checks on every checked register sheet. */
  private async watch(): Promise<void> {
    if (!this.host.watchChanges) return;
    await this.unwatch?.();
    const sheets = [...this.checked].filter(([, c]) => c.outcome.register).map(([name]) => name);
    this.unwatch = await this.host.watchChanges(sheets, (change) => {
      void this.recheckRows(change);
    });
    this.watching = true;
    this.changed();
  }

  /** Live check: re-reads and re-checks only the changed rows, replacing their findings. */
  async recheckRows(change: SheetChange): Promise<void> {
    const checked = this.checked.get(change.sheet);
    const register = checked?.outcome.register;
    if (!checked || !register) return;
    if (change.structural || !this.host.readRows) {
      await this.check(change.sheet);
      return;
    }
    const grid = checked.grid;
    const width = Math.max(1, ...grid.rows.slice(0, 50).map((r) => r.length));
    const fresh = await this.host.readRows(change.sheet, change.rows, grid.firstColumn, width);
    const rows = grid.rows.map((r) => [...r]) as Array<Array<CellValue | CellError>>;
    for (const { row, cells } of fresh) {
      const i = row - grid.firstRow;
      while (rows.length <= i) rows.push([]);
      if (i >= 0) rows[i] = cells;
    }
    const patched: Grid = { ...grid, rows };
    // Header rows plus only the changed rows: other data rows are left empty, so only those are checked.
    const changedSet = new Set(change.rows);
    const subset: Grid = {
      ...patched,
      rows: rows.map((r, i) => (grid.firstRow + i <= register.headerRow || changedSet.has(grid.firstRow + i) ? r : [])),
    };
    const partial = validateLedger(subset, { ...this.ledgerOptions(), kind: register.kind });
    // Duplicate identifiers span rows: recompute them over the merged register, not just the changed rows.
    const kept = checked.outcome.findings.filter((f) => f.code !== 'id.duplicate' && (f.row === null || !changedSet.has(f.row)));
    const added = partial.findings.filter((f) => f.code !== 'id.duplicate' && f.row !== null && changedSet.has(f.row));
    const records = mergeRecords(register, partial.register, changedSet);
    const findings = [...kept, ...added, ...duplicateIdFindings(records)];
    const outcome: SheetOutcome = { ...checked.outcome, findings, register: { ...records, findings } as typeof records };
    this.checked.set(change.sheet, { grid: patched, outcome, at: Date.now() });
    this.changed();
  }

  /** Findings of the selected sheet grouped by severity, then field. */
  groups(sheet = this.selectedSheet): FindingGroups {
    const findings = this.checked.get(sheet)?.outcome.findings ?? [];
    const out: FindingGroups = [];
    for (const severity of ['error', 'warning', 'info'] as const) {
      const list = findings.filter((f) => f.severity === severity);
      if (list.length === 0) continue;
      const byField = new Map<string, Finding[]>();
      for (const f of list) {
        const key = f.field ?? '';
        byField.set(key, [...(byField.get(key) ?? []), f]);
      }
      out.push({ severity, count: list.length, fields: [...byField].map(([field, findings]) => ({ field, findings })) });
    }
    return out;
  }

  /** Clicking a finding selects its cell. */
  async selectFinding(f: Finding): Promise<string | null> {
    if (f.row === null || f.column === null) return null;
    const address = `${f.column}${f.row}`;
    await this.guarded(() => this.host.selectCell(f.sheet, address));
    return address;
  }

  /** 在原表标注 */
  async markInPlace(): Promise<void> {
    const findings = [...this.checked.values()].flatMap((c) => c.outcome.findings);
    const outcome = await this.guarded(() => this.host.markFindings(findings));
    if (outcome) {
      this.lastMark = outcome;
      this.say('info', MSG.marked(outcome.cells, outcome.notes));
    }
  }

  /** 清除标注 */
  async clearMarks(): Promise<void> {
    await this.guarded(() => this.host.clearMarks());
    this.lastMark = null;
    if (!this.message) this.say('info', MSG.cleared);
  }

  /** 写入登记表: the validated register as a table on a new sheet. */
  async writeRegister(): Promise<string | undefined> {
    const register = this.current?.outcome.register;
    if (!register) {
      this.say('error', MSG.checkFirst);
      return undefined;
    }
    const name = await this.guarded(() => this.host.writeRegisterSheet(register));
    if (name) {
      this.say('info', MSG.registerWritten(name));
      await this.refreshSheets();
    }
    return name;
  }

  /** Registers of every checked sheet. */
  registers(): AnyRegister[] {
    return [...this.checked.values()].map((c) => c.outcome.register).filter((r): r is AnyRegister => r !== undefined);
  }

  /** Checks every ledger-looking sheet not yet checked (reports need all registers). */
  async checkAll(): Promise<void> {
    for (const s of this.sheets) if (!s.ours && s.rows > 1 && !this.checked.has(s.name)) await this.check(s.name);
  }

  /** 期限: open applications grouped as overdue, due within 3 working days, in progress. */
  deadlines(): DeadlineGroups {
    const groups: DeadlineGroups = { overdue: [], dueSoon: [], inProgress: [] };
    for (const reg of this.registers()) {
      if (reg.kind !== 'applications') continue;
      for (const rec of (reg as Register<'applications'>).records) {
        const c = rec.computed;
        if (!c.status || rec.replyDate) continue;
        const item = deadlineItem(reg.sheet, rec);
        if (c.status === '已逾期') groups.overdue.push(item);
        else if (c.status === '即将到期') groups.dueSoon.push(item);
        else groups.inProgress.push(item);
      }
    }
    const byDue = (a: DeadlineItem, b: DeadlineItem) => (a.workdaysLeft ?? 0) - (b.workdaysLeft ?? 0);
    groups.overdue.sort(byDue);
    groups.dueSoon.sort(byDue);
    groups.inProgress.sort(byDue);
    return groups;
  }

  /** 生成年报: counts the tables and writes them into the workbook as a sheet. */
  async annualReport(year: number): Promise<AnnualReportModel | undefined> {
    return this.guarded(async () => {
      // Every register counts (catalogue → table 二, appeals → table 四), not only the sheets checked so far.
      await this.checkAllInner();
      const result = annualReport(this.registers(), { year, office: this.settings.office.name });
      const sheet = await this.host.writeReportSheet(annualSheetDocument(result.model));
      this.annual = { ...result, sheet };
      const failed = result.model.checks.filter((c) => !c.ok).length;
      const incomplete = incompleteLine(result.model);
      this.say(incomplete ? 'error' : 'info', MSG.annualWritten(year, sheet, result.excluded, failed, incomplete));
      await this.refreshSheets();
      return result.model;
    });
  }

  private async checkAllInner(): Promise<void> {
    for (const s of this.sheets) {
      if (s.ours || s.rows <= 1 || this.checked.has(s.name)) continue;
      const grid = await this.host.readSheet(s.name, (p) => {
        this.progress = p;
        this.changed();
      });
      const outcome = this.loaders.validate
        ? await this.loaders.validate(grid, this.settings, this.today())
        : validateLedger(grid, this.ledgerOptions());
      this.checked.set(s.name, { grid, outcome, at: Date.now() });
    }
  }

  /** Delivers a PDF built from a print job (download, print page, or a message to use the sheet). */
  async deliverPdf(job: PrintJob): Promise<DeliveryOutcome | undefined> {
    return this.guarded(async () => {
      let outcome: DeliveryOutcome;
      const path = this.capabilities.delivery[0];
      if (path === 'sheet') {
        // No way to hand over a file here: the print-ready sheet is the deliverable.
        outcome = { path, message: '' };
      } else if (path === 'browserWindow') {
        // The desktop pane cannot save a blob: the print page regenerates the PDF from the job.
        outcome = await this.host.deliverFile(
          { name: jobFileName(job), bytes: new Uint8Array(), mime: 'application/pdf' },
          { kind: job.kind, title: jobFileName(job), data: job },
        );
      } else {
        const pdf = await this.loaders.pdf();
        const file = await pdf.renderJob(job, this.today());
        outcome = await this.host.deliverFile(file, { kind: job.kind, title: file.name, data: job });
      }
      if (outcome.path === 'sheet') {
        const sheet = await this.writeJobSheetInner(job);
        outcome = { path: 'sheet', message: MSG.printSheet(sheet) };
        await this.refreshSheets();
      }
      this.say('info', outcome.message);
      return outcome;
    });
  }

  /** 写入工作表: a job as a print-ready sheet of the workbook (Excel's own Print / Export to PDF). */
  async writeJobSheet(job: PrintJob): Promise<string | undefined> {
    return this.guarded(async () => {
      const sheet = await this.writeJobSheetInner(job);
      this.say('info', MSG.printSheet(sheet));
      await this.refreshSheets();
      return sheet;
    });
  }

  private async writeJobSheetInner(job: PrintJob): Promise<string> {
    if (job.kind === 'annual') {
      // The annual tables are already in the workbook when 生成年报统计表 wrote them.
      if (this.annual?.model === job.model && this.annual.sheet) return this.annual.sheet;
      return this.host.writeReportSheet(annualSheetDocument(job.model));
    }
    return this.host.writeReportSheet(job.kind === 'transfer' ? transferSheetDocument(job.model) : noticeSheetDocument(job.models));
  }

  /** The annual report as .xlsx (exceljs loaded on demand). */
  async annualXlsx(): Promise<DeliveryOutcome | undefined> {
    const annual = this.annual;
    if (!annual) {
      this.say('error', MSG.reportFirst);
      return undefined;
    }
    return this.guarded(async () => {
      const xlsx = await this.loaders.xlsx();
      const file = await xlsx.annualXlsxFile(annual.model, this.today());
      const outcome = await this.host.deliverFile(file);
      this.say('info', outcome.path === 'sheet' ? MSG.useSheet(annual.sheet ?? '') : outcome.message);
      return outcome;
    });
  }

  /** 移交表 job after checking the sheets not yet checked (the catalogue may not be the open sheet). */
  async transferJobAll(recipient: Recipient, from?: CalendarDate, until?: CalendarDate, draft = false): Promise<PrintJob | null> {
    await this.guarded(() => this.checkAllInner());
    return this.transferJob(recipient, from, until, draft);
  }

  /** 移交表 for a recipient and period, from the catalogue registers. */
  transferJob(recipient: Recipient, from?: CalendarDate, until?: CalendarDate, draft = false): PrintJob | null {
    const records = this.registers()
      .filter((r) => r.kind === 'catalogue')
      .flatMap((r) => (r as Register<'catalogue'>).records as CatalogueRecord[]);
    if (records.length === 0) {
      this.say('error', MSG.noCatalogue);
      return null;
    }
    try {
      const model = buildTransferSheet(records, {
        recipient,
        transferDate: this.today(),
        office: this.settings.office,
        from,
        until,
        draft,
      });
      return { kind: 'transfer', model };
    } catch (e) {
      // Preconditions not met (reports/documents/preconditions): say what is missing and where; 生成草稿 still works.
      if (!(e instanceof DocumentBlockedError)) throw e;
      this.say('error', MSG.blocked(e.message));
      return null;
    }
  }

  /** Notice of `kind` for the application on the selected row (or the given sheet/row). */
  async noticeJob(kind: NoticeKind | 'reply', at?: { sheet: string; row: number }, draft = false): Promise<PrintJob | null> {
    const where = at ?? (this.host.selectedRow ? await this.host.selectedRow() : null);
    if (!where) {
      this.say('error', MSG.selectRow);
      return null;
    }
    const reg = this.checked.get(where.sheet)?.outcome.register;
    const record =
      reg?.kind === 'applications' ? (reg as Register<'applications'>).records.find((r) => r.source.row === where.row) : undefined;
    if (!record) {
      this.say('error', MSG.noApplicationAt(where.sheet, where.row));
      return null;
    }
    try {
      const model: NoticeModel = buildNotice(record, kind, {
        settings: this.settings,
        calendar: WorkCalendar.standard(this.settings.calendar),
        preset: loadPreset(this.settings.preset),
        today: this.today(),
        // 按件 fees count the applicant's other applications of the month in the same register.
        register: (reg as Register<'applications'>).records,
        draft,
      });
      return { kind: 'notice', models: [model] };
    } catch (e) {
      if (e instanceof DocumentBlockedError) {
        this.say('error', MSG.blocked(e.message));
        return null;
      }
      this.say('error', (e as Error).message);
      return null;
    }
  }

  /** Saves settings into the 设置 sheet; rechecked sheets use them from now on. */
  async saveSettings(settings: Settings): Promise<void> {
    await this.guarded(async () => {
      await this.host.writeSettings(settings);
      this.settings = settings;
      this.say('info', MSG.settingsSaved);
    });
  }

  /** Column override from the mapping editor: field → column letter for the selected sheet, then recheck. */
  async overrideColumn(field: string, column: string): Promise<void> {
    const sheet = this.selectedSheet;
    const columns = { ...this.settings.columns };
    const forSheet = { ...(columns[sheet] ?? {}) };
    if (column) forSheet[field] = column.toUpperCase();
    else delete forSheet[field];
    columns[sheet] = forSheet;
    await this.saveSettings({ ...this.settings, columns });
    await this.check(sheet);
  }

  /** Stops live checks (pane closing). */
  async dispose(): Promise<void> {
    await this.unwatch?.();
    this.unwatch = null;
    this.watching = false;
  }
}

function deadlineItem(sheet: string, rec: ApplicationRecord): DeadlineItem {
  return {
    sheet,
    row: rec.source.row,
    appNo: rec.appNo ?? '',
    applicant: rec.applicantType ?? '',
    received: rec.receivedDate,
    due: rec.computed.due,
    status: rec.computed.status ?? '',
    workdaysLeft: rec.computed.workdaysLeft,
    uncertain: rec.computed.uncertain ?? false,
    steps: rec.computed.steps ?? [],
  };
}

/** Replaces the records of the changed rows with their re-checked versions. */
function mergeRecords(old: AnyRegister, partial: AnyRegister | undefined, changed: Set<number>): AnyRegister {
  if (!partial || partial.kind !== old.kind) return old;
  const fresh = new Map(
    (partial.records as Array<{ source: { row: number } }>).filter((r) => changed.has(r.source.row)).map((r) => [r.source.row, r]),
  );
  const kept = (old.records as Array<{ source: { row: number } }>).filter((r) => !changed.has(r.source.row));
  const records = [...kept, ...fresh.values()].sort((a, b) => a.source.row - b.source.row);
  return { ...old, records } as AnyRegister;
}

/** Column letter → number, exported for the mapping editor. */
export { columnNumber };
