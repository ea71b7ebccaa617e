import { existsSync, readFileSync } from 'node:fs';
import type { FontSource, PdfFontFace, PdfFonts } from '../reports/render/pdf/fonts';

/** System fonts tried, in order, as the fallback for characters Noto Serif SC lacks (all optional). */
const FALLBACK_CANDIDATES: ReadonlyArray<{ label: string; regular: PdfFontFaceFile; bold?: PdfFontFaceFile }> = [
  {
    label: 'Noto Serif CJK SC',
    regular: { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular' },
    bold: { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', postscriptName: 'NotoSerifCJKsc-Bold' },
  },
  {
    label: 'Noto Sans CJK SC',
    regular: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
    bold: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
  },
  {
    label: 'Noto Sans CJK SC',
    regular: { path: '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  },
  { label: 'WenQuanYi Zen Hei', regular: { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', postscriptName: 'WenQuanYiZenHei' } },
  { label: 'SimSun-ExtB', regular: { path: 'C:\\Windows\\Fonts\\simsunb.ttf' } },
];

interface PdfFontFaceFile {
  path: string;
  postscriptName?: string;
}

const bytesCache = new Map<string, Uint8Array>();

function readFace(file: PdfFontFaceFile): PdfFontFace {
  let bytes = bytesCache.get(file.path);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(file.path));
    bytesCache.set(file.path, bytes);
  }
  return file.postscriptName ? { bytes, postscriptName: file.postscriptName } : { bytes };
}

function packagedFont(weight: '400Regular' | '700Bold'): PdfFontFaceFile {
  return { path: require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`) };
}

function findFallback(explicit?: string): PdfFonts['fallback'] {
  if (explicit) {
    // A user-chosen TTF/OTF (or "file.ttc#PostScriptName").
    const [path, postscriptName] = explicit.split('#') as [string, string | undefined];
    if (existsSync(path)) return { label: path, regular: readFace(postscriptName ? { path, postscriptName } : { path }) };
  }
  for (const c of FALLBACK_CANDIDATES) {
    if (!existsSync(c.regular.path)) continue;
    try {
      return {
        label: c.label,
        regular: readFace(c.regular),
        ...(c.bold && existsSync(c.bold.path) ? { bold: readFace(c.bold) } : {}),
      };
    } catch {
      continue; // unreadable file: try the next one
    }
  }
  return undefined;
}

let cached: PdfFonts | undefined;

/**
 * The fonts for every PDF: Noto Serif SC (regular + bold) from node_modules, plus a system CJK
 * font as fallback when one is found (or the file named by `OGI_FALLBACK_FONT`). Cached in-process.
 */
export function loadPdfFonts(): PdfFonts {
  if (!cached) {
    enablePdfFontObjectCache();
    const fallback = findFallback(process.env.OGI_FALLBACK_FONT);
    cached = {
      regular: readFace(packagedFont('400Regular')),
      bold: readFace(packagedFont('700Bold')),
      ...(fallback ? { fallback } : {}),
    };
  }
  return cached;
}

/** The CLI's FontSource: the files on disk, through `loadPdfFonts`. */
export const nodeFontSource: FontSource = { load: async () => loadPdfFonts() };

/** The slice of pdfkit's EmbeddedFont the cache touches. */
interface EmbeddedFontLike {
  readonly name: string;
  readonly id: string;
  readonly font: unknown;
  constructor: new (doc: PdfKitDocLike, font: unknown, id: string) => EmbeddedFontLike;
}
interface PdfKitDocLike {
  fonts: Record<string, Record<string, unknown>>;
  fontCache: Record<string, Record<string, EmbeddedFontLike>>;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
}
type ProvideFont = (this: PdfKitDocLike, family: string, bold: boolean, italics: boolean) => EmbeddedFontLike;

let fontObjectCacheOn = false;

/**
 * Node-only speed-up: pdfkit parses each font file again for every document (cmap, GSUB — most of
 * a warm render's time with 14 MB CJK fonts). This keeps the parsed fontkit object per font file
 * and builds each document's EmbeddedFont (with its own fresh subset) around it. Output bytes are
 * unchanged: same font ids in the same order, same glyphs.
 */
export function enablePdfFontObjectCache(): void {
  if (fontObjectCacheOn) return;
  fontObjectCacheOn = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PdfmakeDocument = (require('pdfmake/js/PDFDocument') as { default: { prototype: { provideFont: ProvideFont } } }).default;
  const original = PdfmakeDocument.prototype.provideFont;
  const parsedFonts = new Map<string, { Ctor: EmbeddedFontLike['constructor']; font: unknown }>();
  PdfmakeDocument.prototype.provideFont = function (this: PdfKitDocLike, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const cachedInDoc = this.fontCache[family]?.[type];
    if (cachedInDoc) return cachedInDoc;
    const def = this.fonts[family]?.[type];
    const key =
      typeof def === 'string' ? def : Array.isArray(def) && typeof def[0] === 'string' ? `${def[0]}#${String(def[1] ?? '')}` : undefined;
    const parsed = key ? parsedFonts.get(key) : undefined;
    if (!key || !parsed) {
      const made = original.call(this, family, bold, italics);
      if (key && made.font) parsedFonts.set(key, { Ctor: made.constructor, font: made.font });
      return made;
    }
    // What pdfkit's doc.font() does for a new font: next id, register by PostScript name (or id).
    const id = `F${++this._fontCount}`;
    const same = Object.values(this._fontFamilies).find((f) => f.font === parsed.font);
    // The same file under another style (italics mapped to regular): pdfkit reuses the font too.
    const made = same ?? new parsed.Ctor(this, parsed.font, id);
    if (!same) {
      if (!this._fontFamilies[made.name]) this._fontFamilies[made.name] = made;
      else this._fontFamilies[made.id] = made;
    }
    (this.fontCache[family] ??= {})[type] = made;
    return made;
  };
}
