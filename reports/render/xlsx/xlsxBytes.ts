// Bytes of the workbooks we write, made reproducible (the same input gives the same file) and always
// openable (no character XML 1.0 forbids, no cell over 32,767 characters).
import { cellText, needsCleaning } from './cellText';

/**
 * Sets every entry's modification time in a zip (an .xlsx) to one fixed DOS date, in place.
 * exceljs stamps each part with the time of writing, so the same register would otherwise give
 * different bytes every second; with this, the same input gives the same file (diffable, and the
 * offline page's register is byte for byte the CLI's). Walks the central directory, so bytes inside
 * compressed data are never mistaken for headers.
 */
export function fixZipTimes(zip: Uint8Array, dosDate = DOS_1980_01_01, dosTime = 0): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return zip; // not a zip we understand: leave it as it is
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return zip;
    view.setUint16(offset + 12, dosTime, true);
    view.setUint16(offset + 14, dosDate, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 <= zip.byteLength && view.getUint32(local, true) === LOCAL_SIGNATURE) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return zip;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
/** 1980-01-01, the first day a DOS date can hold: (year − 1980) << 9 | month << 5 | day. */
const DOS_1980_01_01 = (0 << 9) | (1 << 5) | 1;

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 65_535; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** A cell as far as cleaning needs it (structural, so no exceljs types here). */
interface CleanableCell {
  value: unknown;
  note?: unknown;
}

/** The smallest part of an exceljs workbook this module needs (kept structural: no exceljs types here). */
interface WritableWorkbook {
  created: Date;
  modified: Date;
  xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
  worksheets?: ReadonlyArray<{ eachRow(callback: (row: { eachCell(callback: (cell: CleanableCell) => void): void }) => void): void }>;
}

/** What cleaning changed in a workbook: characters removed, cells cut to 32,767 characters. */
export interface CleanReport {
  removed: number;
  truncated: number;
}

/**
 * Makes every text of an in-memory workbook writable, in place (see cellText): plain strings, rich
 * text runs, formula results, hyperlink texts and notes. Returns what it changed.
 */
export function cleanWorkbook(wb: WritableWorkbook): CleanReport {
  const report: CleanReport = { removed: 0, truncated: 0 };
  const clean = (text: string): string => {
    if (!needsCleaning(text)) return text;
    const t = cellText(text);
    report.removed += t.removed;
    if (t.truncatedFrom !== null) report.truncated++;
    return t.text;
  };
  const cleanValue = (value: unknown): unknown => {
    if (typeof value === 'string') return clean(value);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown };
    if (Array.isArray(v.richText)) return { ...v, richText: v.richText.map((run) => ({ ...run, text: clean(run.text) })) };
    if (typeof v.result === 'string') return { ...v, result: clean(v.result) };
    if (typeof v.text === 'string') return { ...v, text: clean(v.text) };
    return value;
  };
  for (const ws of wb.worksheets ?? []) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cleanValue(cell.value);
        if (value !== cell.value) cell.value = value;
        if (cell.note !== undefined) {
          const note = cleanValue(cell.note);
          if (note !== cell.note) cell.note = note;
        }
      }),
    );
  }
  return report;
}

/** Document date of every workbook we write: fixed, so the same input gives the same bytes. */
export const FIXED_DOCUMENT_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * Writes an in-memory exceljs workbook to bytes with fixed document dates and zip times, every text
 * cleaned first (cleanWorkbook); `onCleaned` hears what was changed, when anything was.
 */
export async function xlsxBytes(
  wb: WritableWorkbook,
  date: Date = FIXED_DOCUMENT_DATE,
  onCleaned?: (report: CleanReport) => void,
): Promise<Uint8Array> {
  const cleaned = cleanWorkbook(wb);
  if (onCleaned && (cleaned.removed > 0 || cleaned.truncated > 0)) onCleaned(cleaned);
  wb.created = date;
  wb.modified = date;
  const raw = await wb.xlsx.writeBuffer();
  return fixZipTimes(raw instanceof Uint8Array ? raw : new Uint8Array(raw));
}
