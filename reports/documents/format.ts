import { CalendarDate, ymd } from '../../core/dates';

/** `2026年11月26日`, the date form printed on Chinese official documents. */
export function dateZh(date: CalendarDate | undefined): string {
  if (!date) return '';
  const { year, month, day } = ymd(date);
  return `${year}年${month}月${day}日`;
}

/** Blank line for hand-filled fields on printed forms. */
export const BLANK = '＿＿＿＿＿＿';

/** The period of a form in words, e.g. `2026年1月1日至2026年3月31日`. */
export function periodZh(from: CalendarDate | undefined, until: CalendarDate | undefined, open: string): string {
  if (!from && !until) return open;
  if (from && until) return `${dateZh(from)}至${dateZh(until)}`;
  if (from) return `${dateZh(from)}起`;
  return `截至${dateZh(until)}`;
}
