import type { Column, Margins } from 'pdfmake/interfaces';
import { MAIN_FAMILY } from '../render/pdf/fonts';
import { wrapLines } from './textMeasure';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The family every form is drawn in (the shared renderer registers it). */
export const FORM_FONT = MAIN_FAMILY;

/**
 * A dashed circle where the seal goes, the seal text (when the office set one) inside as a guide,
 * and the caption underneath. The text is placed relative to the circle so it never moves the caption.
 */
export function sealArea(caption: string, sealText: string, size = 100): Column {
  return {
    width: size + 20,
    stack: [
      {
        canvas: [{ type: 'rect', x: 10, y: 0, w: size, h: size, r: size / 2, dash: { length: 3 }, lineColor: '#888888', lineWidth: 0.8 }],
      },
      ...(sealText
        ? [
            {
              text: wrapLines(sealText, size * 0.62, 8).join('\n'),
              alignment: 'center' as const,
              fontSize: 8,
              color: '#555555',
              relativePosition: { x: 0, y: -size / 2 - 12 },
            },
          ]
        : []),
      { text: caption, alignment: 'center', fontSize: 9, margin: [0, 4, 0, 0] as Margins },
    ],
  };
}
