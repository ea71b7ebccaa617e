/**
 * The offline page's `Host`: the workbook is the set of files the user opened from disk (the
 * workspace: catalogue, applications, appeals, a settings copy), parsed in a Web Worker; the pane
 * sees their sheets as one workbook's. Nothing is ever written back to those files; results
 * (register, reports, forms, a workbook with an updated 设置 sheet) are offered as downloads.
 */
import type {
  DeliverableFile,
  DeliveryOutcome,
  Host,
  HostCapabilities,
  MarkOutcome,
  ReadProgress,
  SettingsRead,
  SheetDocument,
  SheetInfo,
} from '../pane/host';
import type { Grid } from '../core/grid';
import type { Finding } from '../core/findings';
import type { AnyRegister } from '../core/register/types';
import type { Settings } from '../core/settings/schema';
import type { CalendarDate } from '../core/dates';
import { defaultSettings } from '../core/settings/schema';
import { settingsFromGrid, settingsToRows } from '../core/settings/fromGrid';
import type { OpenedFile, WorkspaceSummary } from './protocol';
import { CancelledError, WorkerClient, type ProgressListener } from './workerClient';
import { XLSX_MIME } from './download';
import { messages } from './messages';

/** A file as the page gets it from a picker or a drop (a `File` satisfies this). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FileHostOptions {
  /** Puts bytes in the user's downloads (the page passes `downloadBytes`; tests capture); `note` says what the file is. */
  download: (file: DeliverableFile, note?: string) => void;
  /** Called when the pane asks to show a cell (the page shows the address and the cell's text). */
  onSelectCell?: (sheet: string, address: string, text: string) => void;
  /** The day the pane checks as of (the page's `?today=`); today in China when absent. */
  today?: () => CalendarDate;
  /** Progress of worker jobs started by the pane itself (reading a sheet, writing files). */
  onProgress?: ProgressListener;
}

/** `base.xlsx` → `base（设置）.xlsx`, keeping the user's original name recognisable. */
export function derivedName(fileName: string, suffix: string, ext = '.xlsx'): string {
  const base = fileName.replace(/\.[^.]*$/, '');
  return `${base}${suffix}${ext}`;
}

const EMPTY: WorkspaceSummary = { files: [], findings: [] };

/** Host over the files opened from disk. */
export class FileHost implements Host {
  readonly capabilities: HostCapabilities = {
    kind: 'file',
    label: messages.hostLabel,
    markInPlace: false,
    notes: 'sheet',
    dropdowns: false,
    liveChecks: false,
    selectCell: false,
    delivery: ['download'],
    // The page never modifies the clerk's file: no 改为 … buttons.
    editCells: false,
  };

  /** The files as picked, in the order opened (a fresh worker after a cancel reads them again). */
  private picked: PickedFile[] = [];
  private summary: WorkspaceSummary = EMPTY;
  private last: OpenedFile | undefined;
  private openedGeneration = -1;
  private settingsOverride: Settings | undefined;
  private selected: { sheet: string; row: number } | null = null;

  constructor(
    readonly client: WorkerClient,
    private readonly options: FileHostOptions,
  ) {}

  /** The file opened last, if it is still open. */
  get current(): OpenedFile | undefined {
    return this.last && this.summary.files.find((f) => f.fileName === this.last?.fileName);
  }

  /** The open files (their sheets under the pane's names), where the settings come from, what disagrees. */
  get workspace(): WorkspaceSummary {
    return this.summary;
  }

