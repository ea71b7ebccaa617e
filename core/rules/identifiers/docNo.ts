import { toHalfWidth } from '../../text/halfWidth';

// Brackets people type around the year of a 文号 instead of 〔〕 (GB/T 9704): [ ] 【】 （） ( ) ﹝﹞ ［］ 〈〉 ｛｝.
const YEAR_IN_BRACKETS = /[[【(（﹝〔〈{［]\s*(\d{4})\s*[\]】)）﹞〕〉}］]/g;

/**
 * A 文号 in its standard form: the year in 〔〕, half-width digits, no stray spaces (before 号 or anywhere).
 * @example normalizeDocNo('沪府办 [2025] 12 号') //=> '沪府办〔2025〕12号'
 */
export function normalizeDocNo(value: string): string {
  return toHalfWidth(String(value)).replace(YEAR_IN_BRACKETS, '〔$1〕').replace(/\s+/g, '');
}
