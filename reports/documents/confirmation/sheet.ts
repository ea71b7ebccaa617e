/** 确认单 as a print-ready sheet, built once (`ogi transfer --confirm --xlsx`). */
import { ATTRIBUTES } from '../../../core/register/types';
import { BLANK, dateZh, periodZh } from '../format';
import { FORM_TEXT } from '../messages';
import { formPrint, formTitle, wrappedRowHeight, type CellStyle, type DocCell, type SheetDocument } from '../sheetDocument';
import { portalStatement } from './definition';
import type { ConfirmationSlipModel } from './model';

/** Printable width of the merged text rows, in points (two columns of 40 characters). */
const TEXT_WIDTH_PT = 420;

/** The confirmation slip as a portrait A4 form: the counts per attribute, the portal statement, signature. */
export function confirmationSlipSheetDocument(model: ConfirmationSlipModel): SheetDocument {
  const sender = model.sender || BLANK;
  const rows: DocCell[][] = [
    [formTitle(FORM_TEXT.confirmationTitle, model.draft)],
    [`${FORM_TEXT.sender}：${sender}`, `${FORM_TEXT.receiver}：${model.receiver}`],
    [`${FORM_TEXT.batchNo}：${model.batchNo}`, `${FORM_TEXT.period}：${periodZh(model.from, model.until, FORM_TEXT.periodOpen)}`],
    [],
  ];
  const merges = ['A1:B1'];
  const styles: CellStyle[] = [{ range: 'A1', size: 18, align: 'center' }];
  const heights = [{ row: 0, points: 30 }];
  const textRow = (text: string) => {
    merges.push(`A${rows.length + 1}:B${rows.length + 1}`);
    styles.push({ range: `A${rows.length + 1}`, wrap: true, vertical: 'top' });
    heights.push({ row: rows.length, points: wrappedRowHeight(text, TEXT_WIDTH_PT) });
    rows.push([text]);
  };
  textRow(FORM_TEXT.confirmIntro(sender, model.receiver, periodZh(model.from, model.until, '本批次')));
  const countsHeader = rows.length;
  rows.push([...FORM_TEXT.countsHeader]);
  for (const a of ATTRIBUTES) rows.push([a, model.countsByAttribute[a]]);
  const totalRow = rows.length;
  rows.push([FORM_TEXT.countTotal, model.total]);
  styles.push({ range: `A${countsHeader + 1}:B${totalRow + 1}`, align: 'center' });
  rows.push([]);
  textRow(portalStatement(model));
  rows.push([]);
  rows.push([`${FORM_TEXT.principal}：${BLANK}${model.principal ? `（${model.principal}）` : ''}`, FORM_TEXT.confirmSeal]);
  rows.push([]);
  rows.push([`${FORM_TEXT.confirmDate}：${dateZh(model.date)}`, model.sealText]);
  return {
    name: `${model.draft ? '草稿-' : ''}${FORM_TEXT.confirmationTitle}`,
    rows,
    merges,
    boldRows: [0, countsHeader, totalRow],
    borderedRows: { from: countsHeader, to: totalRow },
    styles,
    heights,
    widths: [40, 40],
    print: formPrint({ repeatRows: { from: 0, to: 0 }, area: `A1:B${rows.length}`, draft: model.draft }),
  };
}
