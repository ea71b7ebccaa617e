import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { Grid } from '../../core/grid';
import { Finding } from '../../core/findings';
import { READER_LIMITS, readCsvBytes, readWorkbook, sortSheets, type RawInflate } from '../../core/workbook';
import { sniffFile } from './sniff';
import { readerMessages } from './messages';

/** A ledger file read into Grids, or why it cannot be used (Chinese; the CLI exits 2). */
export type ReadResult =
  | { ok: true; grids: Grid[]; findings: Finding[]; settingsSheet?: Grid; extraSheets: Record<string, Grid> }
  | { ok: false; message: string };

export interface ReadOptions {
  /** Called now and then with the number of rows read so far (for a progress bar). */
  onProgress?: (rows: number) => void;
}

/** Node's native inflater, capped: zlib throws a RangeError instead of producing more than `maxBytes`. */
const nodeInflate: RawInflate = (compressed, maxBytes) => zlib.inflateRawSync(compressed, { maxOutputLength: maxBytes });

/**
 * Reads an .xlsx or .csv ledger without ever writing to it; unusable files give `{ ok: false, message }`.
 * The bytes go to the one reader of core/workbook, the same the offline page uses.
 */
export async function readLedgerFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, message: readerMessages.notFound(file) };
  }
  if (!stat.isFile()) return { ok: false, message: readerMessages.notAFile(file) };
  if (stat.size > READER_LIMITS.maxFileBytes)
    return { ok: false, message: readerMessages.tooLarge(name, Math.round(READER_LIMITS.maxFileBytes / 1024 / 1024)) };
  let kind;
  let bytes: Uint8Array;
  try {
    kind = sniffFile(file);
    bytes = kind === 'text' || kind === 'xlsx' ? fs.readFileSync(file) : new Uint8Array(0);
  } catch (e) {
    return { ok: false, message: readerMessages.unreadable(name, e instanceof Error ? e.message : String(e)) };
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
      const { grid, findings } = readCsvBytes(bytes, name);
      return { ok: true, grids: [grid], findings, extraSheets: {} };
    }
    case 'xlsx': {
      const read = readWorkbook(bytes, { fileName: name, onProgress: options.onProgress, inflate: nodeInflate });
      if (!read.ok) return { ok: false, message: read.message };
      const sorted = sortSheets(read.sheets, read.findings);
      return {
        ok: true,
        grids: sorted.grids,
        findings: sorted.findings,
        settingsSheet: sorted.settingsSheet,
        extraSheets: sorted.extraSheets,
      };
    }
  }
}
