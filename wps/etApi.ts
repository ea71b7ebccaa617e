/**
 * The part of WPS 表格's (ET) object model the WPS host uses, typed, and the one function that reaches
 * the WPS globals (`wps`, `Application`). Everything else in `wps/` receives an `EtApi` and never
 * touches a global, so the tests run the same code against the in-memory fake (test/wps/fakeEt.ts).
 *
 * The object model is VBA's, synchronous: `Worksheets.Item(name)`, `Range(address).Value2` (a 2-D
 * array for a range, a scalar for one cell, error cells as integer codes), `NumberFormat` (one
 * string when uniform, null when mixed), colours as BGR integers. Builds differ: optional members
 * are marked optional and checked before use.
 */

/** A range of cells (`Worksheet.Range("A1:C9")`). */
export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** Values: a 2-D array for several cells, a scalar for one; dates as serials, errors as integer codes. */
  Value2: unknown;
  /** The displayed text of the first cell (`#N/A` for an error). */
  readonly Text: unknown;
  /** One format for the whole range, or null when its cells differ. */
  NumberFormat: string | null;
  readonly Interior: { Color: number; ColorIndex: number };
  readonly Font: { Bold: boolean };
  readonly Borders: { LineStyle: number };
  WrapText: boolean;
  ColumnWidth: number;
  readonly Worksheet: EtWorksheet;
  /** The cell's comment, null when it has none. */
  readonly Comment: { Text(): string; Delete(): void } | null;
  AddComment(text: string): unknown;
  Merge(): void;
  Select(): void;
  Clear(): void;
  readonly Validation?: { Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void; Delete(): void };
}

/** A worksheet (`Worksheets.Item(name)`). */
export interface EtWorksheet {
  Name: string;
  /** -1 visible, 0 hidden, 2 very hidden (xlSheetVeryHidden). */
  Visible: number;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly Cells: EtRange;
  Activate(): void;
  Delete(): void;
  readonly PageSetup?: {
    Orientation: number;
    PaperSize: number;
    PrintTitleRows: string;
    Zoom: number | boolean;
    FitToPagesWide: number | boolean;
    FitToPagesTall: number | boolean;
    CenterHeader: string;
  };
  /** 输出为PDF: `ExportAsFixedFormat(xlTypePDF, path)`. */
  ExportAsFixedFormat?(type: number, filename: string): void;
}

/** The workbook's sheet collection. */
export interface EtSheets {
  readonly Count: number;
  /** By 1-based index or by name. */
  Item(key: number | string): EtWorksheet;
  /** Adds a sheet after `after` (at the end when given the last sheet). */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  /** True for the 1904 date system (old Mac workbooks). */
  readonly Date1904?: boolean;
  readonly Name: string;
}

/** A task pane made by `CreateTaskPane(url)`. */
export interface EtTaskPane {
  readonly ID?: unknown;
  Visible: boolean;
  Navigate?(url: string): void;
}

/** `Application` of WPS 表格, as far as the host uses it. */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveCell?: EtRange | null;
  readonly Build?: string;
  readonly ApiEvent?: {
    AddApiEventListener(event: string, handler: (...args: unknown[]) => void): void;
    RemoveApiEventListener?(event: string, handler: (...args: unknown[]) => void): void;
  };
  /** The save dialog: the chosen path, or false when the user cancels. */
  GetSaveAsFilename?(initialName?: string, fileFilter?: string, filterIndex?: number, title?: string): string | false;
  readonly FileSystem?: { writeAsBinaryString?(path: string, data: string): boolean };
  /** Key/value storage shared by the add-in's pages (the ribbon page and the task pane). */
  readonly PluginStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: unknown): EtTaskPane | null;
}

/** What the host is given: the application and the clock used by the write guard. */
export interface EtApi {
  app: EtApplication;
  now: () => number;
}

/** ET's enumeration values the host writes (VBA names). */
export const ET = {
  xlSheetVisible: -1,
  xlSheetVeryHidden: 2,
  xlColorIndexNone: -4142,
  xlContinuous: 1,
  xlTypePDF: 0,
  xlPortrait: 1,
  xlLandscape: 2,
  xlPaperA4: 9,
  xlValidateList: 3,
  xlValidAlertInformation: 3,
  xlBetween: 1,
} as const;

/** The running WPS 表格's Application (`wps.EtApplication()` or the global `Application`), or null outside WPS. */
export function wpsApplication(scope: { wps?: unknown; Application?: unknown } = globalThis as never): EtApplication | null {
  const wps = scope.wps as { EtApplication?: () => unknown } | undefined;
  try {
    const app = typeof wps?.EtApplication === 'function' ? wps.EtApplication() : undefined;
    if (app && typeof app === 'object') return app as EtApplication;
  } catch {
    // Some builds expose an accessor that throws outside a spreadsheet window: try the global.
  }
  const global = scope.Application;
  return global && typeof global === 'object' ? (global as EtApplication) : null;
}

/** The binding the pane page and the ribbon use. */
export function wpsEtApi(app: EtApplication): EtApi {
  return { app, now: () => Date.now() };
}
