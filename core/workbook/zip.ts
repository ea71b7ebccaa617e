import { Inflate } from 'fflate';
import { UnreadableWorkbook } from './errors';
import { workbookMessages as M } from './messages';
import type { ReaderLimits } from './limits';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/**
 * Inflates raw deflate data whole, never producing more than `maxBytes` (it throws instead). The CLI passes
 * Node's native zlib (`inflateRawSync` with `maxOutputLength`), several times faster than fflate; the page
 * uses fflate's streaming inflater, the default.
 */
export type RawInflate = (compressed: Uint8Array, maxBytes: number) => Uint8Array;

/** A zip opened by its central directory: entries by name, read in any order. */
export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly inflate?: RawInflate;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Inflated bytes handed out so far, against the workbook-wide limit. */
  inflated: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// A zip ends with its end-of-central-directory record, after at most a 65,535-byte comment.
const EOCD_WINDOW = 22 + 65_535;
// Compressed bytes fed to the inflater at a time: bounds what one step can inflate to (≈ 1,032 × this).
const INPUT_STEP = 16 * 1024;
// Inflated bytes handed on at a time when an entry was inflated whole.
const OUTPUT_STEP = 256 * 1024;

/** True when the bytes end with a zip's end-of-central-directory record (a complete zip). */
export function hasCentralDirectory(bytes: Uint8Array): boolean {
  return findEocd(bytes) >= 0;
}

function findEocd(bytes: Uint8Array): number {
  const view = viewOf(bytes);
  const stop = Math.max(0, bytes.length - EOCD_WINDOW);
  for (let i = bytes.length - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** Reads the central directory (zip64 too); a missing or inconsistent directory is an UnreadableWorkbook. */
export function openZip(bytes: Uint8Array, file: string, inflate?: RawInflate): ZipArchive {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new UnreadableWorkbook('zip.truncated', M.truncatedZip(file));
  const view = viewOf(bytes);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = u64(view, eocd - 12);
    if (at + 56 <= bytes.length && view.getUint32(at, true) === EOCD64) {
      count = u64(view, at + 32);
      offset = u64(view, at + 48);
    }
  }
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL)
      throw new UnreadableWorkbook('zip.truncated', M.truncatedZip(file));
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    let localOffset = view.getUint32(offset + 42, true);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw new UnreadableWorkbook('zip.truncated', M.truncatedZip(file));
    // Zip64: the real sizes and offset sit in extra field 0x0001, in this order, for each that is 0xFFFFFFFF.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength;) {
      const id = view.getUint16(x, true);
      const len = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let p = x + 4;
        if (size === 0xffffffff && p + 8 <= x + 4 + len) {
          size = u64(view, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= x + 4 + len) {
          compressedSize = u64(view, p);
          p += 8;
        }
        if (localOffset === 0xffffffff && p + 8 <= x + 4 + len) localOffset = u64(view, p);
      }
      x += 4 + len;
    }
    // Some writers put Windows separators in names; a workbook's parts are always found by '/' paths.
    const name = names
      .decode(bytes.subarray(offset + 46, nameEnd))
      .replace(/\\/g, '/')
      .replace(/^\//, '');
    const entry: ZipEntry = {
      name,
      method: view.getUint16(offset + 10, true),
      encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      compressedSize,
      size,
      localOffset,
    };
    if (!entries.has(name)) entries.set(name, entry);
    offset = nameEnd + extraLength + commentLength;
  }
  return { bytes, entries, inflated: 0, inflate };
}

/** The entry named `name`, matched exactly, else ignoring case (zip names are case-sensitive, some writers are not). */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  const exact = zip.entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, entry] of zip.entries) if (key.toLowerCase() === lower) return entry;
  return undefined;
}

/**
 * Inflates one entry piece by piece into `onData`, counting real inflated bytes (never the sizes the zip
 * declares) against the per-entry, workbook-wide and compression-ratio limits.
 */
