/**
 * The page's answers to its worker's font requests (web/fontChannel.ts): the packaged Noto Serif SC
 * from the font scripts beside the page (for a worker that cannot fetch them, on file://), and the
 * office's 公文 fonts through the browser's local-font access.
 */
import type { FontReply, FontRequest } from './fontChannel';
import { loadScriptValue } from './scriptAsset';
import { localOfficialFonts } from './localFonts';
import { fileMessages } from './fileMessages';

/** The font scripts web/fileBuild.js writes, and the global they fill. */
const FONT_SCRIPTS = { regular: 'fonts/NotoSerifSC-Regular.ttf.js', bold: 'fonts/NotoSerifSC-Bold.ttf.js' } as const;
const FONT_GLOBAL = 'ogiFontFiles';

function fontScript(face: keyof typeof FONT_SCRIPTS): Promise<string> {
  return loadScriptValue(FONT_SCRIPTS[face], FONT_GLOBAL, face).then(
    (v) => v as string,
    () => Promise.reject(new Error(fileMessages.fontScriptMissing(FONT_SCRIPTS[face]))),
  );
}

/** Answers one font request; an `error` reply (Chinese) when the fonts cannot be had. */
export async function answerFontRequest(request: FontRequest): Promise<{ reply: FontReply; transfer: Transferable[] }> {
  const { ogiFont, seq } = request;
  if (ogiFont === 'bundled') {
    const [regular, bold] = await Promise.all([fontScript('regular'), fontScript('bold')]);
    return { reply: { ogiFont, seq, regular, bold }, transfer: [] };
  }
  const official = await localOfficialFonts();
  if (!official) return { reply: { ogiFont, seq }, transfer: [] };
  const transfer = [official.body.bytes.buffer, ...(official.title ? [official.title.bytes.buffer] : [])] as Transferable[];
  return { reply: { ogiFont, seq, body: official.body, title: official.title, label: official.label }, transfer };
}
