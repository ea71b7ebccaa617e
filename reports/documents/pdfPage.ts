import type { Column, Content, DynamicContent, Margins } from 'pdfmake/interfaces';
import { MAIN_FAMILY } from '../render/pdf/fonts';
import { FORM_TEXT } from './messages';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The family every form is drawn in (the shared renderer registers it). */
export const FORM_FONT = MAIN_FAMILY;

/** `第 X 页 共 Y 页`, centred at the bottom of each page. */
export function pageFooter(fontSize = 9): DynamicContent {
  return (currentPage: number, pageCount: number): Content => ({
    text: FORM_TEXT.pageOf(currentPage, pageCount),
    alignment: 'center',
    fontSize,
    margin: [0, 14, 0, 0] as Margins,
  });
}

/** A dashed square where the seal goes, with its caption underneath. */
export function sealArea(caption: string, sealText: string, size = 100): Column {
  return {
    width: size + 20,
    stack: [
      {
        canvas: [{ type: 'rect', x: 0, y: 0, w: size, h: size, r: size / 2, dash: { length: 3 }, lineColor: '#888888', lineWidth: 0.8 }],
      },
      { text: sealText || ' ', alignment: 'center', fontSize: 9, margin: [0, -size / 2 - 6, 20, size / 2 - 6] as Margins, color: '#555555' },
      { text: caption, alignment: 'center', fontSize: 9, margin: [0, 4, 20, 0] as Margins },
    ],
  };
}
