import { columnLetter } from '../../core/grid';
import { features } from './features';

/**
 * How the gateway reaches Excel: `Excel.run` and the requirement-set check, passed in so tests run
 * the same code against a fake workbook. This is the only folder that touches `Excel.*`.
 */

/** `Excel.run` — one batch of queued operations and `context.sync()` calls. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where the add-in runs; decides how files are delivered. */
export type ExcelPlatform = 'web' | 'windows' | 'mac' | 'other';

export interface ExcelApi {
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`; ask `features(api)` (features.ts) instead. */
  supports(version: string): boolean;
  platform: ExcelPlatform;
  /** Opens a URL in the system browser (`Office.context.ui.openBrowserWindow`), when available. */
  openBrowserWindow?(url: string): void;
}

/** The real Office.js binding; call only after `Office.onReady`. */
export function officeExcelApi(): ExcelApi {
  const platform = Office.context.platform;
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
    platform:
      platform === Office.PlatformType.OfficeOnline
        ? 'web'
        : platform === Office.PlatformType.PC
          ? 'windows'
          : platform === Office.PlatformType.Mac
            ? 'mac'
            : 'other',
    openBrowserWindow:
      Office.context.ui && 'openBrowserWindow' in Office.context.ui ? (url: string) => Office.context.ui.openBrowserWindow(url) : undefined,
  };
}

/** Keeps our own writes from triggering live checks on hosts without `triggerSource` (ExcelApi < 1.14). */
export class WriteGuard {
  private depth = 0;
  private quietUntil = 0;
  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly graceMs = 800,
  ) {}
  /** Runs `fn` with events from our writes ignored (and for a short grace period after). */
  async during<T>(fn: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
      this.quietUntil = this.now() + this.graceMs;
    }
  }
  /** True while our writes (or their echoes) are in flight. */
  get active(): boolean {
    return this.depth > 0 || this.now() < this.quietUntil;
  }
}

/** Excel A1 address of a 1-based row/column rectangle. */
export function a1(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnLetter(column)}${row}`;
  return rows === 1 && columns === 1 ? start : `${start}:${columnLetter(column + columns - 1)}${row + rows - 1}`;
}

/** A sheet name quoted for use in an address or formula (`'登记 表'!A1`). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Queues a probe of the workbook's date system with the request that is about to be synced (no extra
 * sync): DATE(1904,1,1) is serial 0 only in the 1904 system (old Mac workbooks). Read the answer after
 * the sync. Before ExcelApi 1.2 there is no worksheet-function API: assume 1900, as Windows Excel does.
 */
export function probeDateSystem(api: ExcelApi, context: Excel.RequestContext): () => '1900' | '1904' {
  const functions = features(api).worksheetFunctions ? context.workbook.functions : undefined;
  if (!functions) return () => '1900';
  const result = functions.date(1904, 1, 1);
  result.load('value');
  return () => (result.value === 0 ? '1904' : '1900');
}
