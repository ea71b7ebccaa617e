// The PDF read-back helpers live in test/helpers/pdfTools.ts (pdf.js, no system tools); kept here for the imports.
export { OUTPUT_DIR, pageOnePng, pdfFonts, pdfInfo, pdfPageCount, pdfPages, pdfText, saveOutput, squeeze } from '../../../helpers/pdfTools';
export type { PdfFont } from '../../../helpers/pdfTools';
