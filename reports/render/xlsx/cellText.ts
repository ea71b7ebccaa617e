// What a cell may hold when we write it: XML 1.0 characters only, at most Excel's 32,767.

/** Excel's limit on the characters of one cell (UTF-16 units, as Excel counts them). */
export const MAX_CELL_CHARS = 32_767;

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and surrogates
 * that are not part of a pair. One of them in sharedStrings.xml and Excel refuses the whole file.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_FORBIDDEN = new RegExp(FORBIDDEN.source);

/** The text as written, and what was changed to make it writable. */
export interface CellText {
  text: string;
  /** Characters XML 1.0 forbids that were removed (0 when none). */
  removed: number;
  /** The length before truncation when the text was longer than MAX_CELL_CHARS, else null. */
  truncatedFrom: number | null;
}

/**
 * Makes a string writable into a cell: removes the characters XML 1.0 forbids, then cuts it to
 * 32,767 characters (never between the halves of a surrogate pair).
 * @example cellText('张\uFFFF三') //=> { text: '张三', removed: 1, truncatedFrom: null }
 */
export function cellText(value: string): CellText {
  let text = value;
  let removed = 0;
  if (HAS_FORBIDDEN.test(text)) {
    text = text.replace(FORBIDDEN, () => {
      removed++;
      return '';
    });
  }
  if (text.length <= MAX_CELL_CHARS) return { text, removed, truncatedFrom: null };
  const from = text.length;
  let end = MAX_CELL_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // keep the pair whole: drop its first half too
  return { text: text.slice(0, end), removed, truncatedFrom: from };
}

/** Just the writable text (for texts whose changes need not be reported, e.g. our own messages). */
export function safeText(value: string): string {
  return cellText(value).text;
}

/** True when cellText would change the string (fast check for the common case). */
export function needsCleaning(value: string): boolean {
  return value.length > MAX_CELL_CHARS || HAS_FORBIDDEN.test(value);
}
