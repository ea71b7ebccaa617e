import type { Content, Margins, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { a4Document, borderedTable } from '../../render/pdf/layout';
import { markDraft } from '../draft';
import { sealArea } from '../pdfPage';
import { NoticeModel } from './model';

/** Margins after GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in points. */
const NOTICE_MARGINS: [number, number, number, number] = [79, 72, 74, 60];

const paragraph = (text: string): Content => ({ text, style: 'body', leadingIndent: 24, margin: [0, 0, 0, 6] as Margins });

/** The content of one notice (several are stacked, one per page, in a batch). */
export function noticeContent(model: NoticeModel): Content[] {
  const content: Content[] = [
    { text: model.title, style: 'title', margin: [0, 0, 0, 10] as Margins },
    { text: model.number, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 18] as Margins },
    { text: model.salutation, style: 'body', margin: [0, 0, 0, 6] as Margins },
  ];
  if (model.fields.length > 0) {
    const body: TableCell[][] = model.fields.map(([label, value]) => [{ text: label, bold: true, alignment: 'center' }, { text: value }]);
    content.push({ ...borderedTable(body, { widths: [96, '*'], headerRows: 0 }), fontSize: 11, margin: [0, 4, 0, 12] as Margins });
  }
  content.push(...model.paragraphs.map(paragraph), ...model.remedy.map(paragraph));
  content.push({ text: model.contact, style: 'body', margin: [0, 12, 0, 0] as Margins });
  content.push({
    unbreakable: true,
    margin: [0, 12, 0, 0] as Margins,
    columns: [
      { width: '*', text: '' },
      sealArea('（盖章）', model.sealText, 84),
      {
        width: 'auto',
        stack: model.signature.map((s) => ({ text: s, style: 'body', alignment: 'right' })),
        margin: [0, 30, 0, 0] as Margins,
      },
    ],
  });
  return content;
}

/** The pdfmake document definition of one notice, or of a batch (each notice starting a new page). */
export function noticeDefinition(models: NoticeModel | readonly NoticeModel[]): TDocumentDefinitions {
  // flat(), not Array.isArray: isArray narrows a readonly array to any[].
  const list: NoticeModel[] = [models].flat();
  const content: Content[] = list.map((m, i) => ({ stack: noticeContent(m), ...(i > 0 ? { pageBreak: 'before' as const } : {}) }));
  // No page footer: a notice is one page, and in a batch a document-wide count would mislead.
  const def = a4Document(content, { margins: NOTICE_MARGINS, noFooter: true, styles: { body: { fontSize: 12, lineHeight: 1.4 } } });
  // One draft in a batch marks the whole print file: a draft page must never pass for an issued one.
  return list.some((m) => m.draft) ? markDraft(def) : def;
}
