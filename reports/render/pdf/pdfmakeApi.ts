import pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** A font file in pdfmake's virtual file system: a name, or [name, postscript name] for a collection. */
export type VfsFont = string | [string, string];

/** The pdfkit document pdfmake hands back before it is ended (only what we touch). */
export interface PdfKitDocument {
  info: Record<string, unknown>;
  /** pdfkit's writer of the Info dictionary and its XMP; a property, as renderPdf replaces it with a wrapper. */
  _addInfo: (this: PdfKitDocument) => void;
  appendXML(xml: string, newline?: boolean): void;
}

/**
 * The part of pdfmake's singleton we use. The same calls exist in Node (`js/index.js`) and in the
 * browser build (`build/pdfmake.js`, picked by bundlers through the package's `browser` field).
 */
export interface PdfMakeApi {
  virtualfs: {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Uint8Array): void;
  };
  setFonts(fonts: Record<string, { normal: VfsFont; bold: VfsFont; italics: VfsFont; bolditalics: VfsFont }>): void;
  setUrlAccessPolicy?(callback: (url: string) => boolean): void;
  setLocalAccessPolicy?(callback: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): {
    getStream(): Promise<PdfKitDocument>;
    getBuffer(): Promise<Uint8Array>;
  };
}

/** pdfmake's singleton, typed. */
export const pdfmake = pdfmakeModule as unknown as PdfMakeApi;
// No remote or local resources are ever loaded: fonts come through the virtual file system.
pdfmake.setUrlAccessPolicy?.(() => false);
pdfmake.setLocalAccessPolicy?.(() => false);
