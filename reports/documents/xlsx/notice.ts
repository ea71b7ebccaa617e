import ExcelJS from 'exceljs';
import { NoticeModel } from '../notices/model';
import { boxCells, formSheet, stampWorkbook, textRow } from './sheet';
import { CleanReport, xlsxBytes } from '../../render/xlsx/xlsxBytes';

/** Printable width of the merged text rows, in points (two columns of 16 + 70 characters). */
const TEXT_WIDTH_PT = 440;

/** Notices as a print-ready .xlsx: one worksheet per notice (portrait A4, fitted to width). */
export async function noticesXlsx(
  models: readonly NoticeModel[],
  options: { onCleaned?: (report: CleanReport) => void } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(
    wb,
    models.reduce((max, m) => (m.date > max ? m.date : max), models[0].date),
  );
  const used = new Set<string>();
  for (const m of models) {
    let name = `${m.appNo || '申请'}-${m.kind}`;
    for (let i = 2; used.has(name); i++) name = `${m.appNo}-${m.kind}-${i}`;
    used.add(name);
    writeNotice(formSheet(wb, name, 'portrait', m.draft), m);
  }
  return xlsxBytes(wb, undefined, options.onCleaned);
}

function writeNotice(ws: ExcelJS.Worksheet, m: NoticeModel): void {
  ws.columns = [{ width: 16 }, { width: 70 }];
  ws.mergeCells('A1:B1');
  ws.getCell('A1').value = m.title;
  ws.getCell('A1').font = { size: 18, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getRow(1).height = 30;
  ws.mergeCells('A2:B2');
  ws.getCell('A2').value = m.number;
  ws.getCell('A2').alignment = { horizontal: 'center' };
  let r = 4;
  textRow(ws, r, 'B', m.salutation, TEXT_WIDTH_PT);
  if (m.fields.length > 0) {
    const first = r + 1;
    for (const [label, value] of m.fields) {
      r++;
      ws.getCell(`A${r}`).value = label;
      ws.getCell(`A${r}`).font = { bold: true };
      ws.getCell(`B${r}`).value = value;
      ws.getCell(`B${r}`).alignment = { wrapText: true };
    }
    boxCells(ws, first, r, 2);
  }
  for (const p of [...m.paragraphs, ...m.remedy]) textRow(ws, ++r, 'B', `　　${p}`, TEXT_WIDTH_PT);
  textRow(ws, ++r, 'B', m.contact, TEXT_WIDTH_PT);
  r++;
  for (const s of m.signature) {
    ws.getCell(`B${++r}`).value = s;
    ws.getCell(`B${r}`).alignment = { horizontal: 'right' };
  }
  ws.getCell(`B${++r}`).value = '（盖章）';
  ws.getCell(`B${r}`).alignment = { horizontal: 'right' };
  ws.pageSetup.printArea = `A1:B${r}`;
  ws.pageSetup.printTitlesRow = '1:2';
}