export function inflateEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  file: string,
  limits: ReaderLimits,
  onData: (chunk: Uint8Array) => void,
): void {
  const { bytes } = zip;
  const view = viewOf(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new UnreadableWorkbook('zip.truncated', M.truncatedZip(file));
  if (entry.encrypted) throw new UnreadableWorkbook('zip.encrypted', M.encrypted(file, entry.name));
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new UnreadableWorkbook('zip.truncated', M.truncatedZip(file));
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  if (entry.size > limits.maxEntryBytes)
    throw new UnreadableWorkbook('zip.entry.tooLarge', M.entryTooLarge(file, entry.name, mb(limits.maxEntryBytes)));
  let produced = 0;
  let consumed = 0;
  const count = (chunk: Uint8Array) => {
    produced += chunk.length;
    zip.inflated += chunk.length;
    if (produced > limits.maxEntryBytes)
      throw new UnreadableWorkbook('zip.entry.tooLarge', M.entryTooLarge(file, entry.name, mb(limits.maxEntryBytes)));
    if (zip.inflated > limits.maxTotalBytes)
      throw new UnreadableWorkbook('zip.total.tooLarge', M.totalTooLarge(file, mb(limits.maxTotalBytes)));
    if (produced > limits.ratioCheckAfterBytes && produced / Math.max(consumed, 1) > limits.maxCompressionRatio) {
      throw new UnreadableWorkbook('zip.bomb', M.zipBomb(file, entry.name, limits.maxCompressionRatio));
    }
    if (chunk.length > 0) onData(chunk);
  };
  if (entry.method === 0) {
    for (let p = start; p < end; p += INPUT_STEP) {
      consumed = Math.min(end, p + INPUT_STEP) - start;
      count(bytes.subarray(p, Math.min(end, p + INPUT_STEP)));
    }
    return;
  }
  if (entry.method !== 8) throw new UnreadableWorkbook('zip.compression', M.compression(file, entry.name, entry.method));
  if (zip.inflate) {
    if (start === end) return;
    // Whole-entry inflation, capped before it starts by the tightest of the three limits.
    const byRatio = Math.max(limits.ratioCheckAfterBytes, entry.compressedSize * limits.maxCompressionRatio);
    const byEntry = limits.maxEntryBytes;
    const byTotal = limits.maxTotalBytes - zip.inflated;
    const cap = Math.min(byRatio, byEntry, byTotal);
    const overCap = () =>
      cap === byEntry
        ? new UnreadableWorkbook('zip.entry.tooLarge', M.entryTooLarge(file, entry.name, mb(limits.maxEntryBytes)))
        : cap === byTotal
          ? new UnreadableWorkbook('zip.total.tooLarge', M.totalTooLarge(file, mb(limits.maxTotalBytes)))
          : new UnreadableWorkbook('zip.bomb', M.zipBomb(file, entry.name, limits.maxCompressionRatio));
    let out: Uint8Array;
    try {
      out = zip.inflate(bytes.subarray(start, end), cap + 1);
    } catch (e) {
      // By name, not instanceof: the inflater's RangeError may come from another realm (Node internals under jest).
      if ((e as { name?: unknown } | null)?.name === 'RangeError') throw overCap();
      throw new UnreadableWorkbook('zip.corrupt', M.corrupt(file, entry.name, e instanceof Error ? e.message : String(e)));
    }
    if (out.length > cap) throw overCap();
    consumed = entry.compressedSize;
    for (let p = 0; p < out.length; p += OUTPUT_STEP) count(out.subarray(p, Math.min(out.length, p + OUTPUT_STEP)));
    return;
  }
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    count(chunk);
    if (final) finished = true;
  });
  try {
    if (start === end) inflater.push(new Uint8Array(0), true);
    for (let p = start; p < end; p += INPUT_STEP) {
      consumed = Math.min(end, p + INPUT_STEP) - start;
      inflater.push(bytes.subarray(p, Math.min(end, p + INPUT_STEP)), p + INPUT_STEP >= end);
    }
  } catch (e) {
    // fflate's own errors carry a numeric code; anything else comes from onData and is passed on.
    if (!(e instanceof Error) || typeof (e as { code?: unknown }).code !== 'number') throw e;
    throw new UnreadableWorkbook('zip.corrupt', M.corrupt(file, entry.name, e instanceof Error ? e.message : String(e)));
  }
  if (!finished) throw new UnreadableWorkbook('zip.corrupt', M.corrupt(file, entry.name, '压缩数据不完整'));
}
