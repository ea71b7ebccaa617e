import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfFonts } from '../../../cli/fonts';
import { renderPdf } from '../../../reports/render/pdf/renderPdf';
import { d } from './fixtures';

/** Where forms rendered by tests go for a person to look at (git-ignored). */
export const FORMS_OUT = path.resolve(__dirname, '../../../test-output/forms');

/** A rendered form: bytes, its text per page (pdftotext -layout) and the path it was written to. */
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
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(FORMS_OUT, name)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  return { bytes, file, pages, flat: text.replace(/\s+/g, '') };
}

/** The font lines of `pdffonts` (name, type, emb, sub). */
export function pdfFonts(file: string): { name: string; embedded: boolean; subset: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    // columns: name type [encoding…] emb sub uni object ID
    const n = cols.length;
    return { name: cols[0], embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
  });
}
