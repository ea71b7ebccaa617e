export { renderPdf } from './renderPdf';
export type { RenderPdfOptions } from './renderPdf';
export { FALLBACK_FAMILY, MAIN_FAMILY } from './fonts';
export type { PdfFontFace, PdfFonts } from './fonts';
export { A4_MARGINS, GRID_LAYOUT, OFFICIAL_STYLES, a4Document, borderedTable, pageFooter } from './layout';
export type { A4DocumentOptions, BorderedTableOptions } from './layout';
