/**
 * The worker's state: the files the user opened (the workspace, web/workspace.ts), each parsed once,
 * and the requests over all of them.
 * Free of worker globals so it runs the same in Node tests and in the browser worker; files are read
 * by core/workbook, the reader the CLI uses (exceljs only writes).
 */
import ExcelJS from 'exceljs';
import { columnNumber, isCellError, type Grid } from '../core/grid';
import { summarise, type Finding } from '../core/findings';
import type { AnyRegister } from '../core/register/types';
import type { Settings } from '../core/settings/schema';
import { todayInChina, type CalendarDate } from '../core/dates';
import { validateLedger, type SheetOutcome } from '../core/ledger';
import { registerWorkbook } from '../reports/render/registerWorkbook';
import { effectiveSettings } from '../core/settings/fromGrid';
import type { FontSource } from '../reports/render/pdf/fonts';
import { annualFiles, monthlyFiles, transferFile } from './documents';
import { monthBounds } from '../reports/statistics/monthly';
import { renderPrintJob } from '../pane/pdfJobs';
import { annualXlsxFile, monthlyXlsxFile } from '../pane/xlsxJobs';
import type { SheetInfo } from '../pane/host';
import type { CheckResult, OpenedFile, SheetRecognition, WorkerMethods, MethodName, WorkspaceSummary } from './protocol';
import {
  checkWorkbook,
  isOurSheet,
  OUR_SHEET_NAMES,
  officeCalendar,
  resolveOffice,
  sheetRole,
  SETTINGS_SHEET,
  readCsvBytes,
  readWorkbook,
  sortSheets,
} from '../core/workbook';
import { messages } from './messages';
import { sheetDocumentsXlsx } from '../reports/render/xlsx/sheetDocument';
import { findingsDocument } from './write/findingsSheet';
import { UserError } from '../core/errors';
import { detectHeader } from '../core/ledger/header/detectHeader';
import { Workspace, type WorkspaceFile } from './workspace';

/** Reports progress of the current request. */
export type Progress = (stage: string, done: number, total: number) => void;

/** A user-facing failure (Chinese message), as opposed to a bug. */
export class FileError extends UserError {}

/** What a sheet is, by its name (设置, 年报补充 …) or else by the register its header maps best. */
function recognise(grid: Grid): SheetRecognition {
  const role = sheetRole(grid.sheet);
  if (role !== 'ledger') return role;
  return detectHeader(grid)?.kind ?? 'none';
}

/** File name without its extension, cut to Excel's 31-character sheet-name limit. */
export function sheetNameForFile(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').replace(/[[\]:*?/\\]/g, '_');
  return (base || 'Sheet1').slice(0, 31);
}

function sheetInfo(grid: Grid, ours: boolean): SheetInfo {
  const columns = grid.rows.reduce((m, r) => Math.max(m, r.length), 0);
  return { name: grid.sheet, rows: grid.rows.length, columns, ours };
}

/** Holds the open files and answers the worker's methods over all of them. */
export class Session {
  private readonly workspace = new Workspace();
  /** The last check: its registers and all its findings (reader's and validation's). */
  private checked: { registers: AnyRegister[]; findings: Finding[] } | undefined;

  /** `fonts` loads the PDF fonts when the first PDF is made (the worker fetches them; tests read them from disk). */
  constructor(private readonly fonts: FontSource = { load: () => Promise.reject(new Error(messages.noFonts)) }) {}

  /**
   * Parses .xlsx or .csv bytes and adds the file to the workspace (replacing one of the same name);
   * throws FileError with a Chinese message for anything else, and then the workspace is as it was.
   */
  async open(params: WorkerMethods['open']['params'], progress: Progress): Promise<WorkerMethods['open']['result']> {
    const opened = this.parse(params, progress);
    this.workspace.add(opened);
    this.checked = undefined;
    return { ...this.workspace.opened(opened), workspace: this.workspace.summary() };
  }

