import type { PdfFontFace } from '../reports/render/pdf/fonts';

/**
 * The worker asking the page for fonts, beside the RPC of pane/rpc.ts: a worker started from a blob
 * (a page opened as a file) cannot fetch the `fonts/` folder, and only the page may ask the browser
 * for the office's installed 公文 fonts (`queryLocalFonts` is a window API).
 */

/** What the worker asks for: the packaged Noto Serif SC (as base64), or the office's 公文 fonts. */
export type FontWant = 'bundled' | 'official';

/** Worker → page. */
export interface FontRequest {
  ogiFont: FontWant;
  seq: number;
}

/** Page → worker: the fonts, or why there are none (`error`, Chinese). */
export interface FontReply {
  ogiFont: FontWant;
  seq: number;
  /** bundled: Noto Serif SC regular and bold, base64. */
  regular?: string;
  bold?: string;
  /** official: 仿宋 (body) and 方正小标宋 (title); `label` names them for the user. */
  body?: PdfFontFace;
  title?: PdfFontFace;
  label?: string;
  error?: string;
}

/** True for a font message (the page sees requests, the worker replies); anything else is the RPC's. */
export function isFontMessage(data: unknown): data is FontRequest & FontReply {
  return typeof data === 'object' && data !== null && 'ogiFont' in data && typeof (data as FontRequest).seq === 'number';
}

/** Bytes from base64 (the font scripts), with the browser's own decoder where it has one. */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
