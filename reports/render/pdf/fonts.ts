/** One font file passed in as bytes; `postscriptName` picks a face out of a TrueType collection (.ttc). */
export interface PdfFontFace {
  bytes: Uint8Array;
  postscriptName?: string;
}

/**
 * The fonts every PDF of the project is drawn with, passed in as bytes (reports/ never reads files).
 * `regular`/`bold`: the CJK font shipped with the package (Noto Serif SC).
 * `fallback`: an optional font for characters the main font lacks (e.g. a system Noto Serif CJK).
 */
export interface PdfFonts {
  regular: PdfFontFace;
  bold: PdfFontFace;
  fallback?: { regular: PdfFontFace; bold?: PdfFontFace; label: string };
}

/** pdfmake family name of the main font. */
export const MAIN_FAMILY = 'NotoSerifSC';
/** pdfmake family name of the fallback font. */
export const FALLBACK_FAMILY = 'OgiFallback';

/**
 * Where a platform gets the PDF fonts (files on disk for the CLI, the page's own origin for the
 * add-in and the offline page); asked on the first PDF, so pdfmake's fonts load only when needed.
 */
export interface FontSource {
  load(): Promise<PdfFonts>;
}
