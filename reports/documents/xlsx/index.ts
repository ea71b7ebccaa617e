/**
 * The forms as print-ready .xlsx: each one's SheetDocument (built once, in `<form>/sheet.ts`)
 * through the one writer, reports/render/xlsx/sheetDocument.ts.
 */
import type { ConfirmationSlipModel } from '../confirmation/model';
import { confirmationSlipSheetDocument } from '../confirmation/sheet';
import type { NoticeModel } from '../notices/model';
import { noticeSheetDocument } from '../notices/sheet';
import type { TransferSheetModel } from '../transfer/model';
import { transferSheetDocument } from '../transfer/sheet';
import { sheetDocumentsXlsx } from '../../render/xlsx/sheetDocument';
import type { CleanReport } from '../../render/xlsx/xlsxBytes';

export { TRANSFER_HEADER_ROW } from '../transfer/sheet';

/** What a form workbook's writer reports: the text cleaning removed or truncated, when any. */
export interface FormXlsxOptions {
  onCleaned?: (report: CleanReport) => void;
}

/** The transfer sheet as a print-ready .xlsx (landscape A4, header row repeated, fitted to width). */
export function transferSheetXlsx(model: TransferSheetModel, options: FormXlsxOptions = {}): Promise<Uint8Array> {
  return sheetDocumentsXlsx([transferSheetDocument(model)], options);
}

/** The confirmation slip as a print-ready .xlsx (portrait A4, fitted to width). */
export function confirmationSlipXlsx(model: ConfirmationSlipModel, options: FormXlsxOptions = {}): Promise<Uint8Array> {
  return sheetDocumentsXlsx([confirmationSlipSheetDocument(model)], options);
}

/** Notices as a print-ready .xlsx: one worksheet per notice (portrait A4, fitted to width). */
export function noticesXlsx(models: readonly NoticeModel[], options: FormXlsxOptions = {}): Promise<Uint8Array> {
  return sheetDocumentsXlsx(models.map(noticeSheetDocument), options);
}
