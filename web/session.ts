/**
 * The worker's state: the file the user opened, parsed once, and the requests over it.
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
import { annualXlsxFile } from '../pane/xlsxJobs';
import type { SheetInfo } from '../pane/host';
import type { CheckResult, OpenedFile, WorkerMethods, MethodName } from './protocol';
import {
  checkWorkbook,
  isOurSheet,
  OUR_SHEET_NAMES,
  officeCalendar,
  resolveOffice,
  SETTINGS_SHEET,
  readCsvBytes,
  readWorkbook,
  sortSheets,
} from '../core/workbook';
import { messages } from './messages';
import { sheetDocumentsXlsx } from '../reports/render/xlsx/sheetDocument';
import { findingsDocument } from './write/findingsSheet';
import { UserError } from '../core/errors';

/** Reports progress of the current request. */
export type Progress = (stage: string, done: number, total: number) => void;

/** A user-facing failure (Chinese message), as opposed to a bug. */
export class FileError extends UserError {}

interface Opened {
  file: OpenedFile;
  bytes: Uint8Array;
  grids: Grid[];
  settingsSheet?: Grid;
  extraSheets: Record<string, Grid>;
  /** The last check: its registers and all its findings (reader's and validation's). */
  checked?: { registers: AnyRegister[]; findings: Finding[] };
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

/** Holds one opened file and answers the worker's methods over it. */
export class Session {
  private opened: Opened | undefined;

  /** `fonts` loads the PDF fonts when the first PDF is made (the worker fetches them; tests read them from disk). */
  constructor(private readonly fonts: FontSource = { load: () => Promise.reject(new Error(messages.noFonts)) }) {}

  /** Parses .xlsx or .csv bytes; throws FileError with a Chinese message for anything else. */
  async open(params: WorkerMethods['open']['params'], progress: Progress): Promise<OpenedFile> {
    const { fileName } = params;
    const bytes = new Uint8Array(params.bytes);
    const lower = fileName.toLowerCase();
    this.opened = undefined;
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      progress(messages.stageLoad, 0, 1);
      // The CLI's CSV reader: the encoding notes, then the quote warning and the limits' findings.
      const { grid, findings, encoding } = readCsvBytes(bytes, sheetNameForFile(fileName));
      const file: OpenedFile = { fileName, format: 'csv', encoding, sheets: [sheetInfo(grid, false)], hasSettings: false, findings };
      this.opened = { file, bytes, grids: [grid], extraSheets: {} };
      progress(messages.stageLoad, 1, 1);
      return file;
    }
    if (!lower.endsWith('.xlsx') && !lower.endsWith('.xlsm')) throw new FileError(messages.unsupported(fileName));
    progress(messages.stageLoad, 0, 0);
    const read = readWorkbook(bytes, { fileName, onProgress: (rows) => progress(messages.stageSheets, rows, 0) });
    if (!read.ok) throw new FileError(messages.unreadable(fileName, read.message));
    const { grids, settingsSheet, extraSheets, findings } = sortSheets(read.sheets, read.findings);
    const sheets = read.sheets.map((s) => sheetInfo(s.grid, isOurSheet(s.name)));
    const file: OpenedFile = { fileName, format: 'xlsx', sheets, hasSettings: settingsSheet !== undefined, findings };
    this.opened = { file, bytes, grids, settingsSheet, extraSheets };
    return file;
  }

  private current(): Opened {
    if (!this.opened) throw new FileError(messages.noFile);
    return this.opened;
  }

  /** All ledger grids of the opened file (the 设置 sheet excluded). */
  grids(): Grid[] {
    return this.current().grids;
  }

  readSheet(params: WorkerMethods['readSheet']['params']): Grid {
    const o = this.current();
    const grid =
      params.sheet === SETTINGS_SHEET
        ? o.settingsSheet
        : (o.grids.find((g) => g.sheet === params.sheet) ?? o.extraSheets[params.sheet.trim()]);
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

  readSettingsSheet(): Grid | null {
    return this.current().settingsSheet ?? null;
  }

  /** The workbook with a fresh 设置 sheet; the user's original bytes are left as they were. */
  async workbookWithSettings(params: WorkerMethods['workbookWithSettings']['params'], progress: Progress): Promise<Uint8Array> {
    const o = this.current();
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
    // Keep later requests consistent with what the user now downloads.
    o.settingsSheet = {
      sheet: SETTINGS_SHEET,
      rows: params.rows.map((r) => r.map((c) => c)),
      firstRow: 1,
      firstColumn: 1,
    };
    progress(messages.stageWrite, 1, 1);
    return out;
  }

  /** The settings the workbook carries (its 设置 sheet), or the defaults. */
  settings(): Settings {
    const grid = this.current().settingsSheet;
    return effectiveSettings(undefined, grid).settings;
  }

  /** validateLedger of one sheet, with exactly the options the pane would use inline. */
  validateSheet(params: WorkerMethods['validateSheet']['params']): SheetOutcome {
    const grid = this.readSheet({ sheet: params.sheet });
    const { settings, today, kind } = params;
    return validateLedger(grid, { settings, today, kind, calendar: officeCalendar(settings) });
  }

  /** checkWorkbook over the opened file (the 设置 sheet's findings, then each sheet's reader and validation findings), as `ogi check` does. */
  check(params: WorkerMethods['check']['params'], progress: Progress): CheckResult {
    const o = this.current();
    const { options } = params;
    let grids = o.grids;
    if (options.sheet !== undefined) {
      grids = grids.filter((g) => g.sheet === options.sheet);
      if (grids.length === 0) throw new FileError(messages.noSheet(options.sheet));
    }
    const checked = checkWorkbook(grids, {
      settings: options.settings,
      settingsGrid: o.settingsSheet,
      presetName: options.presetName,
      today: options.today ?? todayInChina(),
      kind: options.kind,
      readerFindings: o.file.findings,
      settingsNote: messages.settingsSheet,
      onSheet: (sheet, i, total) => progress(`${messages.stageCheck}「${sheet}」`, i, total),
    });
    progress(messages.stageCheck, grids.length, grids.length);
    o.checked = { registers: checked.registers, findings: checked.findings };
    return { sheets: checked.sheets, summary: summarise(checked.findings) };
  }

  /** The register workbook of `ogi check --out`. */
  async registerWorkbook(params: WorkerMethods['registerWorkbook']['params'], progress: Progress): Promise<Uint8Array> {
    progress(messages.stageWrite, 0, 1);
    let registers = params.registers;
    let findings = params.findings;
    if (!registers) {
      registers = this.checkedRegisters();
      findings ??= this.current().checked?.findings;
    }
    const bytes = await registerWorkbook({ registers, findings: findings ?? registers.flatMap((r) => r.findings) });
    progress(messages.stageWrite, 1, 1);
    return bytes;
  }

  private checkedRegisters(): AnyRegister[] {
    const checked = this.current().checked;
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
    const office = params.office || this.settings().office.name || this.current().file.fileName.replace(/\.[^.]+$/, '');
    const made = await annualFiles(registers, {
      year: params.year,
      office,
      inputsSheet: this.current().extraSheets[OUR_SHEET_NAMES.annualInputs],
      fonts,
    });
    progress(messages.stageWrite, 2, 2);
    return made;
  }

  /** The monthly report of the whole file, checked as of the month end (an invalid month is a FileError). */
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
    const office = settings.office.name || this.current().file.fileName.replace(/\.[^.]+$/, '');
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
