import { toHalfWidth } from '../../text/halfWidth';

// Notes real offices append to header cells: （必填）, (YYYY-MM-DD), 【选填】, [单位：元] …
const TRAILING_NOTE = /(?:\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕)$/;
const WHITESPACE = /[\s\u00a0\u200b\ufeff]+/g;
const EDGE_MARKS = /^[*※★·•]+|[*※★:：]+$/g;

/**
 * Header text as compared with the synonym tables (contracts §3): half-width, no spaces or line
 * breaks, no leading `*`, no trailing `（必填）`-style notes, Latin letters in lower case.
 * @example normaliseHeader('*收到日期\n（必填）') //=> '收到日期'
 */
export function normaliseHeader(text: string): string {
  let s = toHalfWidth(text).replace(WHITESPACE, '').replace(EDGE_MARKS, '');
  // Strip notes one at a time, but never strip a header down to nothing.
  for (;;) {
    const stripped = s.replace(TRAILING_NOTE, '').replace(EDGE_MARKS, '');
    if (stripped === s || stripped === '') break;
    s = stripped;
  }
  return s.toLowerCase();
}
