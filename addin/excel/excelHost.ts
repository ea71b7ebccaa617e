/**
 * The add-in's Host: the task pane's operations over Office.js, feature-detected down to ExcelApi 1.1.
 */
import type { Grid } from '../../core/grid';
import type { Finding } from '../../core/findings';
import type { AnyRegister } from '../../core/register/types';
import type { Settings } from '../../core/settings/schema';
import type {
  Host,
  HostCapabilities,
  SheetInfo,
  ReadProgress,
  MarkOutcome,
  SettingsRead,
  SheetDocument,
  DeliverableFile,
  PrintRequest,
  DeliveryOutcome,
  SheetChange,
  DeliveryPath,
} from '../../pane/host';
import { SETTINGS_SHEET_NAME as SETTINGS_SHEET, settingsFromGrid, settingsToRows } from '../../core/settings/fromGrid';
import { defaultSettings } from '../../core/settings/schema';
import { downloadBytes, encodeFragment } from '../../pane/download';
import { WriteGuard, type ExcelApi } from './api';
import { features } from './features';
import { readSheetGrid, readRows } from './readGrid';
import { writeRegister, writeDocumentSheet, readSheetValues } from './writeSheets';
import { markFindings, clearMarks, type FillMemory } from './marks';
import { isOurSheet } from '../../core/workbook/sheetRoles';
import { foreignCell } from '../../core/foreignValue';
import { watchSheets } from './events';
import { writeTextCell } from './writeCell';

/** What this Excel supports, from its requirement sets and platform. */
export function excelCapabilities(api: ExcelApi): HostCapabilities {
  const has = features(api);
  const delivery: DeliveryPath[] =
    api.platform === 'web' ? ['download', 'sheet'] : api.openBrowserWindow ? ['browserWindow', 'sheet'] : ['sheet'];
  const where = api.platform === 'web' ? 'Excel 网页版' : api.platform === 'mac' ? 'Excel for Mac' : 'Excel 桌面版';
  return {
    kind: 'excel',
    label: `${where}（ExcelApi ${has.version}）`,
    program: 'Excel',
    markInPlace: true,
    notes: has.noteKind,
    dropdowns: has.dataValidation,
    liveChecks: has.events,
    selectCell: true,
    delivery,
    editCells: true,
  };
}

export interface ExcelHostOptions {
  /** Base URL of the add-in (for print.html); defaults to the page's own location. */
  baseUrl?: string;
  /** Download function (tests replace it). */
  download?: (name: string, bytes: Uint8Array, mime: string) => void;
}

/** Host over a live Excel workbook. */
export class ExcelHost implements Host {
  readonly capabilities: HostCapabilities;
  private readonly guard = new WriteGuard();
  private readonly fills: FillMemory = new Map();

  constructor(
    private readonly api: ExcelApi,
    private readonly options: ExcelHostOptions = {},
  ) {
    this.capabilities = excelCapabilities(api);
    if (!features(api).events) this.capabilities = { ...this.capabilities, liveChecks: false };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.api.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const used = sheets.items.map((s) => {
        const r = features(this.api).usedRangeOrNull ? s.getUsedRangeOrNullObject(true) : s.getUsedRange();
        r.load('rowCount,columnCount');
        return r;
      });
      await context.sync();
      return sheets.items.map((s, i) => ({
        name: s.name,
        rows: used[i].isNullObject ? 0 : used[i].rowCount,
        columns: used[i].isNullObject ? 0 : used[i].columnCount,
        ours: isOurSheet(s.name),
      }));
    });
  }

  readSheet(name: string, onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<Grid> {
    return readSheetGrid(this.api, name, { onProgress, signal });
  }

  /** Reads only the given rows (live checks). */
  readRows(sheet: string, rows: readonly number[], firstColumn: number, columns: number) {
    return readRows(this.api, sheet, rows, firstColumn, columns);
  }

  writeRegisterSheet(register: AnyRegister): Promise<string> {
    return this.guard.during(() => writeRegister(this.api, register));
  }

  markFindings(findings: readonly Finding[]): Promise<MarkOutcome> {
    return this.guard.during(() => markFindings(this.api, findings, this.fills));
  }

  clearMarks(): Promise<void> {
    return this.guard.during(() => clearMarks(this.api, this.fills));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  /** 改为 …: one cell as text, inside the write guard so the live check does not take it for the user's edit. */
  writeCell(sheet: string, address: string, value: string): Promise<void> {
    return this.guard.during(() => writeTextCell(this.api, sheet, address, value));
  }

  async readSettings(): Promise<SettingsRead> {
    const values = await readSheetValues(this.api, SETTINGS_SHEET);
    if (!values) return { settings: defaultSettings(), found: false, findings: [] };
    const grid: Grid = {
      sheet: SETTINGS_SHEET,
      firstRow: 1,
      firstColumn: 1,
      rows: values.map((r) => r.map(foreignCell)),
    };
    return { ...settingsFromGrid(grid), found: true };
  }

  async writeSettings(settings: Settings): Promise<void> {
    const rows = settingsToRows(settings);
    await this.guard.during(() =>
      writeDocumentSheet(
        this.api,
        {
          name: SETTINGS_SHEET,
          rows,
          boldRows: [0],
          widths: [22, 40, 28],
        },
        true,
      ),
    );
  }

  writeReportSheet(doc: SheetDocument): Promise<string> {
    return this.guard.during(() => writeDocumentSheet(this.api, doc));
  }

  async deliverFile(file: DeliverableFile, print?: PrintRequest): Promise<DeliveryOutcome> {
    const path = this.capabilities.delivery[0];
    if (path === 'download') {
      (this.options.download ?? ((n, b, m) => downloadBytes(n, b, m)))(file.name, file.bytes, file.mime);
      return { path, message: `已下载 ${file.name}` };
    }
    if (path === 'browserWindow' && print && this.api.openBrowserWindow) {
      const base = this.options.baseUrl ?? new URL('.', location.href).href;
      this.api.openBrowserWindow(`${base}print.html#${encodeFragment(print)}`);
      return { path, message: `已在浏览器中打开「${print.title}」，请在浏览器中保存或打印 PDF。` };
    }
    return { path: 'sheet', message: '此版本的 Excel 无法从任务窗格保存文件：请使用「写入工作表」后用 文件 > 打印 / 导出 PDF。' };
  }

  watchChanges(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<() => Promise<void>> {
    return watchSheets(this.api, this.guard, sheets, onChange);
  }

  async selectedRow(): Promise<{ sheet: string; row: number } | null> {
    return this.api.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('rowIndex');
      const ws = range.worksheet;
      ws.load('name');
      await context.sync();
      return { sheet: ws.name, row: range.rowIndex + 1 };
    });
  }
}
