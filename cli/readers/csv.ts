import * as iconv from 'iconv-lite';
import { CellValue, Grid } from '../../core/grid';
import { Finding } from '../../core/findings';
import { readerMessages } from './messages';

/** The text of a CSV file and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/**
 * Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 (a superset of GBK,
 * what Chinese Excel and WPS write by default) whenever the bytes are not valid UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Picks the delimiter from the first line: tab (Excel "Unicode text"), semicolon, or comma. */
function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  const count = (ch: string) => first.split(ch).length - 1;
  const tabs = count('\t');
  const commas = count(',');
  const semis = count(';');
  if (tabs > commas && tabs >= semis) return '\t';
  if (semis > commas) return ';';
  return ',';
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
  let quoteStartRow: number | undefined;
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
      quoteStartRow = rows.length + 1;
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
        i = n;
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

/** Reads CSV bytes into a Grid named after the file; every value stays text (CSV has no types). */
export function readCsvBytes(bytes: Uint8Array, sheetName: string): { grid: Grid; findings: Finding[] } {
  const findings: Finding[] = [];
  const decoded = decodeCsvBytes(bytes);
  if (decoded.encoding === 'gb18030') {
    findings.push({ sheet: sheetName, row: null, column: null, field: null, severity: 'info', code: 'file.encoding.gbk', message: readerMessages.csvGbk });
  }
  const parsed = parseCsv(decoded.text);
  if (parsed.unclosedQuoteRow !== undefined) {
    findings.push({
      sheet: sheetName, row: parsed.unclosedQuoteRow, column: null, field: null, severity: 'warning',
      code: 'csv.quote.unclosed', message: readerMessages.csvUnclosedQuote(parsed.unclosedQuoteRow),
    });
  }
  const rows: CellValue[][] = parsed.rows.map((r) => r.map((v) => (v === '' ? null : v)));
  return { grid: { sheet: sheetName, rows, firstRow: 1, firstColumn: 1, dateSystem: '1900' }, findings };
}
