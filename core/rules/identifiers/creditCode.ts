import { toHalfWidth } from '../../text/halfWidth';
import { identifierMessages as m } from './messages';
import { IdentifierCheck } from './residentId';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const STRUCTURE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
// Department codes seen in practice; others only earn a warning (ogi-reference §5.2).
const KNOWN_DEPARTMENTS = new Set(['1', '5', '9', 'Y']);
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 32100 check character of the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  const c = 31 - (sum % 31);
  return CHARSET[c === 31 ? 0 : c];
}

/** True when 9 characters pass the GB 11714 组织机构代码 check. */
function orgCodeValid(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = code[i];
    const value = ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * ORG_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return code[8] === (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/**
 * Checks a 统一社会信用代码 (GB 32100-2015): structure, character set and check character;
 * an unusual department code or organisation code is a warning only.
 * @example checkCreditCode('91350100m000100y43') //=> { ok: true, normalized: '91350100M000100Y43' }
 */
export function checkCreditCode(value: string): IdentifierCheck {
  const s = toHalfWidth(String(value))
    .replace(/[\s-]+/g, '')
    .toUpperCase();
  if (s === '') return { ok: false, reason: m.empty };
  if (s.length !== 18) return { ok: false, reason: m.creditLength(s.length) };
  if (!STRUCTURE.test(s)) return { ok: false, reason: m.creditChars };
  const expected = creditCodeCheckChar(s.slice(0, 17));
  if (s[17] !== expected) return { ok: false, reason: m.creditCheck(expected, s[17]) };
  const warnings: string[] = [];
  if (!KNOWN_DEPARTMENTS.has(s[0])) warnings.push(m.creditDepartment(s[0]));
  if (!orgCodeValid(s.slice(8, 17))) warnings.push(m.creditOrgCode);
  return warnings.length > 0 ? { ok: true, normalized: s, warning: warnings.join('；') } : { ok: true, normalized: s };
}
