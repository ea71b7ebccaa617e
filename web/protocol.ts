/**
 * The requests the page sends its Web Worker (`worker.ts`), over the one worker protocol of
 * pane/rpc.ts. Plain, structured-clone-safe data.
 */
import type { Grid } from '../core/grid';
import type { SheetOutcome, SheetSummary } from '../core/ledger';
import type { DeliverableFile, SheetDocument, SheetInfo } from '../pane/host';
import type { PrintJob } from '../pane/jobs';
import type { Finding } from '../core/findings';
import type { AnyRegister, RegisterKind } from '../core/register/types';
import type { SheetRole } from '../core/workbook/sheetRoles';
import type { Settings } from '../core/settings/schema';
import type { CalendarDate } from '../core/dates';
import type { AnnualReportModel } from '../reports/statistics/model';
import type { MonthlyReportModel } from '../reports/statistics/monthly';
import type { Recipient } from '../reports/documents/transfer/model';
import type { MadeFile } from './documents';
import type { RpcError, RpcProgress, RpcRequest, RpcResponse, RpcResult } from '../pane/rpc';

/** What a sheet was recognised as when its file was opened: a register kind, one of our sheets (设置, 年报补充 …), or none. */
export type SheetRecognition = RegisterKind | Exclude<SheetRole, 'ledger'> | 'none';

/** What an opened file holds, as the page needs it. */
export interface OpenedFile {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** Text encoding detected for a CSV file. */
  encoding?: string;
  /** Its sheets under the names the pane uses: the sheet's own with one file open, `文件名 › 工作表` with several. */
  sheets: SheetInfo[];
  /** For each of `sheets`, in the same order: the sheet's name inside the file and what it was recognised as. */
  recognised: Array<{ sheet: string; as: SheetRecognition }>;
  /** True when the workbook has a 设置 sheet. */
  hasSettings: boolean;
  /** What the reader noticed (error cells, a GBK CSV), as `ogi check` reports it. */
  findings: Finding[];
}

/** The files open at once on the page, in the order they were opened; every check, report and form uses all of them. */
export interface WorkspaceSummary {
  files: OpenedFile[];
  /** The file whose 设置 sheet the checks use (the first opened that has one). */
  settingsFrom?: string;
  /** About the workspace as a whole: another file's 设置 sheet that disagrees with the one used. */
  findings: Finding[];
}

/** Options of a check, as `ogi check` takes them. */
export interface CheckOptions {
  kind?: RegisterKind | 'auto';
  /** Defaults to the settings' preset. */
  presetName?: string;
  /** Defaults to the workbook's 设置 sheet (or the defaults). */
  settings?: Settings;
  /** Defaults to today in China. */
  today?: CalendarDate;
  /** Only this sheet. */
  sheet?: string;
}

/** One sheet's outcome without its records (they stay in the worker), like `ogi check --json`. */
export type SheetCheck = SheetSummary;

/** The result of a check of the open files. */
export interface CheckResult {
  sheets: SheetCheck[];
  summary: { errors: number; warnings: number; infos: number };
}

/** The requests the worker answers, with their parameters and results. */
export interface WorkerMethods {
  /**
   * Parse a file (the bytes are transferred) and add it to the workspace; a file of the same name is
   * replaced, the others stay. A file that cannot be read changes nothing. Answers the file and the
   * workspace after it (one round trip).
   */
  open: { params: { fileName: string; bytes: ArrayBuffer }; result: OpenedFile & { workspace: WorkspaceSummary } };
  /** Take a file out of the workspace (the user's file itself is never touched). */
  close: { params: { fileName: string }; result: WorkspaceSummary };
  /** The open files, where the settings come from, and what disagrees. */
  workspace: { params: Record<string, never>; result: WorkspaceSummary };
  /** A sheet of the open files as a Grid (by the name the pane uses). */
  readSheet: { params: { sheet: string }; result: Grid };
  /** The text of one cell (`C5`) of a sheet of the open files, for showing a finding's place. */
  cellText: { params: { sheet: string; address: string }; result: string };
  /** The 设置 sheet the checks use (the first open file's that has one), if any. */
  readSettingsSheet: { params: Record<string, never>; result: Grid | null };
  /**
   * One open workbook (a CSV becomes a workbook) with its 设置 sheet replaced by these rows; .xlsx bytes.
   * `fileName` by default: the file the settings come from, else the first opened.
   */
  workbookWithSettings: { params: { rows: Array<Array<string | number | boolean | null>>; fileName?: string }; result: Uint8Array };
  /** The annual report of a year from the last check's registers: .pdf, .xlsx, .json (as `ogi report annual`). */
  annualReport: {
    params: { year: number; office?: string };
    result: { model: AnnualReportModel; findings: Finding[]; files: MadeFile[] };
  };
  /**
   * The monthly statistics (YYYY-MM) of all open files, checked as of the month end as
   * `ogi report monthly` does: .pdf, .xlsx, .json.
   */
  monthlyReport: {
    params: { month: string; settings?: Settings };
    result: { findings: Finding[]; files: MadeFile[] };
  };
  /** The transfer sheet PDF for a recipient from the last check's catalogue registers (as `ogi transfer`). */
  transferSheet: {
    /** `draft`: made even without the office data, marked 草稿 on every page (reports/documents/preconditions). */
    params: { recipient: Recipient; transferDate: CalendarDate; from?: CalendarDate; until?: CalendarDate; draft?: boolean };
    result: { rows: number; findings: Finding[]; file: MadeFile };
  };
  /** A print job of the pane (annual report, transfer sheet, notices) as a PDF. */
  renderJob: { params: { job: PrintJob; date: CalendarDate }; result: DeliverableFile & { missingGlyphs: number } };
  /** The annual report workbook of a model. */
  annualXlsxFile: { params: { model: AnnualReportModel; date: CalendarDate }; result: DeliverableFile };
  /** The monthly statistics workbook of a model, dated its month end. */
  monthlyXlsxFile: { params: { model: MonthlyReportModel }; result: DeliverableFile };
  /** A sheet described as data (report, print-ready form) as .xlsx bytes. */
  sheetDocumentWorkbook: { params: { doc: SheetDocument }; result: Uint8Array };
  /** Findings as a 检查结果 workbook (.xlsx bytes). */
  findingsWorkbook: { params: { findings: Finding[] }; result: Uint8Array };
  /**
   * The pane's check of one sheet (validateLedger) on the worker's own copy of the sheet, so the
   * page never runs the pipeline on its main thread.
   */
  validateSheet: {
    params: { sheet: string; settings: Settings; today: CalendarDate; kind?: RegisterKind | 'auto' };
    result: SheetOutcome;
  };
  /** Maps, normalises and validates every ledger sheet (validateWorkbook); keeps the registers for later requests. */
  check: { params: { options: CheckOptions }; result: CheckResult };
  /**
   * The register workbook, the same bytes as `ogi check --out` (.xlsx): of the given registers, or
   * of the last check's registers and all its findings when none are given.
   */
  registerWorkbook: { params: { registers?: AnyRegister[]; findings?: Finding[] }; result: Uint8Array };
}

export type MethodName = keyof WorkerMethods;

/** The messages of pane/rpc.ts, over the page's methods. */
export type RequestMessage<M extends MethodName = MethodName> = RpcRequest<WorkerMethods, M>;
export type ProgressMessage = RpcProgress;
export type ResultMessage = RpcResult;
export type ErrorMessage = RpcError;
export type ResponseMessage = RpcResponse;
