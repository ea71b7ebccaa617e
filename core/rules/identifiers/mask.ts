import { toHalfWidth } from '../../text/halfWidth';

/**
 * An ID number for printed lists: the first and last four characters kept, the rest as `*`
 * (shorter numbers keep less).
 * @example maskIdNumber('310104198001010017') //=> '3101**********0017'
 */
export function maskIdNumber(value: string): string {
  const s = toHalfWidth(String(value)).replace(/\s+/g, '');
  const n = s.length;
  if (n === 0) return '';
  const keep = n >= 12 ? 4 : n >= 6 ? 2 : n >= 3 ? 1 : 0;
  if (keep === 0) return '*'.repeat(n);
  return s.slice(0, keep) + '*'.repeat(n - 2 * keep) + s.slice(n - keep);
}
