import type { Content, Margins, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ATTRIBUTES } from '../../../core/register/types';
import { markDraft } from '../draft';
import { a4Document, borderedTable } from '../../render/pdf/layout';
import { BLANK, dateZh, periodZh } from '../format';
import { FORM_TEXT } from '../messages';
import { sealArea } from '../pdfPage';
import { ConfirmationSlipModel } from './model';

/** The statement of seed 000 二.4 with both numbers (or the mismatch, said plainly). */
export function portalStatement(model: ConfirmationSlipModel): string {
  return model.consistent
    ? FORM_TEXT.consistent(model.delivered, model.published)
    : FORM_TEXT.inconsistent(model.delivered, model.published);
}

/** The pdfmake document definition of a confirmation slip (pure). */
export function confirmationSlipDefinition(model: ConfirmationSlipModel): TDocumentDefinitions {
  const counts: TableCell[][] = [
    FORM_TEXT.countsHeader.map((h) => ({ text: h, style: 'tableHeader' })),
    ...ATTRIBUTES.map((a): TableCell[] => [
      { text: a, alignment: 'center' },
      { text: String(model.countsByAttribute[a]), alignment: 'center' },
    ]),
    [
      { text: FORM_TEXT.countTotal, alignment: 'center', bold: true },
      { text: String(model.total), alignment: 'center', bold: true },
    ],
  ];
  const table = borderedTable(counts, { widths: ['*', 120] });
  const content: Content[] = [
    { text: FORM_TEXT.confirmationTitle, style: 'title', margin: [0, 0, 0, 18] as Margins },
    {
      table: {
        widths: ['*', '*'],
        body: [
          [label(FORM_TEXT.sender, model.sender), label(FORM_TEXT.receiver, model.receiver)],
          [label(FORM_TEXT.batchNo, model.batchNo), label(FORM_TEXT.period, periodZh(model.from, model.until, FORM_TEXT.periodOpen))],
        ],
      },
      layout: 'noBorders',
      fontSize: 11,
      margin: [0, 0, 0, 12] as Margins,
    },
    {
      text: FORM_TEXT.confirmIntro(model.sender || BLANK, model.receiver, periodZh(model.from, model.until, '本批次')),
      style: 'body',
      margin: [0, 0, 0, 8] as Margins,
    },
    { ...table, margin: [0, 0, 0, 16] as Margins, fontSize: 11 },
    { text: portalStatement(model), style: 'body', margin: [0, 0, 0, 36] as Margins },
    {
      unbreakable: true,
      columns: [
        {
          width: '*',
          stack: [
            {
              text: `${FORM_TEXT.principal}：${BLANK}${model.principal ? `（${model.principal}）` : ''}`,
              style: 'body',
              margin: [0, 20, 0, 24] as Margins,
            },
            { text: `${FORM_TEXT.confirmDate}：${dateZh(model.date)}`, style: 'body' },
          ],
        },
        sealArea(FORM_TEXT.confirmSeal, model.sealText, 100),
      ],
    },
  ];
  const def = a4Document(content);
  return model.draft ? markDraft(def) : def;
}

function label(k: string, v: string): TableCell {
  return { text: [{ text: `${k}：`, bold: true }, v || BLANK] };
}
