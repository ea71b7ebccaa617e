/**
 * Full-width ASCII forms (Ａ-Ｚ, ０-９, ／, ．…) to half-width, and the ideographic space to a
 * plain space. CJK punctuation such as 、，。〔〕 is left alone: it carries meaning in 文号.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}
