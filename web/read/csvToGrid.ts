import type { CellValue, Grid } from '../../core/grid';
import type { Finding } from '../../core/findings';
import { messages } from '../messages';

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  return parseCsvDetailed(text, delimiter).rows;
}

/** parseCsv, plus the row (1-based) where a quote that never closes began. */
export function parseCsvDetailed(text: string, delimiter = detectDelimiter(text)): { rows: string[][]; unclosedQuoteRow?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteRow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteRow = rows.length + 1;
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return quoted ? { rows, unclosedQuoteRow: quoteRow } : { rows };
}

/** Comma unless the first line has more tabs or semicolons (some exports use them). */
export function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const count = (ch: string): number => first.split(ch).length - 1;
  const candidates: Array<[string, number]> = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

/**
 * A CSV file as one Grid named after the file. Every value stays text (CSV has no types);
 * empty fields become null so blank cells look the same as in a workbook.
 */
export function csvToGrid(text: string, sheetName: string): Grid {
  return readCsvText(text, sheetName).grid;
}

/** csvToGrid, plus the reader's finding for a quote that never closes (worded as the CLI reader's). */
export function readCsvText(text: string, sheetName: string): { grid: Grid; findings: Finding[] } {
  const detailed = parseCsvDetailed(text);
  const parsed = detailed.rows;
  // Trailing fully empty lines are an artefact of the export, not rows of the ledger.
  while (parsed.length > 0 && parsed[parsed.length - 1].every((f) => f.trim() === '')) parsed.pop();
  const rows: CellValue[][] = parsed.map((r) => r.map((f) => (f === '' ? null : f)));
  const grid: Grid = { sheet: sheetName, rows, firstRow: 1, firstColumn: 1, dateSystem: '1900' };
  const findings: Finding[] = [];
  const row = detailed.unclosedQuoteRow;
  if (row !== undefined) {
    findings.push({ sheet: sheetName, row, column: null, field: null, severity: 'warning', code: 'csv.quote.unclosed', message: messages.csvUnclosedQuote(row) });
  }
  return { grid, findings };
}
