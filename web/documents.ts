/**
 * The files the page offers besides the register: the annual report (.xlsx/.pdf/.json) and the
 * transfer sheet (.pdf), made in the worker from the last check's registers by the same
 * `reports/` code as the CLI. Fonts are passed in (the worker fetches them from its own origin).
 */
import type { AnyRegister, CatalogueRecord } from '../core/register/types';
import type { Finding } from '../core/findings';
import type { Grid } from '../core/grid';
import { calendarDate, type CalendarDate } from '../core/dates';
import type { OfficeInfo } from '../core/settings/schema';
import type { PdfFonts } from '../reports/render/pdf/fonts';
import { annualReport } from '../reports/statistics/annual';
import { inputsFromGrid } from '../reports/statistics/inputs';
import { annualJson, annualPdf, annualXlsx } from '../reports/render/annual';
import type { AnnualReportModel } from '../reports/statistics/model';
import { buildTransferSheet, type Recipient } from '../reports/documents/transfer/model';
import { transferSheetDefinition } from '../reports/documents/transfer/definition';
import { renderPdf } from '../reports/render/pdf/renderPdf';
import { PDF_MIME, XLSX_MIME } from './download';
import { FORM_TEXT } from '../reports/documents/messages';
import { monthlyReport, type MonthlyReportModel } from '../reports/statistics/monthly';
import { monthlyPdf, monthlyXlsx } from '../reports/render/monthly';
import type { WorkCalendar } from '../core/calendar';
import type { Preset } from '../core/presets';

/** A generated file as the worker hands it to the page. */
export interface MadeFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

/** The annual report of `year` in the three formats of `ogi report annual`. */
export async function annualFiles(
  registers: readonly AnyRegister[],
  options: { year: number; office: string; inputsSheet?: Grid; fonts: PdfFonts },
): Promise<{ model: AnnualReportModel; findings: Finding[]; files: MadeFile[] }> {
  const inputs = options.inputsSheet ? inputsFromGrid(options.inputsSheet) : undefined;
  const result = annualReport(registers, { year: options.year, office: options.office, inputs: inputs?.inputs });
  const model = result.model;
  // Same fixed date as the CLI: the report's year end, so the bytes do not depend on the day.
  const date = calendarDate(model.year, 12, 31);
  const base = `annual-${model.year}`;
  const pdf = await annualPdf(model, options.fonts, date);
  const files: MadeFile[] = [
    { name: `${base}.pdf`, bytes: pdf.bytes, mime: PDF_MIME },
    { name: `${base}.xlsx`, bytes: await annualXlsx(model, { date }), mime: XLSX_MIME },
    { name: `${base}.json`, bytes: new TextEncoder().encode(annualJson(model)), mime: 'application/json' },
  ];
  return { model, findings: [...(inputs?.findings ?? []), ...result.findings, ...pdf.findings], files };
}

/** The monthly statistics of `month` (YYYY-MM) as `ogi report monthly --out` writes them: .pdf, .xlsx, .json. */
export async function monthlyFiles(
  registers: readonly AnyRegister[],
  options: { month: string; office: string; calendar: WorkCalendar; preset: Preset; fonts: PdfFonts },
): Promise<{ model: MonthlyReportModel; findings: Finding[]; files: MadeFile[] }> {
  const model = monthlyReport(registers, {
    month: options.month,
    office: options.office,
    calendar: options.calendar,
    preset: options.preset,
  });
  // Dated the month end, as the CLI does: the same input gives the same bytes.
  const date = model.period.to;
  const base = `monthly-${model.month}`;
  const pdf = await monthlyPdf(model, options.fonts, date);
  const files: MadeFile[] = [
    { name: `${base}.pdf`, bytes: pdf.bytes, mime: PDF_MIME },
    { name: `${base}.xlsx`, bytes: await monthlyXlsx(model, { date }), mime: XLSX_MIME },
    { name: `${base}.json`, bytes: new TextEncoder().encode(`${JSON.stringify(model, null, 2)}\n`), mime: 'application/json' },
  ];
  return { model, findings: pdf.findings, files };
}

/** The transfer sheet (移交表) PDF for one recipient, from the catalogue registers. */
export async function transferFile(
  registers: readonly AnyRegister[],
  options: {
    recipient: Recipient;
    transferDate: CalendarDate;
    office: OfficeInfo;
    from?: CalendarDate;
    until?: CalendarDate;
    fonts: PdfFonts;
    draft?: boolean;
  },
): Promise<{ rows: number; findings: Finding[]; file: MadeFile }> {
  const records: CatalogueRecord[] = registers.flatMap((r) => (r.kind === 'catalogue' ? r.records : []));
  const model = buildTransferSheet(records, {
    recipient: options.recipient,
    transferDate: options.transferDate,
    office: options.office,
    from: options.from,
    until: options.until,
    // The preconditions run inside buildTransferSheet: without the 移交单位 it throws DocumentBlockedError (no file).
    draft: options.draft,
  });
  const pdf = await renderPdf(transferSheetDefinition(model), {
    fonts: options.fonts,
    date: options.transferDate,
    title: `${FORM_TEXT.transferTitle}（${options.recipient}）`,
    author: options.office.name,
  });
  const file = {
    name: `transfer-${options.recipient}-${options.transferDate}${model.draft ? '-draft' : ''}.pdf`,
    bytes: pdf.bytes,
    mime: PDF_MIME,
  };
  return { rows: model.rows.length, findings: [...model.findings, ...pdf.findings], file };
}
