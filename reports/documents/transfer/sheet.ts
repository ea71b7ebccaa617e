/**
 * 移交表 as a print-ready sheet, built once: `ogi transfer --xlsx` writes it to .xlsx, the pane
 * writes it into the workbook (Excel) or as a downloaded sheet (the offline page).
 */
import { BLANK, dateZh, periodZh } from '../format';
import { FORM_TEXT } from '../messages';
import { formPrint, formTitle, rangeAddress, type DocCell, type SheetDocument } from '../sheetDocument';
import { titleColumnWidth, transferTotalLine, transferWidths, TRANSFER_LAYOUT } from './definition';
import type { TransferSheetModel } from './model';

/** The row holding the column headings (1-based, repeated on every printed page). */
export const TRANSFER_HEADER_ROW = 5;

/**
 * Excel width units per point of the printed form: the PDF sets the table in 9 pt, the sheet uses
 * Excel's 11 pt, and one width unit is the 11 pt digit width (7 px = 5.25 pt).
 */
const WIDTH_UNITS_PER_PT = 11 / TRANSFER_LAYOUT.fontSize / 5.25;

/** Column widths of 序号 … 备注, taken from the PDF form's for these rows (索引号 on one line, 信息名称 the rest of the page). */
export function transferSheetWidths(model: TransferSheetModel): number[] {
  const widths = transferWidths(model.rows);
  return widths.map((pt, i) => Math.ceil((i === 2 ? titleColumnWidth(widths) : pt) * WIDTH_UNITS_PER_PT));
}

const LAST_COLUMN = FORM_TEXT.columns.length - 1;

/** The transfer sheet as a landscape A4 form with the header row repeated on every page. */
export function transferSheetDocument(model: TransferSheetModel): SheetDocument {
  const line = (label: string, value: string) => `${label}：${value || BLANK}`;
  const rows: DocCell[][] = [
    [formTitle(FORM_TEXT.transferTitle, model.draft)],
    [line(FORM_TEXT.sender, model.sender), null, null, null, line(FORM_TEXT.receiver, model.receiver)],
    [line(FORM_TEXT.batchNo, model.batchNo), null, null, null, line(FORM_TEXT.transferDate, dateZh(model.transferDate))],
    [line(FORM_TEXT.period, periodZh(model.from, model.until, FORM_TEXT.periodOpen))],
    [...FORM_TEXT.columns],
  ];
  const header = TRANSFER_HEADER_ROW - 1;
  const merges = [
    rangeAddress(0, 0, 0, LAST_COLUMN),
    'A2:D2',
    rangeAddress(1, 4, 1, LAST_COLUMN),
    'A3:D3',
    rangeAddress(2, 4, 2, LAST_COLUMN),
    'A4:D4',
  ];
  for (const r of model.rows) {
    rows.push([
      r.seq,
      r.indexNo,
      r.title,
      r.docNo,
      r.formedDate ? { date: r.formedDate } : null,
      r.attribute,
      r.medium,
      r.pages ?? null,
      r.copies,
      r.remark,
    ]);
  }
  if (model.rows.length === 0) {
    merges.push(rangeAddress(rows.length, 0, rows.length, LAST_COLUMN));
    rows.push([FORM_TEXT.emptyList]);
  }
  const lastBodyRow = rows.length - 1;
  rows.push([]);
  const totalRow = rows.length;
  merges.push(rangeAddress(totalRow, 0, totalRow, LAST_COLUMN));
  rows.push([transferTotalLine(model)]);
  rows.push([]);
  const [handedBy, phone, receivedBy, receivedOn] = FORM_TEXT.signature;
  rows.push([
    null,
    `${handedBy}：${BLANK}`,
    null,
    `${receivedBy}：${BLANK}`,
    null,
    null,
    null,
    FORM_TEXT.seal,
    null,
    FORM_TEXT.receiverSeal,
  ]);
  rows.push([null, line(phone, model.phone), null, `${receivedOn}：      年    月    日`, null, null, null, model.sealText]);
  const last = rows.length - 1;
  return {
    name: `${model.draft ? '草稿-' : ''}移交表-${model.recipient}`,
    rows,
    merges,
    boldRows: [0, header, totalRow],
    borderedRows: { from: header, to: lastBodyRow },
    styles: [
      { range: 'A1', size: 18, align: 'center' },
      { range: rangeAddress(header, 0, header, LAST_COLUMN), align: 'center', vertical: 'middle' },
      ...(lastBodyRow > header
        ? [{ range: rangeAddress(header + 1, 0, lastBodyRow, LAST_COLUMN), wrap: true, vertical: 'middle' as const }]
        : []),
    ],
    heights: [{ row: 0, points: 30 }],
    widths: transferSheetWidths(model),
    print: formPrint({
      landscape: true,
      repeatRows: { from: header, to: header },
      area: rangeAddress(0, 0, last, LAST_COLUMN),
      draft: model.draft,
    }),
  };
}