  private parse(params: WorkerMethods['open']['params'], progress: Progress): WorkspaceFile {
    const { fileName } = params;
    const bytes = new Uint8Array(params.bytes);
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      progress(messages.stageLoad, 0, 1);
      // The CLI's CSV reader: the encoding notes, then the quote warning and the limits' findings.
      const { grid, findings, encoding } = readCsvBytes(bytes, sheetNameForFile(fileName));
      const file: OpenedFile = {
        fileName,
        format: 'csv',
        encoding,
        sheets: [sheetInfo(grid, false)],
        recognised: [{ sheet: grid.sheet, as: recognise(grid) }],
        hasSettings: false,
        findings,
      };
      progress(messages.stageLoad, 1, 1);
      return { file, bytes, grids: [grid], extraSheets: {} };
    }
    if (!lower.endsWith('.xlsx') && !lower.endsWith('.xlsm')) throw new FileError(messages.unsupported(fileName));
    progress(messages.stageLoad, 0, 0);
    const read = readWorkbook(bytes, { fileName, onProgress: (rows) => progress(messages.stageSheets, rows, 0) });
    if (!read.ok) throw new FileError(messages.unreadable(fileName, read.message));
    const { grids, settingsSheet, extraSheets, findings } = sortSheets(read.sheets, read.findings);
    const sheets = read.sheets.map((s) => sheetInfo(s.grid, isOurSheet(s.name)));
    const recognised = read.sheets.map((s) => ({ sheet: s.name, as: recognise(s.grid) }));
    const file: OpenedFile = { fileName, format: 'xlsx', sheets, recognised, hasSettings: settingsSheet !== undefined, findings };
    return { file, bytes, grids, settingsSheet, extraSheets };
  }

  /** Takes a file out of the workspace; the last check is forgotten (it covered that file). */
  close(params: WorkerMethods['close']['params']): WorkspaceSummary {
    if (!this.workspace.remove(params.fileName)) throw new FileError(messages.notOpen(params.fileName));
    this.checked = undefined;
    return this.workspace.summary();
  }

  /** The open files, where the settings come from, and the 设置 sheets that disagree. */
  summary(): WorkspaceSummary {
    return this.workspace.summary();
  }

  private requireFiles(): Workspace {
    if (this.workspace.size === 0) throw new FileError(messages.noFile);
    return this.workspace;
  }

  /** The first open file (the name a report falls back on when the settings name no office). */
  private firstFile(): WorkspaceFile {
    return this.requireFiles().list()[0];
  }

  /** All ledger grids of the open files (the 设置 sheets excluded), under the pane's names. */
  grids(): Grid[] {
    return this.requireFiles().grids();
  }

  readSheet(params: WorkerMethods['readSheet']['params']): Grid {
    const grid = this.requireFiles().sheet(params.sheet);
    if (!grid) throw new FileError(messages.noSheet(params.sheet));
    return grid;
  }

  /** A cell as the user would read it: text, a date as YYYY-MM-DD, an error value, or '' when empty. */
  cellText(params: WorkerMethods['cellText']['params']): string {
    const grid = this.readSheet({ sheet: params.sheet });
    const m = /^([A-Z]+)(\d+)$/.exec(params.address.toUpperCase());
    if (!m) return '';
    const cell = grid.rows[Number(m[2]) - grid.firstRow]?.[columnNumber(m[1]) - grid.firstColumn];
    if (cell === null || cell === undefined) return '';
    if (isCellError(cell)) return cell.error;
    if (cell instanceof Date) return cell.toISOString().slice(0, 10);
    return String(cell);
  }

  /** The 设置 sheet the checks use: the first open file's that has one. */
  readSettingsSheet(): Grid | null {
    return this.requireFiles().settingsSheet() ?? null;
  }

  /** One open workbook with a fresh 设置 sheet (by default the one the settings come from); the user's original bytes are left as they were. */
  async workbookWithSettings(params: WorkerMethods['workbookWithSettings']['params'], progress: Progress): Promise<Uint8Array> {
    const files = this.requireFiles();
    const o = params.fileName === undefined ? (files.settingsFile() ?? this.firstFile()) : files.file(params.fileName);
    if (!o) throw new FileError(messages.notOpen(params.fileName ?? ''));
    progress(messages.stageWrite, 0, 1);
    const wb = new ExcelJS.Workbook();
    if (o.file.format === 'xlsx') {
      await wb.xlsx.load(o.bytes.slice().buffer);
      const old = wb.getWorksheet(SETTINGS_SHEET);
      if (old) wb.removeWorksheet(old.id);
    } else {
      const ws = wb.addWorksheet(o.grids[0].sheet);
      for (const row of o.grids[0].rows) ws.addRow(row.map((c) => (typeof c === 'string' ? c : null)));
    }
    const ws = wb.addWorksheet(SETTINGS_SHEET);
    for (const row of params.rows) ws.addRow(row);
    ws.getColumn(1).width = 24;
    ws.getColumn(2).width = 40;
    const out = new Uint8Array(await wb.xlsx.writeBuffer());
    // Keep later requests consistent with what the user now downloads (and this file's 设置 the one used from now on).
    o.settingsSheet = {
      sheet: SETTINGS_SHEET,
      rows: params.rows.map((r) => r.map((c) => c)),
      firstRow: 1,
      firstColumn: 1,
    };
    progress(messages.stageWrite, 1, 1);
    return out;
  }

  /** The settings the open files carry (the first 设置 sheet), or the defaults. */
  settings(): Settings {
    const grid = this.requireFiles().settingsSheet();
    return effectiveSettings(undefined, grid).settings;
  }

  /** validateLedger of one sheet, with exactly the options the pane would use inline. */
  validateSheet(params: WorkerMethods['validateSheet']['params']): SheetOutcome {
    const grid = this.readSheet({ sheet: params.sheet });
    const { settings, today, kind } = params;
    return validateLedger(grid, { settings, today, kind, calendar: officeCalendar(settings) });
  }

  /**
   * checkWorkbook over all open files as one workbook (the 设置 sheet's findings, then each sheet's
   * reader and validation findings), as `ogi check` does; a 设置 sheet that disagrees comes first.
   */
  check(params: WorkerMethods['check']['params'], progress: Progress): CheckResult {
    const files = this.requireFiles();
    const { options } = params;
    let grids = files.grids();
    if (options.sheet !== undefined) {
      grids = grids.filter((g) => g.sheet === options.sheet);
      if (grids.length === 0) throw new FileError(messages.noSheet(options.sheet));
    }
    const checked = checkWorkbook(grids, {
      settings: options.settings,
      settingsGrid: files.settingsSheet(),
      presetName: options.presetName,
      today: options.today ?? todayInChina(),
      kind: options.kind,
      readerFindings: files.readerFindings(),
      settingsNote: messages.settingsSheet,
      onSheet: (sheet, i, total) => progress(`${messages.stageCheck}「${sheet}」`, i, total),
    });
    progress(messages.stageCheck, grids.length, grids.length);
    // Settings given explicitly win over every 设置 sheet: then no sheet disagrees with them.
    const findings = [...(options.settings ? [] : files.conflicts()), ...checked.findings];
    this.checked = { registers: checked.registers, findings };
    return { sheets: checked.sheets, summary: summarise(findings) };
  }

  /** The register workbook of `ogi check --out`. */
  async registerWorkbook(params: WorkerMethods['registerWorkbook']['params'], progress: Progress): Promise<Uint8Array> {
    progress(messages.stageWrite, 0, 1);
    let registers = params.registers;
    let findings = params.findings;
    if (!registers) {
      registers = this.checkedRegisters();
      findings ??= this.checked?.findings;
    }
    const bytes = await registerWorkbook({ registers, findings: findings ?? registers.flatMap((r) => r.findings) });
    progress(messages.stageWrite, 1, 1);
    return bytes;
  }

  private checkedRegisters(): AnyRegister[] {
    const checked = this.checked;
    if (!checked || checked.registers.length === 0) throw new FileError(messages.noRegister);
    return checked.registers;
  }

  /** The annual report files from the last check. */
  async annualReport(
    params: WorkerMethods['annualReport']['params'],
    progress: Progress,
  ): Promise<WorkerMethods['annualReport']['result']> {
    const registers = this.checkedRegisters();
    progress(messages.stageFonts, 0, 2);
    const fonts = await this.fonts.load();
    progress(messages.stageWrite, 1, 2);
    const office = params.office || this.settings().office.name || this.firstFile().file.fileName.replace(/\.[^.]+$/, '');
    const made = await annualFiles(registers, {
      year: params.year,
      office,
      inputsSheet: this.workspace.extraSheet(OUR_SHEET_NAMES.annualInputs),
      fonts,
    });
    progress(messages.stageWrite, 2, 2);
    return made;
  }

  /** The monthly report of all open files, checked as of the month end (an invalid month is a FileError). */
  async monthlyReport(
    params: WorkerMethods['monthlyReport']['params'],
    progress: Progress,
  ): Promise<WorkerMethods['monthlyReport']['result']> {
    let bounds: { to: CalendarDate };
    try {
      bounds = monthBounds(params.month);
    } catch (e) {
      throw new FileError(e instanceof Error ? e.message : String(e));
    }
    const settings = params.settings ?? this.settings();
    this.check({ options: { settings, today: bounds.to } }, progress);
    const registers = this.checkedRegisters();
    const { preset, calendar } = resolveOffice({ settings, today: bounds.to });
    progress(messages.stageFonts, 0, 2);
    const fonts = await this.fonts.load();
    progress(messages.stageWrite, 1, 2);
    const office = settings.office.name || this.firstFile().file.fileName.replace(/\.[^.]+$/, '');
    const made = await monthlyFiles(registers, {
      month: params.month,
      office,
      calendar,
      preset,
      fonts,
    });
    progress(messages.stageWrite, 2, 2);
    return { findings: made.findings, files: made.files };
  }

  /** The transfer sheet PDF from the last check. */
  async transferSheet(
    params: WorkerMethods['transferSheet']['params'],
    progress: Progress,
  ): Promise<WorkerMethods['transferSheet']['result']> {
    const registers = this.checkedRegisters();
    progress(messages.stageFonts, 0, 2);
    const fonts = await this.fonts.load();
    progress(messages.stageWrite, 1, 2);
    const made = await transferFile(registers, { ...params, office: this.settings().office, fonts });
    progress(messages.stageWrite, 2, 2);
    return made;
  }

  /** One SheetDocument as a workbook of its own. */
  async sheetDocumentWorkbook(params: WorkerMethods['sheetDocumentWorkbook']['params']): Promise<Uint8Array> {
    return sheetDocumentsXlsx([params.doc]);
  }

  /** Findings as a 检查结果 workbook. */
  async findingsWorkbook(params: WorkerMethods['findingsWorkbook']['params']): Promise<Uint8Array> {
    return this.sheetDocumentWorkbook({ doc: findingsDocument(params.findings) });
  }

  /** Dispatches one request by name. */
  async handle(method: MethodName, params: unknown, progress: Progress): Promise<unknown> {
    switch (method) {
      case 'open':
        return this.open(params as WorkerMethods['open']['params'], progress);
      case 'close':
        return this.close(params as WorkerMethods['close']['params']);
      case 'workspace':
        return this.summary();
      case 'readSheet':
        return this.readSheet(params as WorkerMethods['readSheet']['params']);
      case 'cellText':
        return this.cellText(params as WorkerMethods['cellText']['params']);
      case 'readSettingsSheet':
        return this.readSettingsSheet();
      case 'workbookWithSettings':
        return this.workbookWithSettings(params as WorkerMethods['workbookWithSettings']['params'], progress);
      case 'annualReport':
        return this.annualReport(params as WorkerMethods['annualReport']['params'], progress);
      case 'monthlyReport':
        return this.monthlyReport(params as WorkerMethods['monthlyReport']['params'], progress);
      case 'transferSheet':
        return this.transferSheet(params as WorkerMethods['transferSheet']['params'], progress);
      case 'renderJob': {
        const { job, date } = params as WorkerMethods['renderJob']['params'];
        progress(messages.stageFonts, 0, 1);
        const fonts = await this.fonts.load();
        progress(messages.stageWrite, 0, 1);
        return renderPrintJob(job, date, fonts);
      }
      case 'annualXlsxFile': {
        const { model, date } = params as WorkerMethods['annualXlsxFile']['params'];
        return annualXlsxFile(model, date);
      }
      case 'monthlyXlsxFile':
        return monthlyXlsxFile((params as WorkerMethods['monthlyXlsxFile']['params']).model);
      case 'sheetDocumentWorkbook':
        return this.sheetDocumentWorkbook(params as WorkerMethods['sheetDocumentWorkbook']['params']);
      case 'findingsWorkbook':
        return this.findingsWorkbook(params as WorkerMethods['findingsWorkbook']['params']);
      case 'validateSheet':
        return this.validateSheet(params as WorkerMethods['validateSheet']['params']);
      case 'check':
        return this.check(params as WorkerMethods['check']['params'], progress);
      case 'registerWorkbook':
        return this.registerWorkbook(params as WorkerMethods['registerWorkbook']['params'], progress);
    }
  }
}
