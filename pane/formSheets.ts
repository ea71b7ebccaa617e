/**
 * Print-ready sheets of the forms (移交表, 告知书) as SheetDocuments, for Excel's own Print / Export
 * to PDF — the path on desktop Excel, where a task pane cannot save a file.
 */
import type { TransferSheetModel } from '../reports/documents/transfer/model';
import type { NoticeModel } from '../reports/documents/notices/model';
import { FORM_TEXT, PRECONDITION_TEXT } from '../reports/documents/messages';
import { dateZh, periodZh } from '../reports/documents/format';
import type { SheetDocument, DocCell } from './host';

const LAST = 'J'; // ten columns

/** 移交表 as a landscape A4 sheet with the header row repeated on every page. */
export function transferSheetDocument(model: TransferSheetModel): SheetDocument {
  const rows: DocCell[][] = [
    [model.draft ? `${FORM_TEXT.transferTitle}（${PRECONDITION_TEXT.draftHeader}）` : FORM_TEXT.transferTitle],
    [`${FORM_TEXT.sender}：${model.sender}`, null, null, null, `${FORM_TEXT.receiver}：${model.receiver}`],
    [`${FORM_TEXT.batchNo}：${model.batchNo}`, null, null, null, `${FORM_TEXT.transferDate}：${dateZh(model.transferDate)}`],
    [`${FORM_TEXT.period}：${periodZh(model.from, model.until, FORM_TEXT.periodOpen)}`],
    [...FORM_TEXT.columns],
  ];
  const header = rows.length - 1;
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
  if (model.rows.length === 0) rows.push([FORM_TEXT.emptyList]);
  const parts = Object.entries(model.countsByAttribute)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${a} ${n} 件`)
    .join('，');
  rows.push([FORM_TEXT.total(model.rows.length, parts)]);
  rows.push([]);
  rows.push(FORM_TEXT.signature.flatMap((label) => [`${label}：`, null]).slice(0, 8) as DocCell[]);
  rows.push([FORM_TEXT.seal, null, null, null, null, FORM_TEXT.receiverSeal]);
  return {
    name: `${model.draft ? '草稿-' : ''}移交表-${model.recipient}`,
    rows,
    merges: [`A1:${LAST}1`, 'A2:D2', `E2:${LAST}2`, 'A3:D3', `E3:${LAST}3`, `A4:${LAST}4`],
    boldRows: [0, header],
    borderedRows: { from: header, to: header + Math.max(1, model.rows.length) },
    widths: [6, 22, 40, 20, 12, 10, 8, 6, 6, 14],
    print: {
      landscape: true,
      repeatRows: { from: header, to: header },
      fitToWidth: true,
      ...(model.draft ? { header: PRECONDITION_TEXT.draftHeader } : {}),
    },
  };
}

/** 告知书 (one or several) as a portrait sheet, one notice after the other. */
export function noticeSheetDocument(models: readonly NoticeModel[]): SheetDocument {
  const rows: DocCell[][] = [];
  const bold: number[] = [];
  const merges: string[] = [];
  const line = (text: string, isBold = false) => {
    if (isBold) bold.push(rows.length);
    merges.push(`A${rows.length + 1}:D${rows.length + 1}`);
    rows.push([text]);
  };
  models.forEach((m, i) => {
    if (i > 0) rows.push([], []);
    line(m.draft ? `${m.title}（${PRECONDITION_TEXT.draftHeader}）` : m.title, true);
    line(m.number);
    line(m.salutation);
    for (const [label, value] of m.fields) rows.push([label, value]);
    for (const p of m.paragraphs) line(p);
    for (const r of m.remedy) line(r);
    line(m.contact);
    for (const s of m.signature) line(s);
    line(dateZh(m.date));
  });
  return {
    name: `${models.some((m) => m.draft) ? '草稿-' : ''}告知书-${models[0]?.appNo || '未编号'}`,
    rows,
    merges,
    boldRows: bold,
    widths: [18, 30, 20, 20],
    wrapText: true,
    print: { fitToWidth: true, ...(models.some((m) => m.draft) ? { header: PRECONDITION_TEXT.draftHeader } : {}) },
  };
}
