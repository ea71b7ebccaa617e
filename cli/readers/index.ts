import * as fs from 'node:fs';
import * as path from 'node:path';
import { Grid } from '../../core/grid';
import { Finding } from '../../core/findings';
import { sniffFile } from './sniff';
import { readCsvBytes } from './csv';
import { readXlsxSheets } from './xlsx';
import { readerMessages } from './messages';

/** A ledger file read into Grids, or why it cannot be used (Chinese; the CLI exits 2). */
export type ReadResult =
  | { ok: true; grids: Grid[]; findings: Finding[]; settingsSheet?: Grid; extraSheets: Record<string, Grid> }
  | { ok: false; message: string };

/** The workbook's settings sheet (contracts: settings travel with the workbook). */
export const SETTINGS_SHEET = '设置';
/** Sheets that hold inputs or our own output rather than a ledger: returned apart, never validated as registers. */
export const EXTRA_SHEETS: readonly string[] = ['年报补充', '节假日调整', '代码表', '检查结果'];

export interface ReadOptions {
  /** Called now and then with the number of rows read so far (for a progress bar). */
  onProgress?: (rows: number) => void;
}

/** Reads an .xlsx or .csv ledger without ever writing to it; unusable files give `{ ok: false, message }`. */
export async function readLedgerFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, message: readerMessages.notFound(file) };
  }
  if (!stat.isFile()) return { ok: false, message: readerMessages.notAFile(file) };
  let kind;
  try {
    kind = sniffFile(file);
  } catch (e) {
    return { ok: false, message: readerMessages.unreadable(name, errorText(e)) };
  }
  switch (kind) {
    case 'empty':
      return { ok: false, message: readerMessages.empty(name) };
    case 'ole2-xls':
      return { ok: false, message: readerMessages.xls(name) };
    case 'ole2-encrypted':
      return { ok: false, message: readerMessages.encrypted(name) };
    case 'ole2-other':
      return { ok: false, message: readerMessages.ole2Other(name) };
    case 'zip-truncated':
      return { ok: false, message: readerMessages.truncatedZip(name) };
    case 'unknown':
      return { ok: false, message: readerMessages.unknownFormat(name) };
    case 'text': {
      const { grid, findings } = readCsvBytes(fs.readFileSync(file), name);
      return { ok: true, grids: [grid], findings, extraSheets: {} };
    }
    case 'xlsx':
      return readXlsx(file, name, options);
  }
}

async function readXlsx(file: string, name: string, options: ReadOptions): Promise<ReadResult> {
  let read;
  try {
    read = await readXlsxSheets(file, options.onProgress);
  } catch (e) {
    return { ok: false, message: readerMessages.corruptXlsx(name, errorText(e)) };
  }
  if (read.sheets.length === 0) return { ok: false, message: readerMessages.notXlsx(name) };
  const grids: Grid[] = [];
  const extraSheets: Record<string, Grid> = {};
  let settingsSheet: Grid | undefined;
  for (const sheet of read.sheets) {
    const trimmed = sheet.name.trim();
    if (trimmed === SETTINGS_SHEET) settingsSheet = sheet.grid;
    else if (EXTRA_SHEETS.includes(trimmed)) extraSheets[trimmed] = sheet.grid;
    else grids.push(sheet.grid);
  }
  const dataSheets = new Set(grids.map((g) => g.sheet));
  const findings = read.findings.filter((f) => dataSheets.has(f.sheet));
  return { ok: true, grids, findings, settingsSheet, extraSheets };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
