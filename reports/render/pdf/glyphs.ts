import * as fontkit from 'fontkit';
import { FALLBACK_FAMILY, PdfFontFace, PdfFonts } from './fonts';

/** Answers "can this font draw this code point?", parsing each font file once per process. */
export type GlyphTest = (codePoint: number) => boolean;

const parsed = new WeakMap<Uint8Array, Map<string, GlyphTest>>();

function openFace(face: PdfFontFace): fontkit.Font {
  const font = fontkit.create(face.bytes, face.postscriptName);
  if ('fonts' in font) {
    // A collection opened without a name: take its first face rather than fail.
    const first = font.fonts[0];
    if (!first) throw new Error('empty font collection');
    return first;
  }
  return font;
}

/** A cached glyph test for one font face. */
export function glyphTest(face: PdfFontFace): GlyphTest {
  let byName = parsed.get(face.bytes);
  if (!byName) {
    byName = new Map();
    parsed.set(face.bytes, byName);
  }
  const key = face.postscriptName ?? '';
  let test = byName.get(key);
  if (!test) {
    const font = openFace(face);
    const seen = new Map<number, boolean>();
    test = (cp) => {
      let has = seen.get(cp);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(cp);
        seen.set(cp, has);
      }
      return has;
    };
    byName.set(key, test);
  }
  return test;
}

/** Where a character goes: the main font, the fallback font, or nowhere (reported). */
type Coverage = 'main' | 'fallback' | 'missing';

/** Classifies characters against the main fonts (regular and bold) and the fallback. */
export class GlyphCoverage {
  private readonly main: GlyphTest[];
  private readonly fallback: GlyphTest[];
  /** Characters no font can draw, in order of first appearance. */
  readonly missing = new Set<string>();
  /** Characters drawn with the fallback font. */
  readonly fellBack = new Set<string>();

  constructor(fonts: PdfFonts) {
    this.main = [glyphTest(fonts.regular), glyphTest(fonts.bold)];
    const fb = fonts.fallback;
    this.fallback = fb ? [glyphTest(fb.regular), ...(fb.bold ? [glyphTest(fb.bold)] : [])] : [];
  }

  private classify(ch: string): Coverage {
    const cp = ch.codePointAt(0)!;
    // Line breaks and tabs are layout, not glyphs.
    if (cp === 0x0a || cp === 0x0d || cp === 0x09) return 'main';
    if (this.main.every((t) => t(cp))) return 'main';
    if (this.fallback.length > 0 && this.fallback.every((t) => t(cp))) {
      this.fellBack.add(ch);
      return 'fallback';
    }
    this.missing.add(ch);
    return 'missing';
  }

  /** Records every character of `text` the main font lacks as missing (for text drawn in one font, e.g. a watermark). */
  requireMain(text: string): void {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp !== 0x0a && cp !== 0x0d && cp !== 0x09 && !this.main.every((t) => t(cp))) this.missing.add(ch);
    }
  }

  /**
   * Splits a string into runs: plain strings for the main font, `{text, font}` runs for the
   * fallback. Returns the string itself when the main font covers it all.
   */
  split(text: string): string | Array<string | { text: string; font: string }> {
    const runs: Array<string | { text: string; font: string }> = [];
    let current = '';
    let currentFallback = false;
    let any = false;
    for (const ch of text) {
      const fallback = this.classify(ch) === 'fallback';
      if (fallback) any = true;
      if (fallback !== currentFallback && current !== '') {
        runs.push(currentFallback ? { text: current, font: FALLBACK_FAMILY } : current);
        current = '';
      }
      currentFallback = fallback;
      current += ch;
    }
    if (!any) return text;
    if (current !== '') runs.push(currentFallback ? { text: current, font: FALLBACK_FAMILY } : current);
    return runs;
  }
}
