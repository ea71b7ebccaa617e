import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CalendarDate } from '../../../core/dates';
import { Finding } from '../../../core/findings';
import { MonthlyReportModel } from '../../statistics/monthly';
import { gridToPdfTable } from '../annual/pdfTable';
import { PdfFonts } from '../pdf/fonts';
import { a4Document } from '../pdf/layout';
import { renderPdf } from '../pdf/renderPdf';
import { monthlyChart } from './chart';
import { MONTHLY_TEXT as T } from './labels';
import { monthlyGrid } from './table';

/** The monthly report as a pdfmake document (pure): A4 landscape, the table, the 12-month chart, the notes. */
export function monthlyPdfDocument(model: MonthlyReportModel): TDocumentDefinitions {
  const grid = monthlyGrid(model);
  const content: Content[] = [
    { text: T.title(model.office, model.month), style: 'title', fontSize: 18 },
    { text: `${model.period.from} 至 ${model.period.to}`, style: 'subtitle' },
    { text: grid.heading, style: 'heading' },
    gridToPdfTable(grid),
    { text: `${T.notesHeading}：`, style: 'note', bold: true, margin: [0, 6, 0, 2] },
    { ul: model.notes.map((n) => ({ text: n, style: 'note' })) },
    {
      stack: [
        { text: T.chartHeading(model.month.slice(0, 4)), style: 'heading' },
        monthlyChart(model.series, { width: 700, height: 150, axis: 30 }),
      ],
      unbreakable: true,
    },
  ];
  return a4Document(content, { orientation: 'landscape', margins: [48, 48, 48, 56] });
}

/** Renders the monthly report PDF (fonts passed in; metadata dated `date`). */
export function monthlyPdf(
  model: MonthlyReportModel,
  fonts: PdfFonts,
  date: CalendarDate,
): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  const title = T.title(model.office, model.month);
  return renderPdf(monthlyPdfDocument(model), { fonts, date, title, author: model.office, keywords: '政府信息公开, 月度统计' });
}
