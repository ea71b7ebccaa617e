/**
 * The worker's state: the file the user opened, parsed once, and the requests over it.
 * Free of worker globals so it runs the same in Node tests (exceljs' Node build) and in the
 * browser worker (exceljs' browser build).
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { SheetInfo } from '../addin/ui/host';
import type { OpenedFile, WorkerMethods, MethodName } from './protocol';
import { decodeText } from './read/decodeText';
import { csvToGrid } from './read/csvToGrid';
import { SETTINGS_SHEET, workbookToGrids } from './read/workbookToGrids';
import { messages } from './messages';
import { addSheetDocument } from './write/sheetDocument';
import { findingsDocument } from './write/findingsSheet';

/** Reports progress of the current request. */
export type Progress = (stage: string, done: number, total: number) => void;

/** Sheets the tool itself writes; the pane offers them last and skips them when checking. */
const OUR_SHEETS = new Set([SETTINGS_SHEET, '代码表', '检查结果']);

/** A user-facing failure (Chinese message), as opposed to a bug. */
export class FileError extends Error {}

interface Opened {
  file: OpenedFile;
  bytes: Uint8Array;
  grids: Grid[];
  settingsSheet?: Grid;
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

  /** Parses .xlsx or .csv bytes; throws FileError with a Chinese message for anything else. */
  async open(params: WorkerMethods['open']['params'], progress: Progress): Promise<OpenedFile> {
    const { fileName } = params;
    const bytes = new Uint8Array(params.bytes);
    const lower = fileName.toLowerCase();
    this.opened = undefined;
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      progress(messages.stageLoad, 0, 1);
      const { text, encoding } = decodeText(bytes);
      const grid = csvToGrid(text, sheetNameForFile(fileName));
      const file: OpenedFile = { fileName, format: 'csv', encoding, sheets: [sheetInfo(grid, false)], hasSettings: false };
      this.opened = { file, bytes, grids: [grid] };
      progress(messages.stageLoad, 1, 1);
      return file;
    }
    if (!lower.endsWith('.xlsx') && !lower.endsWith('.xlsm')) throw new FileError(messages.unsupported(fileName));
    progress(messages.stageLoad, 0, 0);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw new FileError(messages.unreadable(fileName, e instanceof Error ? e.message : String(e)));
    }
    const { grids, settingsSheet } = workbookToGrids(wb, (sheet, done, total) =>
      progress(`${messages.stageSheets}「${sheet}」`, done, total),
    );
    const sheets = wb.worksheets.map((ws) => {
      const g = ws.name === SETTINGS_SHEET ? settingsSheet : grids.find((x) => x.sheet === ws.name);
      return g ? sheetInfo(g, OUR_SHEETS.has(ws.name)) : { name: ws.name, rows: 0, columns: 0, ours: OUR_SHEETS.has(ws.name) };
    });
    const file: OpenedFile = { fileName, format: 'xlsx', sheets, hasSettings: settingsSheet !== undefined };
    this.opened = { file, bytes, grids, settingsSheet };
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
    const grid = params.sheet === SETTINGS_SHEET ? o.settingsSheet : o.grids.find((g) => g.sheet === params.sheet);
    if (!grid) throw new FileError(messages.noSheet(params.sheet));
    return grid;
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
      await wb.xlsx.load(o.bytes.slice().buffer as ArrayBuffer);
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

  /** One SheetDocument as a workbook of its own. */
  async sheetDocumentWorkbook(params: WorkerMethods['sheetDocumentWorkbook']['params']): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    addSheetDocument(wb, params.doc);
    return new Uint8Array(await wb.xlsx.writeBuffer());
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
      case 'readSettingsSheet':
        return this.readSettingsSheet();
      case 'workbookWithSettings':
        return this.workbookWithSettings(params as WorkerMethods['workbookWithSettings']['params'], progress);
      case 'sheetDocumentWorkbook':
        return this.sheetDocumentWorkbook(params as WorkerMethods['sheetDocumentWorkbook']['params']);
      case 'findingsWorkbook':
        return this.findingsWorkbook(params as WorkerMethods['findingsWorkbook']['params']);
      case 'registerWorkbook':
        throw new FileError('登记台账工作簿尚不可用。');
    }
  }
}
