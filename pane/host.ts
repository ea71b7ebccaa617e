/**
 * The seam between the task pane views and whatever holds the workbook.
 *
 * The views in `pane/` never touch `Excel.*`, the DOM file APIs or exceljs directly: they
 * talk to a `Host`. `addin/excel/` implements it over Office.js (the add-in); `web/` implements it
 * over a workbook opened from disk (the offline page). Everything crossing this seam is plain data
 * from `core/` (Grid, Finding, Register, Settings) or the small types below.
 */
import type { Grid, CellValue, CellError } from '../core/grid';
import type { Finding } from '../core/findings';
import type { AnyRegister } from '../core/register/types';
import type { CalendarDate } from '../core/dates';
import type { Settings } from '../core/settings/schema';
import type { SheetDocument } from '../reports/documents/sheetDocument';

// The printable-sheet model is built in reports/ (one builder per form); hosts only write it.
export type { DocCell, SheetDocument } from '../reports/documents/sheetDocument';

/** How a host can hand a generated file (PDF, .xlsx) to the user. */
export type DeliveryPath =
  /** a normal browser download (Excel on the web, the offline page) */
  | 'download'
  /** open the add-in's own print page in the system browser (desktop Excel, WebView2 / Mac) */
  | 'browserWindow'
  /** write a print-ready sheet into the workbook for Excel's own Print / Export to PDF */
  | 'sheet';

/** Where findings can be annotated beside the fill colour. */
export type NoteKind = 'notes' | 'comments' | 'sheet';

/** What the host supports; views hide or adapt controls from this, never from the host's type. */
export interface HostCapabilities {
  /** 'excel' inside Office, 'file' for a workbook opened from disk. */
  readonly kind: 'excel' | 'file';
  /** Human label for the settings view, e.g. `Excel 网页版 (ExcelApi 1.12)`. */
  readonly label: string;
  /** The spreadsheet program messages name (`Excel`, `WPS 表格`); absent on the page, which has none. */
  readonly program?: string;
  /** Marks can be written on the user's source sheet (在原表标注 / 清除标注). */
  readonly markInPlace: boolean;
  /** Where finding texts go when marking. */
  readonly notes: NoteKind;
  /** Register sheets get dropdown lists from a hidden 代码表 sheet. */
  readonly dropdowns: boolean;
  /** `watchChanges` is available (live checks); otherwise the pane shows 重新检查. */
  readonly liveChecks: boolean;
  /** `selectCell` really moves a selection (false: the pane only shows the address). */
  readonly selectCell: boolean;
  /** Delivery paths in order of preference; the first is used, later ones are offered as buttons. */
  readonly delivery: readonly DeliveryPath[];
  /** `writeCell` may change the user's cells (the findings' 改为 …); absent or false: the button is not shown. */
  readonly editCells?: boolean;
}

/** One sheet of the workbook as listed in the 检查 view. */
export interface SheetInfo {
  name: string;
  /** Used-range size, 0 × 0 for an empty sheet. */
  rows: number;
  columns: number;
  /** Sheets we wrote (register, 检查结果, 代码表, 设置, reports) are flagged so the pane can skip them. */
  ours: boolean;
}

/** Progress of a long read. */
export interface ReadProgress {
  rowsRead: number;
  totalRows: number;
}

/** A generated file ready to hand over. */
export interface DeliverableFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

/** What the print page needs to regenerate a document by itself (desktop path). */
export interface PrintRequest {
  /** Which document: 'annual' report PDF, 'transfer' sheet, 'notice'. */
  kind: string;
  /** JSON-serialisable input the print page rebuilds the PDF from. */
  data: unknown;
  title: string;
  /** The day the document is dated: the pane's check date (the print page's own clock may be another day). */
  date?: CalendarDate;
}

/** How a delivery went, for the pane to tell the user. */
export interface DeliveryOutcome {
  path: DeliveryPath;
  /** Chinese, e.g. `已下载 annual-2025.pdf` or `已写入工作表「年报2025」，请用 文件 > 打印`. */
  message: string;
}

/** Rows changed by the user in one sheet (live checks). */
export interface SheetChange {
  sheet: string;
  /** Excel row numbers, ascending, de-duplicated. */
  rows: number[];
  /** Rows or columns were inserted or deleted: cached row numbers are stale, re-check the whole sheet. */
  structural?: boolean;
}

/** Settings read from the workbook's 设置 sheet. */
export interface SettingsRead {
  settings: Settings;
  /** True when the workbook had a 设置 sheet. */
  found: boolean;
  /** Bad entries (wrong date, unknown key): reported, defaults used. */
  findings: Finding[];
}

/** Result of marking findings. */
export interface MarkOutcome {
  /** Cells filled. */
  cells: number;
  /** Where the texts went. */
  notes: NoteKind;
}

/** The operations the task pane needs from the workbook's host. */
export interface Host {
  readonly capabilities: HostCapabilities;
  /** Sheets in workbook order. */
  listSheets(): Promise<SheetInfo[]>;
  /** Reads a sheet's used range into a Grid (values + number formats), in chunks; abortable. */
  readSheet(name: string, onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<Grid>;
  /**
   * Writes a validated register as a table on a new sheet; returns the sheet's name. `checkDate` is the day the
   * pane checked as of (a host that checks again, like the page's worker, must use it).
   */
  writeRegisterSheet(register: AnyRegister, checkDate?: CalendarDate): Promise<string>;
  /** Fills the source cells of findings (and adds their texts as notes/comments or to 检查结果). */
  markFindings(findings: readonly Finding[]): Promise<MarkOutcome>;
  /** Removes exactly the marks `markFindings` made, nothing else. */
  clearMarks(): Promise<void>;
  /** Selects a cell (e.g. `C5`) so the user sees the finding's place. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Reads the 设置 sheet (defaults when absent). */
  readSettings(): Promise<SettingsRead>;
  /** Writes the 设置 sheet (readable key/value rows). */
  writeSettings(settings: Settings): Promise<void>;
  /** Writes a report or print-ready form as a new sheet; returns the sheet's name. */
  writeReportSheet(doc: SheetDocument): Promise<string>;
  /** Hands a file to the user by the host's first delivery path. */
  deliverFile(file: DeliverableFile, print?: PrintRequest): Promise<DeliveryOutcome>;
  /** Live checks: calls `onChange` for user edits (never for our own writes); returns an unsubscribe. */
  watchChanges?(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<() => Promise<void>>;
  /** Reads only the given Excel rows over the given columns (live checks re-check just those). */
  readRows?(
    sheet: string,
    rows: readonly number[],
    firstColumn: number,
    columns: number,
  ): Promise<Array<{ row: number; cells: Array<CellValue | CellError> }>>;
  /**
   * Writes `value` into one cell of the user's sheet as text (never a formula: = + - @ stay text), only on
   * the clerk's click (改为 …); not an edit the live checks report.
   */
  writeCell?(sheet: string, address: string, value: string): Promise<void>;
  /** The sheet and Excel row of the current selection (for notices of the selected application). */
  selectedRow?(): Promise<{ sheet: string; row: number } | null>;
}
