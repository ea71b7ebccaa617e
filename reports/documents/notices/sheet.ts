/**
 * 告知书 / 答复书 as print-ready sheets, built once: `ogi notice --xlsx` writes one worksheet per
 * notice, the pane writes a batch one below the other on one sheet.
 */
import {
  formPrint,
  formTitle,
  stackSheetDocuments,
  wrappedRowHeight,
  type CellStyle,
  type DocCell,
  type SheetDocument,
} from '../sheetDocument';
import type { NoticeModel } from './model';

/** Widths of the label and text columns, in characters. */
const WIDTHS = [16, 70];
/** Printable width of the merged text rows, in points (two columns of 16 + 70 characters). */
const TEXT_WIDTH_PT = 440;

/** One notice as a portrait A4 sheet: title, number, salutation, the fields table, the wording, signature. */
export function noticeSheetDocument(m: NoticeModel): SheetDocument {
  const rows: DocCell[][] = [];
  const merges: string[] = [];
  const styles: CellStyle[] = [];
  const heights: Array<{ row: number; points: number }> = [];
  const boldRows: number[] = [];
  const at = () => rows.length + 1; // the 1-based row the next push lands on
  const textRow = (text: string) => {
    merges.push(`A${at()}:B${at()}`);
    styles.push({ range: `A${at()}`, wrap: true, vertical: 'top' });
    heights.push({ row: rows.length, points: wrappedRowHeight(text, TEXT_WIDTH_PT) });
    rows.push([text]);
  };
  const right = (text: string) => {
    styles.push({ range: `B${at()}`, align: 'right' });
    rows.push([null, text]);
  };
  boldRows.push(0);
  merges.push('A1:B1', 'A2:B2');
  styles.push({ range: 'A1', size: 18, align: 'center' }, { range: 'A2', align: 'center' });
  heights.push({ row: 0, points: 30 });
  rows.push([formTitle(m.title, m.draft)], [m.number], []);
  textRow(m.salutation);
  const firstField = rows.length;
  for (const [label, value] of m.fields) {
    styles.push({ range: `A${at()}`, bold: true }, { range: `B${at()}`, wrap: true });
    rows.push([label, value]);
  }
  const bordered = m.fields.length > 0 ? [`A${firstField + 1}:B${rows.length}`] : [];
  for (const p of [...m.paragraphs, ...m.remedy]) textRow(`　　${p}`);
  textRow(m.contact);
  rows.push([]);
  for (const s of m.signature) right(s);
  right('（盖章）');
  return {
    name: `${m.appNo || '申请'}-${m.kind}`,
    rows,
    merges,
    boldRows,
    bordered,
    styles,
    heights,
    widths: WIDTHS,
    print: formPrint({ repeatRows: { from: 0, to: 1 }, area: `A1:B${rows.length}`, draft: m.draft }),
  };
}

/** A batch of notices on one sheet (the pane's 写入工作表), one below the other. */
export function noticesSheetDocument(models: readonly NoticeModel[]): SheetDocument {
  const name = `${models.some((m) => m.draft) ? '草稿-' : ''}告知书-${models[0]?.appNo || '未编号'}`;
  return stackSheetDocuments(name, models.map(noticeSheetDocument));
}
