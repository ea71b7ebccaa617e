/**
 * Line wrapping done before pdfmake: forms are paginated ahead of layout (each page carries its
 * own count), and handing pdfmake ready-made lines (`noWrap`) saves it splitting CJK text into one
 * word per character — about half the time of a 2,000-row transfer sheet.
 */

/** Advance widths (em) of ASCII 0x20–0x7E in Noto Serif SC, the larger of regular and bold. */
const ASCII_EM = [
  0.26, 0.36, 0.45, 0.62, 0.59, 0.97, 0.81, 0.24, 0.4, 0.4, 0.49, 0.61, 0.34, 0.37, 0.34, 0.4, 0.6, 0.48, 0.6, 0.6, 0.6, 0.6, 0.6, 0.59,
  0.6, 0.6, 0.34, 0.34, 0.61, 0.61, 0.61, 0.48, 0.97, 0.75, 0.71, 0.71, 0.79, 0.67, 0.65, 0.76, 0.87, 0.43, 0.43, 0.77, 0.65, 1.01, 0.82,
  0.79, 0.68, 0.79, 0.76, 0.6, 0.7, 0.82, 0.74, 1.1, 0.73, 0.71, 0.63, 0.38, 0.4, 0.38, 0.61, 0.6, 0.45, 0.59, 0.68, 0.57, 0.66, 0.58, 0.41,
  0.6, 0.69, 0.35, 0.34, 0.66, 0.36, 1.01, 0.69, 0.63, 0.68, 0.64, 0.5, 0.5, 0.4, 0.68, 0.58, 0.88, 0.6, 0.59, 0.52, 0.38, 0.34, 0.38, 0.61,
];

/** Width of one character in em: ASCII from the font's metrics, everything else a full em (CJK is square). */
export function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII_EM[code - 0x20];
  if (code < 0x20) return 0;
  return 1;
}

/** Width of a text in points at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** Characters that may not begin a line (Chinese typesetting), and that may not end one. */
const NO_START = new Set([...'，。、；：？！）》」』〕】”’．,.;:?!)]}%…']);
const NO_END = new Set([...'（《「『〔【“‘([{']);
/** ASCII letters and digits stay together as a word unless the word alone is too long. */
const WORD = /[A-Za-z0-9]/;

/** Splits text into tokens: single CJK characters, ASCII words (with a trailing separator), spaces. */
function tokens(paragraph: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of paragraph) {
    if (WORD.test(ch)) {
      word += ch;
      continue;
    }
    if (word) {
      if (/[/\-_.,:]/.test(ch)) {
        out.push(word + ch);
        word = '';
        continue;
      }
      out.push(word);
      word = '';
    }
    out.push(ch);
  }
  if (word) out.push(word);
  return out;
}

/**
 * Wraps text into lines no wider than `widthPt` (2 % slack kept for rounding), keeping closing
 * punctuation off the start of a line and opening punctuation off its end.
 * @example wrapLines('关于印发《实施方案》的通知', 60, 10) //=> ['关于印发', '《实施方', '案》的通知']
 */
export function wrapLines(text: string, widthPt: number, fontSize: number): string[] {
  const limit = Math.max(widthPt / 1.02, fontSize * 1.2);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0;
    const push = () => {
      lines.push(line.replace(/ +$/, ''));
      line = '';
      width = 0;
    };
    for (const tok of tokens(paragraph)) {
      const w = textWidth(tok, fontSize);
      if (width + w <= limit) {
        line += tok;
        width += w;
        continue;
      }
      if (w > limit) {
        // a word longer than the line: break it by characters
        for (const ch of tok) {
          const cw = charEm(ch) * fontSize;
          if (width + cw > limit && line) push();
          line += ch;
          width += cw;
        }
        continue;
      }
      if (tok === ' ') {
        push();
        continue;
      }
      let carry = '';
      if (NO_START.has(tok) && line.length > 1) {
        // move the last character down with the closing mark
        const chars = [...line];
        carry = chars.pop() as string;
        line = chars.join('');
      }
      while (line.length > 1 && NO_END.has([...line].pop() as string)) {
        const chars = [...line];
        carry = (chars.pop() as string) + carry;
        line = chars.join('');
      }
      push();
      line = carry + tok;
      width = textWidth(line, fontSize);
    }
    if (line || lines.length === 0 || paragraph === '') push();
  }
  return lines;
}

/** How many lines a text needs in a column (see {@link wrapLines}). */
export function estimateLines(text: string, widthPt: number, fontSize: number): number {
  return text ? wrapLines(text, widthPt, fontSize).length : 1;
}
