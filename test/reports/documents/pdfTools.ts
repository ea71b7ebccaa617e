import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfFonts } from '../../../cli/fonts';
import { renderPdf } from '../../../reports/render/pdf/renderPdf';
import { pageOnePng, pdfText } from '../../helpers/pdfTools';
import { d } from './fixtures';

export { pdfFonts } from '../../helpers/pdfTools';

/** Where forms rendered by tests go for a person to look at (git-ignored). */
export const FORMS_OUT = path.resolve(__dirname, '../../../test-output/forms');

/** A rendered form: bytes, its text per page (layout mode) and the path it was written to. */
export interface RenderedForm {
  bytes: Uint8Array;
  file: string;
  pages: string[];
  /** All text with runs of white space removed, for finding phrases across layout gaps. */
  flat: string;
}

/** Renders a definition with the shared renderer, writes the PDF and a PNG of page 1, and reads the text back. */
export async function renderAndRead(def: TDocumentDefinitions, name: string): Promise<RenderedForm> {
  const { bytes, findings } = await renderPdf(def, { fonts: loadPdfFonts(), title: name, date: d('2026-04-10') });
  if (findings.length > 0) throw new Error(findings.map((f) => f.message).join('\n'));
  fs.mkdirSync(FORMS_OUT, { recursive: true });
  const file = path.join(FORMS_OUT, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  pageOnePng(file, name, FORMS_OUT);
  const text = pdfText(file);
  const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  return { bytes, file, pages, flat: text.replace(/\s+/g, '') };
}
