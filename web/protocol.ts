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
import type { Settings } from '../core/settings/schema';
import type { CalendarDate } from '../core/dates';
import type { AnnualReportModel } from '../reports/statistics/model';
import type { Recipient } from '../reports/documents/transfer/model';
import type { MadeFile } from './documents';
import type { RpcError, RpcProgress, RpcRequest, RpcResponse, RpcResult } from '../pane/rpc';

/** What an opened file holds, as the page needs it. */
export interface OpenedFile {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** Text encoding detected for a CSV file. */
  encoding?: string;
  sheets: SheetInfo[];
  /** True when the workbook has a 设置 sheet. */
  hasSettings: boolean;
  /** What the reader noticed (error cells, a GBK CSV), as `ogi check` reports it. */
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

/** The result of a check of the opened file. */
export interface CheckResult {
  sheets: SheetCheck[];
  summary: { errors: number; warnings: number; infos: number };
}

/** The requests the worker answers, with their parameters and results. */
export interface WorkerMethods {
  /** Parse a file (the bytes are transferred); keeps it in the worker for later requests. */
  open: { params: { fileName: string; bytes: ArrayBuffer }; result: OpenedFile };
  /** A sheet of the opened file as a Grid. */
  readSheet: { params: { sheet: string }; result: Grid };
  /** The text of one cell of the opened file (`C5`), for showing a finding's place. */
  cellText: { params: { sheet: string; address: string }; result: string };
  /** The 设置 sheet's Grid, if any. */
  readSettingsSheet: { params: Record<string, never>; result: Grid | null };
  /** The opened workbook (a CSV becomes a workbook) with its 设置 sheet replaced by these rows; .xlsx bytes. */
  workbookWithSettings: { params: { rows: Array<Array<string | number | boolean | null>> }; result: Uint8Array };
  /** The annual report of a year from the last check's registers: .pdf, .xlsx, .json (as `ogi report annual`). */
  annualReport: {
    params: { year: number; office?: string };
    result: { model: AnnualReportModel; findings: Finding[]; files: MadeFile[] };
  };
  /**
   * The monthly statistics (YYYY-MM) of the whole file, checked as of the month end as
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
