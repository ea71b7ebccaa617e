import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Git-ignored folder for PDFs and PNGs a person may look at. */
export const OUTPUT_DIR = join(__dirname, '../../test-output');

const READER = join(__dirname, 'pdf/readPdf.mjs');

/** One font of a PDF as pdf.js loads it: its name, whether its program is embedded, whether it is a subset. */
export interface PdfFont {
  name: string;
  embedded: boolean;
  subset: boolean;
}

interface PdfRead {
  info: Record<string, string | number | boolean | null | object>;
  pages: Array<{ layout: string; raw: string }>;
  fonts: PdfFont[];
}

const cache = new Map<string, PdfRead>();

/** Reads a PDF with pdf.js in a child process (pdf.js is ESM-only; jest runs CommonJS), once per file version. */
function readPdf(path: string, png?: string): PdfRead {
  const { mtimeMs, size } = statSync(path);
  const key = `${path}\0${mtimeMs}\0${size}`;
  let read = png === undefined ? cache.get(key) : undefined;
  if (!read) {
    const args = [READER, path, ...(png === undefined ? [] : [png])];
    read = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as PdfRead;
    cache.set(key, read);
  }
  return read;
}

/** Writes bytes to test-output/NAME and returns the path. */
export function saveOutput(name: string, bytes: Uint8Array): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, bytes);
  return path;
}

/**
 * Text of a PDF, pages ended by a form feed as pdftotext prints them. With `layout` (the default) the text
 * runs of one baseline make one line, left to right, so a table row stays on one line; without it, the
 * text comes in drawing order.
 */
export function pdfText(path: string, layout = true): string {
  return readPdf(path)
    .pages.map((p) => `${layout ? p.layout : p.raw}\f`)
    .join('');
}

/** The text of each page (layout mode). */
export function pdfPages(path: string): string[] {
  return readPdf(path).pages.map((p) => p.layout);
}

/** Number of pages. */
export function pdfPageCount(path: string): number {
  return readPdf(path).pages.length;
}

/** Every font the pages draw with, once per font object: name, embedded, subset (the `ABCDEF+` prefix). */
export function pdfFonts(path: string): PdfFont[] {
  return readPdf(path).fonts;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A PDF date `D:20250131000000Z` written as pdfinfo does (`Fri Jan 31 00:00:00 2025 UTC`); other text unchanged. */
function pdfDate(value: string): string {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z/.exec(value);
  if (!m) return value;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${weekday} ${MONTHS[mo - 1]!} ${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)} ${y} UTC`;
}

/** The document information as key → text, with pdfinfo's key for the version (`PDF version`) and its date form. */
export function pdfInfo(path: string): Record<string, string> {
  const { info } = readPdf(path);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(info)) {
    if (typeof value === 'string') out[key] = /Date$/.test(key) ? pdfDate(value) : value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
  }
  if (typeof info.PDFFormatVersion === 'string') out['PDF version'] = info.PDFFormatVersion;
  return out;
}

/** Draws page 1 (pdf.js on @napi-rs/canvas, 60 dpi) to `dir`/NAME.png (test-output/ by default) and returns the path. */
export function pageOnePng(pdfPath: string, name: string, dir = OUTPUT_DIR): string {
  mkdirSync(dir, { recursive: true });
  const png = join(dir, `${name}.png`);
  readPdf(pdfPath, png);
  return png;
}

/** Removes all whitespace: PDF text spaces CJK text unpredictably. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}
