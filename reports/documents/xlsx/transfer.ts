import ExcelJS from 'exceljs';
import { ATTRIBUTES } from '../../../core/register/types';
import { BLANK, dateZh, periodZh } from '../format';
import { FORM_TEXT } from '../messages';
import { TransferSheetModel } from '../transfer/model';
import { boxCells, formSheet, stampWorkbook } from './sheet';
import { CleanReport, xlsxBytes } from '../../render/xlsx/xlsxBytes';

/** Column widths (Excel character units) of 序号 … 备注. */
const WIDTHS = [6, 26, 44, 20, 12, 10, 7, 6, 6, 16];
/** The row holding the column headings (repeated on every printed page). */
export const TRANSFER_HEADER_ROW = 5;

/** The transfer sheet as a print-ready .xlsx (landscape A4, header row repeated, fitted to width). */
export async function transferSheetXlsx(
  model: TransferSheetModel,
  options: { onCleaned?: (report: CleanReport) => void } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, model.transferDate);
  const ws = formSheet(wb, FORM_TEXT.transferTitle, 'landscape', model.draft);
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells('A1:J1');
  ws.getCell('A1').value = FORM_TEXT.transferTitle;
  ws.getCell('A1').font = { size: 18, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getRow(1).height = 30;
  const pairs: [string, string, string, string][] = [
    [FORM_TEXT.sender, model.sender, FORM_TEXT.receiver, model.receiver],
    [FORM_TEXT.batchNo, model.batchNo, FORM_TEXT.transferDate, dateZh(model.transferDate)],
    [FORM_TEXT.period, periodZh(model.from, model.until, FORM_TEXT.periodOpen), '', ''],
  ];
  pairs.forEach(([k1, v1, k2, v2], i) => {
    const r = 2 + i;
    ws.getCell(`A${r}`).value = `${k1}：${v1 || BLANK}`;
    ws.mergeCells(`A${r}:D${r}`);
    if (k2) {
      ws.getCell(`E${r}`).value = `${k2}：${v2 || BLANK}`;
      ws.mergeCells(`E${r}:J${r}`);
    }
  });
  const header = ws.getRow(TRANSFER_HEADER_ROW);
  header.values = [...FORM_TEXT.columns];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  let r = TRANSFER_HEADER_ROW;
  for (const row of model.rows) {
    r++;
    const cells = [
      row.seq,
      row.indexNo,
      row.title,
      row.docNo,
      row.formedDate ?? '',
      row.attribute,
      row.medium,
      row.pages ?? '',
      row.copies,
      row.remark,
    ];
    const xr = ws.getRow(r);
    xr.values = cells;
    xr.alignment = { wrapText: true, vertical: 'middle' };
  }
  if (model.rows.length === 0) {
    r++;
    ws.mergeCells(`A${r}:J${r}`);
    ws.getCell(`A${r}`).value = FORM_TEXT.emptyList;
  }
  boxCells(ws, TRANSFER_HEADER_ROW, r, 10);
  const parts = ATTRIBUTES.filter((a) => model.countsByAttribute[a] > 0)
    .map((a) => `${a} ${model.countsByAttribute[a]} 件`)
    .join('，');
  r += 2;
  ws.getCell(`A${r}`).value = FORM_TEXT.total(model.rows.length, parts);
  ws.getCell(`A${r}`).font = { bold: true };
  ws.mergeCells(`A${r}:J${r}`);
  const [handedBy, phone, receivedBy, receivedOn] = FORM_TEXT.signature;
  r += 2;
  ws.getCell(`B${r}`).value = `${handedBy}：${BLANK}`;
  ws.getCell(`D${r}`).value = `${receivedBy}：${BLANK}`;
  ws.getCell(`H${r}`).value = FORM_TEXT.seal;
  r += 1;
  ws.getCell(`B${r}`).value = `${phone}：${model.phone || BLANK}`;
  ws.getCell(`D${r}`).value = `${receivedOn}：      年    月    日`;
  ws.getCell(`H${r}`).value = model.sealText;
  ws.pageSetup.printArea = `A1:J${r}`;
  ws.pageSetup.printTitlesRow = `${TRANSFER_HEADER_ROW}:${TRANSFER_HEADER_ROW}`;
  return xlsxBytes(wb, undefined, options.onCleaned);
}
