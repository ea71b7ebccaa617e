/**
 * The WPS 表格 host: the pane's operations over ET's synchronous object model, reached only through
 * the injected `EtApi`. Writes run inside a fence so their SheetChange events are not taken for
 * the user's edits.
 */
import type { Grid } from '../core/grid';
import type { Finding } from '../core/findings';
import type { AnyRegister } from '../core/register/types';
import type { Settings } from '../core/settings/schema';
import { defaultSettings } from '../core/settings/schema';
import { SETTINGS_SHEET_NAME, settingsFromGrid, settingsToRows } from '../core/settings/fromGrid';
import type { Host, HostCapabilities, SheetInfo, ReadProgress, SettingsRead, MarkOutcome } from '../pane/host';
import type { DeliverableFile, DeliveryOutcome, SheetChange, SheetDocument } from '../pane/host';
import { isOurSheet } from '../core/workbook/sheetRoles';
import type { EtApi } from './etApi';
import { readRows, readSheetGrid, sheetValues, usedArea, worksheets, findSheet } from './readSheet';
import { writeDocumentSheet, writeRegister } from './writeSheets';
import { clearMarks, markFindings, MARKS_SHEET } from './marks';
import { WpsWriteFence, watchSheetChanges } from './changes';
import { saveFile, canSaveFiles } from './saveFile';
import { WPS_MSG } from './messages';
import { writeTextCell } from './writeCell';

/** What this WPS offers, probed from the members its Application has. */
export function wpsCapabilities(api: EtApi): HostCapabilities {
  const app = api.app;
  return {
    // A live spreadsheet application, as Excel is.
    kind: 'excel',
    label: WPS_MSG.hostLabel(app.Build),
    program: WPS_MSG.program,
    markInPlace: true,
    notes: 'comments',
    dropdowns: true,
    liveChecks: typeof app.ApiEvent?.AddApiEventListener === 'function',
    selectCell: true,
    delivery: canSaveFiles(app) ? ['download', 'sheet'] : ['sheet'],
    editCells: true,
  };
}

/** Host over the active workbook of WPS 表格. */
export class WpsHost implements Host {
  readonly capabilities: HostCapabilities;
  private readonly fence: WpsWriteFence;

  constructor(private readonly api: EtApi) {
    this.capabilities = wpsCapabilities(api);
    this.fence = new WpsWriteFence(api.now);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return worksheets(this.api)
      .filter((s) => s.Name !== MARKS_SHEET)
      .map((s) => {
        const used = usedArea(s);
        return { name: s.Name, rows: used.rows, columns: used.columns, ours: isOurSheet(s.Name) };
      });
  }

  async readSheet(name: string, onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<Grid> {
    return readSheetGrid(this.api, name, { onProgress, signal });
  }

  /** Reads only the given rows (live checks). */
  async readRows(sheet: string, rows: readonly number[], firstColumn: number, columns: number) {
    return readRows(this.api, sheet, rows, firstColumn, columns);
  }

  async writeRegisterSheet(register: AnyRegister): Promise<string> {
    return this.fence.around(() => writeRegister(this.api, register, this.capabilities.dropdowns));
  }

  async markFindings(findings: readonly Finding[]): Promise<MarkOutcome> {
    return this.fence.around(() => markFindings(this.api, findings));
  }

  async clearMarks(): Promise<void> {
    this.fence.around(() => clearMarks(this.api));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const ws = findSheet(this.api, sheet);
    if (!ws) return;
    ws.Activate();
    ws.Range(address).Select();
  }

  /** 改为 …: one cell as text, inside the fence so the live check does not take it for the user's edit. */
  async writeCell(sheet: string, address: string, value: string): Promise<void> {
    this.fence.around(() => writeTextCell(this.api, sheet, address, value));
  }

  async readSettings(): Promise<SettingsRead> {
    const values = sheetValues(this.api, SETTINGS_SHEET_NAME);
    if (!values) return { settings: defaultSettings(), found: false, findings: [] };
    const grid: Grid = { sheet: SETTINGS_SHEET_NAME, firstRow: 1, firstColumn: 1, rows: values };
    return { ...settingsFromGrid(grid), found: true };
  }

  async writeSettings(settings: Settings): Promise<void> {
    const doc: SheetDocument = { name: SETTINGS_SHEET_NAME, rows: settingsToRows(settings), boldRows: [0], widths: [22, 40, 28] };
    this.fence.around(() => writeDocumentSheet(this.api, doc, true));
  }

  async writeReportSheet(doc: SheetDocument): Promise<string> {
    return this.fence.around(() => writeDocumentSheet(this.api, doc));
  }

  /** The save dialog and a binary write; where this WPS cannot, the pane writes a print-ready sheet instead. */
  async deliverFile(file: DeliverableFile): Promise<DeliveryOutcome> {
    const saved = saveFile(this.api.app, file);
    if (saved === 'unsupported') return { path: 'sheet', message: WPS_MSG.useSheet };
    if (saved === 'cancelled') return { path: 'download', message: WPS_MSG.saveCancelled };
    return { path: 'download', message: WPS_MSG.saved(saved.path) };
  }

  async watchChanges(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<() => Promise<void>> {
    return watchSheetChanges(this.api, this.fence, sheets, onChange);
  }

  async selectedRow(): Promise<{ sheet: string; row: number } | null> {
    const cell = this.api.app.ActiveCell;
    return cell ? { sheet: cell.Worksheet.Name, row: cell.Row } : null;
  }
}