  /**
   * Opens a file in the worker beside the others; one of the same name is replaced. A file that
   * cannot be read (or a cancel) leaves the open files as they were.
   */
  async open(file: PickedFile, onProgress?: ProgressListener): Promise<OpenedFile> {
    const generation = this.client.generation;
    const bytes = await file.arrayBuffer();
    // Cancelled while the browser was still reading the file from disk.
    if (this.client.generation !== generation) throw new CancelledError();
    await this.ensureOpen(file.name);
    const { workspace, ...opened } = await this.client.call('open', { fileName: file.name, bytes }, { onProgress, transfer: [bytes] });
    const replaced = this.picked.some((p) => p.name === file.name);
    this.picked = replaced ? this.picked.map((p) => (p.name === file.name ? file : p)) : [...this.picked, file];
    this.summary = workspace;
    this.openedGeneration = this.client.generation;
    this.selected = null;
    this.last = opened;
    return opened;
  }

  /** Takes a file out of the workspace (the file on disk is not touched); the settings changed in the pane stay while any file is open. */
  async close(fileName: string): Promise<WorkspaceSummary> {
    if (!this.picked.some((p) => p.name === fileName)) throw new Error(messages.notOpen(fileName));
    this.picked = this.picked.filter((p) => p.name !== fileName);
    if (this.openedGeneration === this.client.generation) this.summary = await this.client.call('close', { fileName });
    // After a cancel the worker holds nothing: open the files left (their names and settings source are new).
    else if (this.picked.length > 0) await this.ensureOpen();
    if (this.picked.length === 0) {
      this.settingsOverride = undefined;
      this.summary = EMPTY;
    }
    this.selected = null;
    return this.summary;
  }

  /** After a cancel the worker is new and empty: open the same files again (but `except`, about to be opened) before the next request. */
  private async ensureOpen(except?: string): Promise<void> {
    if (this.openedGeneration === this.client.generation) return;
    const again = this.picked.filter((p) => p.name !== except);
    if (again.length === 0 && except !== undefined) return;
    if (again.length === 0) throw new Error(messages.noFile);
    for (const file of again) {
      const generation = this.client.generation;
      const bytes = await file.arrayBuffer();
      if (this.client.generation !== generation) throw new CancelledError();
      const opened = await this.client.call(
        'open',
        { fileName: file.name, bytes },
        { onProgress: this.options.onProgress, transfer: [bytes] },
      );
      this.summary = opened.workspace;
    }
    this.openedGeneration = this.client.generation;
  }

  /** The sheets of every open file, in the order the files were opened. */
  async listSheets(): Promise<SheetInfo[]> {
    if (this.picked.length === 0) return [];
    await this.ensureOpen();
    return this.summary.files.flatMap((f) => f.sheets);
  }

  /** The name downloads made from all open files start with: the file's own with one open. */
  private baseName(): string {
    const [first] = this.summary.files;
    if (!first) return 'ledger.xlsx';
    const n = this.summary.files.length;
    return n === 1 ? first.fileName : `${messages.workspaceName(first.fileName.replace(/\.[^.]*$/, ''), n)}.xlsx`;
  }

