import { calendarDate, CalendarDate, isValidYmd } from '../../dates';
import { toHalfWidth } from '../../text/halfWidth';
import { identifierMessages as m } from './messages';

/** Outcome of an identifier check: the normalised form when valid, a Chinese reason when not. */
export interface IdentifierCheck {
  ok: boolean;
  normalized?: string;
  reason?: string;
  /** A doubt that does not make the identifier invalid (e.g. an unusual department code). */
  warning?: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// GB/T 2260 province-level codes, plus 71/81/82/83 (台港澳-related series) and 91 (国外).
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
  83, 91,
]);

/** The GB 11643 check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** A 15-digit legacy number as 18 digits: `19` before the year, check character appended. */
export function convertResidentId15To18(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * Checks a 居民身份证号码 (GB 11643-1999): 18 digits with check character (lower-case x accepted)
 * or a 15-digit legacy number (converted), a real province code and a real birth date not in the future.
 * @example checkResidentId('11010519491231002x', { today: '2025-06-30' }) //=> { ok: true, normalized: '11010519491231002X' }
 */
export function checkResidentId(value: string, options: { today: CalendarDate }): IdentifierCheck {
  const s = toHalfWidth(String(value)).replace(/\s+/g, '').toUpperCase();
  if (s === '') return { ok: false, reason: m.empty };
  if (s.length !== 18 && s.length !== 15) return { ok: false, reason: m.residentLength(s.length) };
  if (s.length === 15 ? !/^\d{15}$/.test(s) : !/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: m.residentChars };
  const id = s.length === 15 ? convertResidentId15To18(s) : s;
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return { ok: false, reason: m.residentProvince(id.slice(0, 2)) };
  const y = Number(id.slice(6, 10));
  const mo = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (!isValidYmd(y, mo, d)) return { ok: false, reason: m.residentBirth(id.slice(6, 14)) };
  const birth = calendarDate(y, mo, d);
  if (birth > options.today) return { ok: false, reason: m.residentFuture(birth) };
  if (y < 1800) return { ok: false, reason: m.residentTooOld(birth) };
  const expected = residentIdCheckChar(id.slice(0, 17));
  if (id[17] !== expected) return { ok: false, reason: m.residentCheck(expected, id[17]) };
  return { ok: true, normalized: id };
}
