import ExcelJS from 'exceljs';
import { ATTRIBUTES } from '../../../core/register/types';
import { portalStatement } from '../confirmation/definition';
import { ConfirmationSlipModel } from '../confirmation/model';
import { BLANK, dateZh, periodZh } from '../format';
import { FORM_TEXT } from '../messages';
import { boxCells, formSheet, stampWorkbook, textRow } from './sheet';
import { CleanReport, xlsxBytes } from '../../render/xlsx/xlsxBytes';

/** The confirmation slip as a print-ready .xlsx (portrait A4, fitted to width). */
export async function confirmationSlipXlsx(
  model: ConfirmationSlipModel,
  options: { onCleaned?: (report: CleanReport) => void } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, model.date);
  const ws = formSheet(wb, FORM_TEXT.confirmationTitle, 'portrait', model.draft);
  ws.columns = [{ width: 40 }, { width: 40 }];
  ws.mergeCells('A1:B1');
  ws.getCell('A1').value = FORM_TEXT.confirmationTitle;
  ws.getCell('A1').font = { size: 18, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getRow(1).height = 30;
  ws.getCell('A2').value = `${FORM_TEXT.sender}：${model.sender || BLANK}`;
  ws.getCell('B2').value = `${FORM_TEXT.receiver}：${model.receiver}`;
  ws.getCell('A3').value = `${FORM_TEXT.batchNo}：${model.batchNo}`;
  ws.getCell('B3').value = `${FORM_TEXT.period}：${periodZh(model.from, model.until, FORM_TEXT.periodOpen)}`;
  textRow(ws, 5, 'B', FORM_TEXT.confirmIntro(model.sender || BLANK, model.receiver, periodZh(model.from, model.until, '本批次')), 420);
  let r = 6;
  ws.getRow(r).values = [...FORM_TEXT.countsHeader];
  ws.getRow(r).font = { bold: true };
  for (const a of ATTRIBUTES) ws.getRow(++r).values = [a, model.countsByAttribute[a]];
  ws.getRow(++r).values = [FORM_TEXT.countTotal, model.total];
  ws.getRow(r).font = { bold: true };
  boxCells(ws, 6, r, 2);
  for (let i = 6; i <= r; i++) ws.getRow(i).alignment = { horizontal: 'center' };
  r += 2;
  textRow(ws, r, 'B', portalStatement(model), 420);
  r += 2;
  ws.getCell(`A${r}`).value = `${FORM_TEXT.principal}：${BLANK}${model.principal ? `（${model.principal}）` : ''}`;
  ws.getCell(`B${r}`).value = FORM_TEXT.confirmSeal;
  r += 2;
  ws.getCell(`A${r}`).value = `${FORM_TEXT.confirmDate}：${dateZh(model.date)}`;
  ws.getCell(`B${r}`).value = model.sealText;
  ws.pageSetup.printArea = `A1:B${r}`;
  ws.pageSetup.printTitlesRow = '1:1';
  return xlsxBytes(wb, undefined, options.onCleaned);
}