  async readSheet(name: string, onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<Grid> {
    await this.ensureOpen();
    if (signal?.aborted) throw new CancelledError();
    const onAbort = () => this.client.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const grid = await this.client.call('readSheet', { sheet: name });
      onProgress?.({ rowsRead: grid.rows.length, totalRows: grid.rows.length });
      return grid;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * The register as `ogi check --out` writes it: all open files checked in the worker with the
   * pane's settings and day, every register and every finding in one workbook, downloaded.
   */
  async writeRegisterSheet(_register: AnyRegister, checkDate?: CalendarDate): Promise<string> {
    await this.ensureOpen();
    const onProgress = this.options.onProgress;
    // Settings changed in the pane win; otherwise the worker reads the 设置 sheet, as the CLI does. The day is the
    // pane's (按哪一天检查), so the register says what the pane showed.
    const today = checkDate ?? this.options.today?.();
    await this.client.call('check', { options: { settings: this.settingsOverride, today } }, { onProgress });
    const bytes = await this.client.call('registerWorkbook', {}, { onProgress });
    // Named as `ogi check --out` names it.
    const name = `${this.baseName()}.register.xlsx`;
    this.options.download({ name, bytes, mime: XLSX_MIME });
    return name;
  }

  /** A file cannot be marked in place: the findings go to a 检查结果 workbook the user downloads. */
  async markFindings(findings: readonly Finding[]): Promise<MarkOutcome> {
    await this.ensureOpen();
    const name = derivedName(this.baseName(), '.检查结果');
    const bytes = await this.client.call('findingsWorkbook', { findings: [...findings] }, { onProgress: this.options.onProgress });
    this.options.download({ name, bytes, mime: XLSX_MIME });
    return { cells: 0, notes: 'sheet' };
  }

  async clearMarks(): Promise<void> {
    // Nothing was ever written to the user's file, so there is nothing to clear.
  }

  /** A file has no selection to move: the page shows the cell's address and its text instead. */
  async selectCell(sheet: string, address: string): Promise<void> {
    const row = /^[A-Za-z]+(\d+)$/.exec(address);
    // The row last shown is "the selected row" of 表单 (notices for that application).
    this.selected = row ? { sheet, row: Number(row[1]) } : null;
    await this.ensureOpen();
    const text = await this.client.call('cellText', { sheet, address });
    this.options.onSelectCell?.(sheet, address, text);
  }

  /** The sheet and row of the finding or deadline the user clicked last. */
  async selectedRow(): Promise<{ sheet: string; row: number } | null> {
    return this.selected;
  }

  /** The settings of the first open file with a 设置 sheet; another file's that disagrees is a finding. */
  async readSettings(): Promise<SettingsRead> {
    if (this.settingsOverride) return { settings: this.settingsOverride, found: true, findings: [] };
    if (this.picked.length === 0) return { settings: defaultSettings(), found: false, findings: [] };
    await this.ensureOpen();
    const grid = await this.client.call('readSettingsSheet', {});
    if (!grid) return { settings: defaultSettings(), found: false, findings: [] };
    const { settings, findings } = settingsFromGrid(grid);
    return { settings, found: true, findings: [...this.summary.findings, ...findings] };
  }

  /**
   * Never overwrites the user's file: downloads a copy, with the new 设置 sheet, of the file the
   * settings came from (else the first opened).
   */
  async writeSettings(settings: Settings): Promise<void> {
    this.settingsOverride = settings;
    if (this.picked.length === 0) return;
    await this.ensureOpen();
    const target = this.summary.settingsFrom ?? this.summary.files[0]?.fileName;
    const bytes = await this.client.call(
      'workbookWithSettings',
      { rows: settingsToRows(settings), fileName: target },
      { onProgress: this.options.onProgress },
    );
    // That file's 设置 is now the saved one (the worker keeps it): the list of open files says so.
    this.summary = await this.client.call('workspace', {});
    const name = derivedName(target ?? 'ledger.xlsx', '（含设置）');
    this.options.download({ name, bytes, mime: XLSX_MIME }, messages.settingsDownloaded(name));
  }

  async writeReportSheet(doc: SheetDocument): Promise<string> {
    const bytes = await this.client.call('sheetDocumentWorkbook', { doc }, { onProgress: this.options.onProgress });
    const name = `${doc.name}.xlsx`;
    this.options.download({ name, bytes, mime: XLSX_MIME }, messages.reportSheetDownloaded(name));
    return name;
  }

  /** 月度统计 of all open files for the page's own 月报 box (the pane's 报表 view makes it too): downloads the .pdf and the .xlsx. */
  async monthlyReport(month: string): Promise<string[]> {
    await this.ensureOpen();
    const { settings } = await this.readSettings();
    const made = await this.client.call('monthlyReport', { month, settings }, { onProgress: this.options.onProgress });
    const wanted = made.files.filter((f) => !f.name.endsWith('.json'));
    for (const f of wanted) this.options.download(f);
    return wanted.map((f) => f.name);
  }

  async deliverFile(file: DeliverableFile): Promise<DeliveryOutcome> {
    this.options.download(file);
    return { path: 'download', message: messages.downloaded(file.name) };
  }
}
