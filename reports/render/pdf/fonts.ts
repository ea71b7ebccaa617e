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
  /** The office's 公文 fonts for notices, where the platform can find them (asked only for a notice). */
  official?: () => Promise<OfficialFonts | undefined>;
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

/**
 * The office's own 公文 fonts, where installed: 仿宋_GB2312 for the text of a notice, 方正小标宋 for
 * its title (GB/T 9704). `label` names what was found, for the user.
 */
export interface OfficialFonts {
  body: PdfFontFace;
  title?: PdfFontFace;
  label: string;
}

/**
 * The fonts for a notice: the 公文 fonts as the main font (text in 仿宋, bold titles in 小标宋), the
 * packaged Noto Serif SC behind them for any character 仿宋_GB2312 (GB2312 only) lacks; without 公文
 * fonts, the project's fonts unchanged.
 */
export function withOfficialFonts(base: PdfFonts, official: OfficialFonts | undefined): PdfFonts {
  if (!official) return base;
  return {
    regular: official.body,
    bold: official.title ?? official.body,
    fallback: { regular: base.regular, bold: base.bold, label: 'Noto Serif SC' },
  };
}
