import type { Content, ContentTable, Margins, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ATTRIBUTES } from '../../../core/register/types';
import { BLANK, dateZh, periodZh } from '../format';
import { markDraft } from '../draft';
import { FORM_TEXT } from '../messages';
import { GRID_LAYOUT, OFFICIAL_STYLES, pageFooter } from '../../render/pdf/layout';
import { A4, FORM_FONT, sealArea } from '../pdfPage';
import { textWidth, wrapLines } from '../textMeasure';
import { TransferRow, TransferSheetModel } from './model';

/** Landscape A4 geometry of the transfer sheet, in points. */
export const TRANSFER_LAYOUT = {
  pageWidth: A4.height,
  pageHeight: A4.width,
  margins: [36, 36, 36, 44] as [number, number, number, number],
  fontSize: 9,
  /** Fixed widths; 信息名称 (index 2) takes the rest. */
  widths: [22, 112, 0, 96, 56, 40, 30, 24, 24, 56],
  /** Height of one text line at `fontSize` (the CJK font's ascent+descent is about 1.45 em). */
  lineHeight: 9 * 1.45,
  /** Cell padding top+bottom plus the rule. */
  rowChrome: 5,
  /** Title and header block on page 1. */
  firstPageHead: 104,
} as const;

/** GRID_LAYOUT pads 3 pt left and right. */
const CELL_PADDING = 6;
/** The 索引号 column widens up to this to keep every number on one line (信息名称 gives the room). */
const INDEX_COLUMN_MAX = 200;
const INDEX_COLUMN = 1;

/** Fixed column widths for these rows: 索引号 as wide as its longest number (within bounds), the rest as laid out. */
export function transferWidths(rows: readonly TransferRow[]): number[] {
  const L = TRANSFER_LAYOUT;
  // wrapLines keeps 2 % in hand for rounding in the PDF: the same margin here, so the number fits its line.
  const longest = Math.max(0, ...rows.map((r) => Math.ceil(textWidth(r.indexNo, L.fontSize) * 1.02 + 0.01)));
  return L.widths.map((w, i) => (i === INDEX_COLUMN ? Math.min(INDEX_COLUMN_MAX, Math.max(w, longest)) : w));
}

/** Content width of the 信息名称 column. */
export function titleColumnWidth(widths: readonly number[] = TRANSFER_LAYOUT.widths): number {
  const L = TRANSFER_LAYOUT;
  const usable = L.pageWidth - L.margins[0] - L.margins[2];
  const fixed = widths.reduce((a: number, b: number) => a + b, 0);
  return Math.floor(usable - fixed - widths.length * CELL_PADDING - (widths.length + 1));
}

/** Each cell of a row as its printed lines. */
export function rowLines(row: TransferRow, widths: readonly number[] = TRANSFER_LAYOUT.widths): string[][] {
  const L = TRANSFER_LAYOUT;
  const title = titleColumnWidth(widths);
  return rowTexts(row).map((t, i) => wrapLines(t, i === 2 ? title : widths[i], L.fontSize));
}

/** Height of one row (the tallest cell decides). */
export function rowHeight(row: TransferRow, widths: readonly number[] = TRANSFER_LAYOUT.widths): number {
  const L = TRANSFER_LAYOUT;
  return Math.max(...rowLines(row, widths).map((c) => c.length)) * L.lineHeight + L.rowChrome;
}

/**
 * Splits the rows into pages before layout so each page can carry its own count; estimates err
 * high, so a page never overflows (tests check the printed counts against the rows on each page).
 */
