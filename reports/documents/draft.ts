import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { MAIN_FAMILY } from '../render/pdf/fonts';
import { PRECONDITION_TEXT as M } from './messages';

/**
 * Marks a document definition as a draft on every page: a large 草稿 watermark across the page
 * and a header line above the text (pdfmake repeats both on each page), so no page of a draft
 * can pass for the issued document.
 */
export function markDraft(def: TDocumentDefinitions): TDocumentDefinitions {
  const own = def.header;
  const header: DynamicContent = (page, pages, size) => {
    const mark: Content = { text: M.draftHeader, alignment: 'center', fontSize: 10, bold: true, color: '#b00000', margin: [0, 12, 0, 0] };
    const base = typeof own === 'function' ? own(page, pages, size) : own;
    return base ? { stack: [mark, base] } : mark;
  };
  return {
    ...def,
    header,
    watermark: { text: M.draftMark, font: MAIN_FAMILY, color: '#b00000', opacity: 0.12, bold: true, fontSize: 140 },
  };
}
