/**
 * A printable sheet described as data: each form (移交表, 确认单, 告知书) and the annual tables are
 * built once as a `SheetDocument`; the .xlsx writer (reports/render/xlsx/sheetDocument.ts) and each
 * host (Excel range, the page's workbook) only write it. Pure: no exceljs, no Office.js.
 */
import { columnLetter } from '../../core/grid';
import { PRECONDITION_TEXT } from './messages';
import { estimateLines } from './textMeasure';

/** A cell of a print-ready or report sheet. Strings are always written as text, never as formulas. */
export type DocCell = string | number | null | { date: string /* CalendarDate */ };

/** How some cells look beyond the whole-row flags: a title's size, centred headings, right-aligned signatures. */
export interface CellStyle {
  /** A1 notation, one cell (`A1`) or a rectangle (`A5:J5`). */
  range: string;
  bold?: boolean;
  /** Font size in points (the sheet's default otherwise). */
  size?: number;
  align?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
}

/** A sheet described as data, so every host writes it the same way (Excel range, exceljs worksheet). */
export interface SheetDocument {
  /** Preferred sheet name; hosts add ` (2)` etc. when it exists. */
  name: string;
  /** rows[i][j] starts at A1. */
  rows: DocCell[][];
  /** Merged ranges in A1 notation. */
  merges?: string[];
  /** Rows (0-based indexes) drawn bold, e.g. titles and table headers. */
  boldRows?: number[];
  /** Rows (0-based) with borders around every cell: the table body. */
  borderedRows?: { from: number; to: number };
  /** Ranges (A1 notation) with borders around every cell, when the tables are not one block of rows. */
  bordered?: string[];
  /** Wrap long texts inside their cells (notices). */
  wrapText?: boolean;
  /** Column widths in characters. */
  widths?: number[];
  /** Styles of single cells or ranges, applied in order after the row flags. */
  styles?: CellStyle[];
  /** Row heights in points, by 0-based row (wrapped paragraphs, titles). */
  heights?: Array<{ row: number; points: number }>;
  /** Page setup for printing; `header` is printed at the top of every page (a draft's 草稿 line). */
  print?: {
    landscape?: boolean;
    repeatRows?: { from: number; to: number };
    fitToWidth?: boolean;
    header?: string;
    /** An official form: A4 margins, centred on the page, `第 X 页 共 Y 页` in the footer, no gridlines. */
    form?: boolean;
    /** The print area (A1 notation), when the sheet holds more than the form. */
    area?: string;
  };
}

/** A1 address of a 0-based (row, column). */
export function cellAddress(row0: number, col0: number): string {
  return `${columnLetter(col0 + 1)}${row0 + 1}`;
}

/** A1 range of 0-based corners (one cell when both corners are the same). */
export function rangeAddress(row0: number, col0: number, lastRow0: number, lastCol0: number): string {
  const from = cellAddress(row0, col0);
  const to = cellAddress(lastRow0, lastCol0);
  return from === to ? from : `${from}:${to}`;
}

/** Moves an A1 cell or range down by `rows`. */
function shiftRange(range: string, rows: number): string {
  return range.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => `${col}${Number(row) + rows}`);
}

/**
 * Several documents one below the other on one sheet (a batch of notices on the sheet a host
 * writes), `gap` empty rows apart; merges, styles and heights move with their rows.
 */
export function stackSheetDocuments(name: string, docs: readonly SheetDocument[], gap = 2): SheetDocument {
  const out: Required<Pick<SheetDocument, 'rows' | 'merges' | 'boldRows' | 'bordered' | 'styles' | 'heights' | 'widths'>> = {
    rows: [],
    merges: [],
    boldRows: [],
    bordered: [],
    styles: [],
    heights: [],
    widths: [],
  };
  let wrap = false;
  docs.forEach((doc, i) => {
    if (i > 0) for (let g = 0; g < gap; g++) out.rows.push([]);
    const top = out.rows.length;
    out.rows.push(...doc.rows.map((r) => [...r]));
    out.merges.push(...(doc.merges ?? []).map((m) => shiftRange(m, top)));
    out.boldRows.push(...(doc.boldRows ?? []).map((r) => r + top));
    out.bordered.push(...(doc.bordered ?? []).map((b) => shiftRange(b, top)));
    if (doc.borderedRows) {
      const width = Math.max(1, ...doc.rows.map((r) => r.length));
      out.bordered.push(rangeAddress(doc.borderedRows.from + top, 0, doc.borderedRows.to + top, width - 1));
    }
    out.styles.push(...(doc.styles ?? []).map((s) => ({ ...s, range: shiftRange(s.range, top) })));
    out.heights.push(...(doc.heights ?? []).map((h) => ({ row: h.row + top, points: h.points })));
    (doc.widths ?? []).forEach((w, j) => (out.widths[j] = Math.max(out.widths[j] ?? 0, w)));
    wrap ||= doc.wrapText === true;
  });
  const first = docs[0]?.print;
  const header = docs.map((d) => d.print?.header).find((h) => h !== undefined);
  return {
    name,
    ...out,
    ...(wrap ? { wrapText: true } : {}),
    ...(first
      ? { print: { landscape: first.landscape, fitToWidth: first.fitToWidth, form: first.form, ...(header ? { header } : {}) } }
      : {}),
  };
}

/**
 * Page setup of an official form: A4, fitted to one page wide, `repeatRows` on every page, printed
 * over `area`; a draft carries the 草稿 line in the header of every page.
 */
export function formPrint(options: {
  landscape?: boolean;
  repeatRows: { from: number; to: number };
  area: string;
  draft: boolean;
}): NonNullable<SheetDocument['print']> {
  const { landscape, repeatRows, area, draft } = options;
  return {
    ...(landscape ? { landscape } : {}),
    repeatRows,
    fitToWidth: true,
    form: true,
    area,
    ...(draft ? { header: PRECONDITION_TEXT.draftHeader } : {}),
  };
}

/** Height in points of a row whose text wraps across `widthPt` (11 pt text unless said). */
export function wrappedRowHeight(text: string, widthPt: number, fontSize = 11): number {
  return estimateLines(text, widthPt, fontSize) * fontSize * 1.45 + 4;
}

/** A form's title line: a draft says so in the title too (草稿 on screen, not only on paper). */
export function formTitle(title: string, draft: boolean): string {
  return draft ? `${title}（${PRECONDITION_TEXT.draftHeader}）` : title;
}
