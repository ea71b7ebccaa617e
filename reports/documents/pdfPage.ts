import type { Column, Margins } from 'pdfmake/interfaces';
import { MAIN_FAMILY } from '../render/pdf/fonts';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The family every form is drawn in (the shared renderer registers it). */
export const FORM_FONT = MAIN_FAMILY;

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
