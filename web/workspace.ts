/**
 * The files open at once on the page (catalogue, applications, appeals, a settings copy …): each
 * parsed once and kept under its own sheet names, and the one view of them every check, report and
 * form uses. With one file open its sheets keep their names; with several they are named
 * `文件名 › 工作表`, so two files may both have a `Sheet1` and the clerk still knows which is which.
 */
import type { Grid } from '../core/grid';
import type { Finding } from '../core/findings';
import { effectiveSettings } from '../core/settings/fromGrid';
import { SETTINGS_SHEET } from '../core/workbook/sheets';
import type { SheetInfo } from '../pane/host';
import type { OpenedFile, WorkspaceSummary } from './protocol';
import { messages } from './messages';

/** Between the file's name and the sheet's in the names the pane shows. */
export const SHEET_SEPARATOR = ' › ';

/** One open file as the worker keeps it: its bytes and its sheets under their own names. */
export interface WorkspaceFile {
  /** Sheets under their own names (`sheets[i].name` is the name inside the file). */
  readonly file: OpenedFile;
  readonly bytes: Uint8Array;
  readonly grids: readonly Grid[];
  settingsSheet?: Grid;
  readonly extraSheets: Readonly<Record<string, Grid>>;
}

/** `文件名 › 工作表`: a sheet's name among several open files. */
export function qualifiedName(fileName: string, sheet: string): string {
  return `${fileName}${SHEET_SEPARATOR}${sheet}`;
}

/** The open files, in the order they were opened. */
export class Workspace {
  private files: WorkspaceFile[] = [];

  /** Adds a file; one of the same name is replaced where it stood (its place decides whose 设置 wins). */
  add(file: WorkspaceFile): void {
    const i = this.files.findIndex((f) => f.file.fileName === file.file.fileName);
    if (i >= 0) this.files = this.files.map((f, j) => (j === i ? file : f));
    else this.files = [...this.files, file];
  }

  /** Takes a file out; false when no such file was open. */
  remove(fileName: string): boolean {
    const before = this.files.length;
    this.files = this.files.filter((f) => f.file.fileName !== fileName);
    return this.files.length < before;
  }

  get size(): number {
    return this.files.length;
  }

  /** The open files, in the order they were opened. */
  list(): readonly WorkspaceFile[] {
    return this.files;
  }

  /** The file of that name, if open. */
  file(fileName: string): WorkspaceFile | undefined {
    return this.files.find((f) => f.file.fileName === fileName);
  }

  /** The name the pane uses for a sheet of `file`: its own with one file open, `文件名 › 工作表` with several. */
  displayName(file: WorkspaceFile, sheet: string): string {
    return this.files.length > 1 ? qualifiedName(file.file.fileName, sheet) : sheet;
  }

  /** Every ledger grid of every file (设置 and the extra sheets left out), under the pane's names. */
  grids(): Grid[] {
    return this.files.flatMap((f) => f.grids.map((g) => this.named(f, g)));
  }

  /** The readers' findings of every file, their sheets under the pane's names. */
  readerFindings(): Finding[] {
    return this.files.flatMap((f) => this.opened(f).findings);
  }

  /** A ledger, 设置 or extra sheet by the pane's name. */
  sheet(name: string): Grid | undefined {
    for (const f of this.files) {
      const own = this.ownName(f, name);
      if (own === undefined) continue;
      // As sortSheets sorts them: the 设置 sheet by its name first, a second 设置 is a ledger.
      const found =
        (own === SETTINGS_SHEET ? f.settingsSheet : undefined) ?? f.grids.find((g) => g.sheet === own) ?? f.extraSheets[own.trim()];
      if (found) return this.named(f, found);
    }
    return undefined;
  }

  /** The file whose 设置 sheet the checks use: the first opened that has one. */
  settingsFile(): WorkspaceFile | undefined {
    return this.files.find((f) => f.settingsSheet !== undefined);
  }

  /** The 设置 sheet the checks use, under the pane's name. */
  settingsSheet(): Grid | undefined {
    const f = this.settingsFile();
    return f?.settingsSheet ? this.named(f, f.settingsSheet) : undefined;
  }

  /** An extra sheet (年报补充 …) of the first file that has one. */
  extraSheet(name: string): Grid | undefined {
    for (const f of this.files) if (f.extraSheets[name]) return this.named(f, f.extraSheets[name]);
    return undefined;
  }

  /** One finding for each other 设置 sheet whose settings differ from the one used (the same settings twice are fine). */
  conflicts(): Finding[] {
    const used = this.settingsFile();
    if (!used?.settingsSheet) return [];
    const key = (grid: Grid) => JSON.stringify(effectiveSettings(undefined, grid).settings);
    const usedKey = key(used.settingsSheet);
    return this.files
      .filter((f) => f !== used && f.settingsSheet !== undefined && key(f.settingsSheet) !== usedKey)
      .map((f) => ({
        sheet: this.displayName(f, f.settingsSheet?.sheet ?? ''),
        row: null,
        column: null,
        field: null,
        severity: 'warning' as const,
        code: 'settings.conflict' as const,
        message: messages.settingsConflict(f.file.fileName, used.file.fileName),
      }));
  }

  /** The open files as the page lists them, sheets under the pane's names. */
  summary(): WorkspaceSummary {
    return {
      files: this.files.map((f) => this.opened(f)),
      settingsFrom: this.settingsFile()?.file.fileName,
      findings: this.conflicts(),
    };
  }

  /** One file as the page sees it: its sheets under the pane's names, its readers' findings too. */
  opened(f: WorkspaceFile): OpenedFile {
    const own = new Set(f.file.sheets.map((s) => s.name));
    const sheets: SheetInfo[] = f.file.sheets.map((s) => ({ ...s, name: this.displayName(f, s.name) }));
    const findings = f.file.findings.map((x) => (own.has(x.sheet) ? { ...x, sheet: this.displayName(f, x.sheet) } : x));
    return { ...f.file, sheets, findings };
  }

  private named(f: WorkspaceFile, grid: Grid): Grid {
    const sheet = this.displayName(f, grid.sheet);
    return sheet === grid.sheet ? grid : { ...grid, sheet };
  }

  /** The sheet's name inside `f` when `name` is one of `f`'s (by the pane's naming), else undefined. */
  private ownName(f: WorkspaceFile, name: string): string | undefined {
    if (this.files.length <= 1) return name;
    const prefix = qualifiedName(f.file.fileName, '');
    return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
  }
}
