import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CalendarDate } from '../../../core/dates';
import { Finding } from '../../../core/findings';
import { content as withFallback } from './fallbackText';
import { FALLBACK_FAMILY, MAIN_FAMILY, PdfFontFace, PdfFonts } from './fonts';
import { GlyphCoverage } from './glyphs';
import { pdfMessages } from './messages';
import { PdfKitDocument, pdfmake, VfsFont } from './pdfmakeApi';

/** Options of {@link renderPdf}: fonts as bytes, the document's metadata and its (fixed) date. */
export interface RenderPdfOptions {
  fonts: PdfFonts;
  title: string;
  subject?: string;
  author?: string;
  /** The document's date: CreationDate/ModDate are this day at 00:00 UTC, so the bytes are reproducible. */
  date: CalendarDate;
  keywords?: string;
}

const vfsNames = new WeakMap<Uint8Array, string>();
let vfsCount = 0;

/** Puts a font's bytes into pdfmake's virtual file system once and returns its descriptor. */
function vfsFont(face: PdfFontFace): VfsFont {
  let name = vfsNames.get(face.bytes);
  if (!name) {
    name = `ogi-font-${++vfsCount}.ttf`;
    pdfmake.virtualfs.writeFileSync(name, face.bytes);
    vfsNames.set(face.bytes, name);
  }
  return face.postscriptName ? [name, face.postscriptName] : name;
}

function family(regular: PdfFontFace, bold: PdfFontFace) {
  const r = vfsFont(regular);
  const b = vfsFont(bold);
  return { normal: r, bold: b, italics: r, bolditalics: b };
}

/** XMP is XML: pdfkit writes the metadata into it unescaped. */
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fixedDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function wrapDynamic(dyn: DynamicContent | Content | undefined, cov: GlyphCoverage): DynamicContent | Content | undefined {
  if (dyn === undefined) return undefined;
  if (typeof dyn === 'function') {
    const fn = dyn;
    return ((page: number, pages: number, size) => withFallback(fn(page, pages, size), cov)) as DynamicContent;
  }
  return withFallback(dyn, cov) as Content;
}

/**
 * Renders a pdfmake document to PDF bytes with the project's rules: the given CJK fonts embedded
 * and subset, characters the main font lacks drawn with the fallback font (or reported as
 * `pdf.glyph.missing` findings), PDF/A-2b metadata, and byte-identical output for the same input.
 */
export async function renderPdf(doc: TDocumentDefinitions, options: RenderPdfOptions): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  const { fonts } = options;
  const cov = new GlyphCoverage(fonts);
  // A watermark is drawn in the main font only: its characters cannot fall back.
  const watermarkText = typeof doc.watermark === 'string' ? doc.watermark : doc.watermark?.text;
  if (watermarkText) cov.requireMain(watermarkText);
  const fontTable: Parameters<typeof pdfmake.setFonts>[0] = { [MAIN_FAMILY]: family(fonts.regular, fonts.bold) };
  if (fonts.fallback) {
    fontTable[FALLBACK_FAMILY] = family(fonts.fallback.regular, fonts.fallback.bold ?? fonts.fallback.regular);
  }
  const when = fixedDate(options.date);
  const definition: TDocumentDefinitions = {
    ...doc,
    content: withFallback(doc.content, cov) as Content,
    header: wrapDynamic(doc.header, cov),
    footer: wrapDynamic(doc.footer, cov),
    ...(doc.background !== undefined
      ? { background: wrapDynamic(doc.background as DynamicContent | Content, cov) as TDocumentDefinitions['background'] }
      : {}),
    defaultStyle: { font: MAIN_FAMILY, ...doc.defaultStyle },
    version: '1.7',
    subset: 'PDF/A-2b',
    language: doc.language ?? 'zh-CN',
    info: {
      title: options.title,
      ...(options.author ? { author: options.author } : {}),
      ...(options.subject ? { subject: options.subject } : {}),
      ...(options.keywords ? { keywords: options.keywords } : {}),
      creator: 'ogi-ledger',
      producer: 'ogi-ledger (pdfmake)',
      creationDate: when,
      modDate: when,
    },
  };
  pdfmake.setFonts(fontTable);
  const output = pdfmake.createPdf(definition);
  const pdfDoc = await output.getStream();
  escapeXmpMetadata(pdfDoc);
  const bytes = new Uint8Array(await output.getBuffer());
  const findings: Finding[] =
    cov.missing.size === 0
      ? []
      : [
          {
            sheet: options.title,
            row: null,
            column: null,
            field: null,
            severity: 'error',
            code: 'pdf.glyph.missing',
            message: pdfMessages.glyphMissing([...cov.missing], `《${options.title}》`),
          },
        ];
  return { bytes, findings };
}

/** pdfkit puts Title/Author/Subject/Keywords into XMP raw: escape them there only (the Info dictionary stays plain); add ModifyDate. */
function escapeXmpMetadata(pdfDoc: PdfKitDocument): void {
  const addInfo = pdfDoc._addInfo;
  pdfDoc._addInfo = function (this: PdfKitDocument) {
    const plain = this.info;
    const escaped: Record<string, unknown> = { ...plain };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer']) {
      const v = plain[key];
      if (typeof v === 'string') escaped[key] = escapeXml(v);
    }
    this.info = escaped;
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
    // PDF/A: every Info entry needs its XMP twin; pdfkit writes none for ModDate.
    const mod = plain.ModDate;
    if (mod instanceof Date) {
      this.appendXML(
        `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:ModifyDate>${mod.toISOString().split('.')[0]}Z</xmp:ModifyDate></rdf:Description>`,
      );
    }
  };
}
