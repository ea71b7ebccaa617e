import { existsSync, readFileSync } from 'node:fs';
import type { PdfFontFace, PdfFonts } from '../reports/render/pdf/fonts';

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
  { label: 'Noto Sans CJK SC', regular: { path: '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' } },
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
    const fallback = findFallback(process.env.OGI_FALLBACK_FONT);
    cached = {
      regular: readFace(packagedFont('400Regular')),
      bold: readFace(packagedFont('700Bold')),
      ...(fallback ? { fallback } : {}),
    };
  }
  return cached;
}