export function paginateRows(rows: readonly TransferRow[], widths: readonly number[] = transferWidths(rows)): TransferRow[][] {
  const L = TRANSFER_LAYOUT;
  const content = L.pageHeight - L.margins[1] - L.margins[3];
  const fixedPerPage = 2 * (L.lineHeight + L.rowChrome); // header row + page count row
  const pages: TransferRow[][] = [];
  let current: TransferRow[] = [];
  let room = content - L.firstPageHead - fixedPerPage;
  for (const row of rows) {
    const h = rowHeight(row, widths);
    if (h > room && current.length > 0) {
      pages.push(current);
      current = [];
      room = content - fixedPerPage;
    }
    current.push(row);
    room -= h;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** The pdfmake document definition of a transfer sheet (pure; rendered by reports/render/pdf). */
export function transferSheetDefinition(model: TransferSheetModel): TDocumentDefinitions {
  const widths = transferWidths(model.rows);
  const pages = paginateRows(model.rows, widths);
  const content: Content[] = [
    { text: FORM_TEXT.transferTitle, style: 'title' },
    headerBlock(model),
    ...pages.map((rows, i) => pageTable(rows, widths, i > 0)),
    closingBlock(model),
  ];
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [...TRANSFER_LAYOUT.margins],
    content,
    footer: pageFooter,
    defaultStyle: { font: FORM_FONT, fontSize: TRANSFER_LAYOUT.fontSize },
    styles: {
      ...OFFICIAL_STYLES,
      title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      th: { bold: true, alignment: 'center' },
      small: { fontSize: 9 },
    },
  };
  return model.draft ? markDraft(def) : def;
}

function headerBlock(model: TransferSheetModel): Content {
  const label = (k: string, v: string): TableCell => ({ text: [{ text: `${k}：`, bold: true }, v || BLANK] });
  return {
    table: {
      widths: ['*', '*'],
      body: [
        [label(FORM_TEXT.sender, model.sender), label(FORM_TEXT.receiver, model.receiver)],
        [label(FORM_TEXT.batchNo, model.batchNo), label(FORM_TEXT.transferDate, dateZh(model.transferDate))],
        [label(FORM_TEXT.period, periodZh(model.from, model.until, FORM_TEXT.periodOpen)), ''],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8] as Margins,
  };
}

function rowTexts(row: TransferRow): string[] {
  return [
    String(row.seq),
    row.indexNo,
    row.title,
    row.docNo,
    row.formedDate ?? '',
    row.attribute,
    row.medium,
    row.pages === undefined ? '' : String(row.pages),
    String(row.copies),
    row.remark,
  ];
}

const CENTRED = new Set([0, 4, 5, 6, 7, 8]);

function pageTable(rows: readonly TransferRow[], fixed: readonly number[], breakBefore: boolean): ContentTable {
  const widths = fixed.map((w, i) => (i === 2 ? '*' : w));
  const header: TableCell[] = FORM_TEXT.columns.map((c) => ({ text: c, style: 'th' }));
  const body: TableCell[][] = [header];
  for (const row of rows) body.push(rowLines(row, fixed).map((lines, i) => cell(lines, CENTRED.has(i))));
  if (rows.length === 0) {
    body.push([{ text: FORM_TEXT.emptyList, colSpan: 10, alignment: 'center' }, '', '', '', '', '', '', '', '', '']);
  }
  body.push([{ text: FORM_TEXT.pageCount(rows.length), colSpan: 10, alignment: 'right', bold: true }, '', '', '', '', '', '', '', '', '']);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: GRID_LAYOUT,
    ...(breakBefore ? { pageBreak: 'before' as const } : {}),
  };
}

/** A cell of ready-made lines (noWrap: pdfmake need not break them again). */
function cell(lines: string[], centred: boolean): TableCell {
  const align = centred ? { alignment: 'center' as const } : {};
  if (lines.length === 1) return { text: lines[0], noWrap: true, ...align };
  return { stack: lines.map((text) => ({ text, noWrap: true })), ...align };
}

/** The 合计 line under the list: the count, and the count per 公开属性 that has any. */
export function transferTotalLine(model: TransferSheetModel): string {
  const parts = ATTRIBUTES.filter((a) => model.countsByAttribute[a] > 0)
    .map((a) => `${a} ${model.countsByAttribute[a]} 件`)
    .join('，');
  return FORM_TEXT.total(model.rows.length, parts);
}

function closingBlock(model: TransferSheetModel): Content {
  const [handedBy, phone, receivedBy, receivedOn] = FORM_TEXT.signature;
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0] as Margins,
    stack: [
      { text: transferTotalLine(model), bold: true, margin: [0, 0, 0, 12] as Margins },
      {
        columns: [
          {
            width: '*',
            table: {
              widths: [70, 150, 70, 150],
              body: [
                [`${handedBy}：`, BLANK, `${receivedBy}：`, BLANK],
                [`${phone}：`, model.phone || BLANK, `${receivedOn}：`, '      年    月    日'],
              ],
            },
            layout: 'noBorders',
          },
          sealArea(FORM_TEXT.seal, model.sealText, 80),
          sealArea(FORM_TEXT.receiverSeal, '', 80),
        ],
        columnGap: 16,
      },
    ],
  };
}
