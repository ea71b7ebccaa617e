import type { Grid } from '../grid';
import type { Finding, FindingCode } from '../findings';
import { GridBuilder } from './gridBuilder';
import { READER_LIMITS, type ReaderLimits } from './limits';
import { workbookMessages as M } from './messages';

/** The text of a CSV file, the encoding it was read in, and what the decoding had to say. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  findings?: Array<{ code: FindingCode; severity: 'info' | 'warning'; message: string }>;
}

function decode(encoding: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes CSV bytes the way Chinese offices save them: UTF-8 (with or without BOM), UTF-16 with BOM,
 * otherwise GB18030 (a superset of GBK, what Chinese Excel and WPS write). A UTF-8 BOM followed by bytes
 * that are not UTF-8 is read as GB18030 too; bytes valid in neither are replaced, with a warning.
 * TextDecoder knows GB18030 in browsers and in Node (full ICU), so both faces decode alike.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = decode('utf-8', body, true);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = decode('gb18030', body, true);
  if (gb !== undefined) {
    return {
      text: gb,
      encoding: 'gb18030',
      findings: [
        {
          code: bom ? 'file.encoding.bomMismatch' : 'file.encoding.gbk',
          severity: bom ? 'warning' : 'info',
          message: bom ? M.csvBomNotUtf8 : M.csvGbk,
        },
      ],
    };
  }
  const text = new TextDecoder('utf-8').decode(body);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return { text, encoding: 'utf-8', findings: [{ code: 'file.encoding.invalid', severity: 'warning', message: M.csvUndecodable(bad) }] };
}

const DELIMITERS = [',', '\t', ';'] as const;

/** The first records of the text (up to `max`), each as its count of each candidate delimiter outside quotes. */
function sampleCounts(text: string, max = 30): Array<Record<string, number>> {
  const out: Array<Record<string, number>> = [];
  let counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  let blank = true;
  const end = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < end && out.length < max; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (!blank) out.push(counts);
      counts = { ',': 0, '\t': 0, ';': 0 };
      blank = true;
      continue;
    } else if (!quoted && c in counts) counts[c]++;
    if (c.trim() !== '') blank = false;
  }
  if (!blank && out.length < max) out.push(counts);
  return out;
}

/**
 * Picks the delimiter (comma, tab or semicolon) the header and data rows agree on — not whatever a title
 * line above them happens to contain: for each candidate, the number of fields most records share, and how
 * many records share it; most records first, then most fields; ties go to the comma.
 */
export function detectDelimiter(text: string): string {
  const sample = sampleCounts(text);
  let best: { d: string; records: number; fields: number } = { d: ',', records: 0, fields: 0 };
  for (const d of DELIMITERS) {
    const tally = new Map<number, number>();
    for (const counts of sample) if (counts[d] > 0) tally.set(counts[d], (tally.get(counts[d]) ?? 0) + 1);
    for (const [fields, records] of tally) {
      if (records > best.records || (records === best.records && fields > best.fields)) best = { d, records, fields };
    }
  }
  return best.d;
}

/**
 * Splits CSV text into rows of strings (RFC 4180 quoting; CRLF, LF and lone CR all end a row).
 * Returns the row number where an unclosed quote began, if any.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): { rows: string[][]; unclosedQuoteRow?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // Quoted field: runs to the next lone quote; doubled quotes are literal.
      const quoteStartRow = rows.length + 1;
      i++;
      let closed = false;
      let start = i;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q < 0) break;
        if (text[q + 1] === '"') {
          field += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        field += text.slice(start);
        endRow();
        return { rows, unclosedQuoteRow: quoteStartRow };
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain run up to the next special character.
      let j = i;
      while (j < n) {
        const c = text[j];
        if (c === delimiter || c === '\r' || c === '\n') break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows };
}

/**
 * CSV text as one Grid named `sheetName`: every value stays text (CSV has no types), empty fields are
 * null, trailing blank lines (an export artefact) are dropped, and the reader's limits apply as to a sheet.
 */
export function readCsvText(text: string, sheetName: string, limits: ReaderLimits = READER_LIMITS): { grid: Grid; findings: Finding[] } {
  const findings: Finding[] = [];
  const parsed = parseCsv(text);
  if (parsed.unclosedQuoteRow !== undefined) {
    const row = parsed.unclosedQuoteRow;
    findings.push({
      sheet: sheetName,
      row,
      column: null,
      field: null,
      severity: 'warning',
      code: 'csv.quote.unclosed',
      message: M.csvUnclosedQuote(row),
    });
  }
  const builder = new GridBuilder(sheetName, findings, limits, { used: 0, file: sheetName });
  parsed.rows.forEach((fields, i) => {
    for (let j = 0; j < fields.length; j++) if (fields[j] !== '') builder.set(i + 1, j + 1, fields[j]);
  });
  const grid = builder.finish({ dateSystem: '1900' });
  // Rows of only blanks stay in the grid (row numbers must match the file); only trailing ones go.
  const rows = grid.rows as Array<ReadonlyArray<unknown>>;
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) rows.pop();
  return { grid: { sheet: sheetName, rows: grid.rows, firstRow: 1, firstColumn: 1, dateSystem: '1900' }, findings };
}

/** CSV bytes as one Grid: decoded (see decodeCsvBytes), then read as readCsvText; the decoding's notes come first. */
export function readCsvBytes(
  bytes: Uint8Array,
  sheetName: string,
  limits: ReaderLimits = READER_LIMITS,
): { grid: Grid; findings: Finding[]; encoding: DecodedText['encoding'] } {
  const decoded = decodeCsvBytes(bytes);
  const read = readCsvText(decoded.text, sheetName, limits);
  const notes: Finding[] = (decoded.findings ?? []).map((f) => ({ sheet: sheetName, row: null, column: null, field: null, ...f }));
  return { grid: read.grid, findings: [...notes, ...read.findings], encoding: decoded.encoding };
}
