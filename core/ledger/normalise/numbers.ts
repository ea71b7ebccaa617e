import { toHalfWidth } from '../../text/halfWidth';
import { AnyCell } from '../cells';

const NUMBER_TEXT = /^([+-]?\d{1,3}(?:,\d{3})+|[+-]?\d+)(\.\d+)?\s*(?:个工作日|工作日|个|天|日|页|份|件|元|万元)?$/;
const YES = new Set(['是', '有', '延期', '已延期', 'y', 'yes', '√', '✓', '✔']);
const NO = new Set(['否', '无', '不延期', '未延期', 'n', 'no', '×', '✗', '0']);

/** A number from a number cell or from text such as `２０`, `1,200`, `20个工作日`; undefined when unreadable. */
export function numberValue(cell: AnyCell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const m = NUMBER_TEXT.exec(toHalfWidth(cell).trim());
  if (!m) return undefined;
  return Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
}

/** 延期工作日: a number, or 是/否 in a 是否延期 column (是 = the preset's maximum, normally 20). */
export function extensionValue(cell: AnyCell, yesDays: number): number | undefined {
  if (typeof cell === 'boolean') return cell ? yesDays : 0;
  const n = numberValue(cell);
  if (n !== undefined) return n;
  if (typeof cell !== 'string') return undefined;
  const key = toHalfWidth(cell).trim().toLowerCase();
  if (YES.has(key)) return yesDays;
  if (NO.has(key)) return 0;
  return undefined;
}
