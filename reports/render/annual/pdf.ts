import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CalendarDate } from '../../../core/dates';
import { Finding } from '../../../core/findings';
import { incompleteLine, isIncomplete } from '../../statistics/checks';
import { AnnualReportModel } from '../../statistics/model';
import { PdfFonts } from '../pdf/fonts';
import { a4Document } from '../pdf/layout';
import { renderPdf } from '../pdf/renderPdf';
import { REPORT_TEXT } from './labels';
import { CONTENT_WIDTH, gridToPdfTable } from './pdfTable';
import { officesGrid, table2Grid, table3Grid, table4Grid } from './tables';
import { TableGrid } from './tableGrid';

const TITLE_SIZE = 22;

/** Printed width in ems: a CJK character is one, an ASCII digit or letter about half. */
function ems(text: string): number {
  return [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
}

/**
 * The title on one line when it fits, else the office on its own line above 「YYYY年…统计表」, so no line
 * ends with a lone 「计表」.
 */
export function titleText(office: string, year: number): string {
  const whole = REPORT_TEXT.tablesTitle(office, year);
  if (!office || ems(whole) * TITLE_SIZE <= CONTENT_WIDTH) return whole;
  return `${office}\n${REPORT_TEXT.tablesTitle('', year)}`;
}

/** Heading + table kept on one page (moved whole to the next page when it does not fit). */
function section(grid: TableGrid): Content {
  return { stack: [{ text: grid.heading, style: 'heading' }, gridToPdfTable(grid)], unbreakable: true };
}

function checksContent(model: AnnualReportModel): Content[] {
  const failed = model.checks.filter((c) => !c.ok);
  const out: Content[] = [{ text: REPORT_TEXT.checksHeading, style: 'heading' }];
  if (failed.length === 0 && !isIncomplete(model)) out.push({ text: REPORT_TEXT.allPassed, style: 'body' });
  else if (failed.length === 0) out.push({ text: incompleteLine(model) ?? '', style: 'body' });
  else {
    out.push({
      ul: failed.map((c) => ({
        text: `${c.severity === 'warning' ? REPORT_TEXT.warn : REPORT_TEXT.fail}：${c.message}`,
        style: 'note',
      })),
    });
  }
  return out;
}

/** The annual report as a pdfmake document (pure): title, tables 二/三/四, the text sentences, checks, per-office table. */
export function annualPdfDocument(model: AnnualReportModel): TDocumentDefinitions {
  const content: Content[] = [
    { text: titleText(model.office, model.year), style: 'title' },
    { text: REPORT_TEXT.subtitle, style: 'subtitle' },
  ];
  // A report lacking a source says so above every table, and its checks never read 全部校验通过.
  const incomplete = incompleteLine(model);
  if (incomplete) content.push({ text: incomplete, style: 'body', bold: true, color: '#C00000', margin: [0, 0, 0, 8] });
  content.push(section(table2Grid(model)), section(table3Grid(model)), section(table4Grid(model)));
  if (model.text || model.excluded) {
    const text: Content[] = [{ text: REPORT_TEXT.textHeading, style: 'heading' }];
    if (model.text) {
      text.push({ text: REPORT_TEXT.overview, bold: true, margin: [0, 4, 0, 2] }, { text: model.text.overview, style: 'body' });
      text.push({ text: REPORT_TEXT.fees, bold: true, margin: [0, 8, 0, 2] }, { text: model.text.fees, style: 'body' });
    }
    if (model.excluded) text.push({ text: REPORT_TEXT.excluded(model.excluded), style: 'body', margin: [0, 6, 0, 0] });
    content.push(...text);
  }
  content.push(...checksContent(model));
  const offices = officesGrid(model);
  if (offices) content.push(section(offices));
  return a4Document(content);
}

/** Renders the annual report PDF (fonts passed in; metadata dated `date`). */
export function annualPdf(
  model: AnnualReportModel,
  fonts: PdfFonts,
  date: CalendarDate,
): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  return renderPdf(annualPdfDocument(model), {
    fonts,
    date,
    title: REPORT_TEXT.title(model.office, model.year),
    subject: REPORT_TEXT.tablesTitle(model.office, model.year),
    author: model.office,
    keywords: '政府信息公开, 年度报告',
  });
}
