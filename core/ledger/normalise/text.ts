import { toHalfWidth } from '../../text/halfWidth';
import { AnyCell, cellText } from '../cells';

const INNER_SPACE = /[\s\u00a0\u200b\ufeff]+/g;

/** Free text: trimmed; numbers as typed; dates as YYYY-MM-DD. */
export function textValue(cell: AnyCell): string {
  return cellText(cell);
}

/**
 * Codes and numbers kept as text (申请编号, 索引号, 电话): full-width digits and letters to
 * half-width, trimmed. A number cell keeps every digit (no `1.2e+17`).
 */
export function codeValue(cell: AnyCell): string {
  const text = cellText(cell);
  return hasFullWidth(text) ? toHalfWidth(text).trim() : text;
}

/** An ID number (身份证号码, 统一社会信用代码): half-width, no spaces, upper-case check letter. */
export function idValue(cell: AnyCell): string {
  return toHalfWidth(cellText(cell)).replace(INNER_SPACE, '').toUpperCase();
}

/** Key for comparing enum words: half-width, no spaces or quotes, lower case. */
export function enumKey(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0"'“”‘’「」]+/g, '')
    .toLowerCase();
}

function hasFullWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) return true;
  }
  return false;
}
