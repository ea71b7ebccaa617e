/**
 * A conservative estimate of how many lines a text needs in a column, so forms can be paginated
 * before pdfmake lays them out (counts per page must be known when the page is built). It errs on
 * the side of more lines: a page may end a little early, never overflow.
 */
export function estimateLines(text: string, widthPt: number, fontSize: number): number {
  if (!text) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let width = 0;
    for (const ch of paragraph) width += charWidth(ch.codePointAt(0) ?? 0) * fontSize;
    lines += Math.max(1, Math.ceil((width * 1.08) / Math.max(widthPt, fontSize)));
  }
  return lines;
}

/** Width of one character in ems: CJK and full-width forms are square, Latin is narrower. */
function charWidth(code: number): number {
  if (code >= 0x2e80 || (code >= 0x3000 && code <= 0x30ff) || (code >= 0xff00 && code <= 0xffef)) return 1;
  if (code >= 0x41 && code <= 0x5a) return 0.72; // capitals
  return 0.6;
}
