import { toHalfWidth } from '../../text/halfWidth';
import { identifierMessages as m } from './messages';

/** The default 索引号 template: office code / year - five-digit serial. */
export const DEFAULT_INDEX_NO_TEMPLATE = '{机构代码}/{yyyy}-{seq:05}';

/** Values that fill a 索引号 template. */
export interface IndexNoValues {
  /** 机构代码 / 统一社会信用代码 — the office's prefix */
  code: string;
  year: number;
  month?: number;
  seq: number;
}

const PLACEHOLDER = /\{(机构代码|yyyy|mm|seq)(?::(\d+))?\}/g;

/**
 * A 索引号 from a template with `{机构代码}`, `{yyyy}`, `{mm}` and `{seq}` / `{seq:05}` (zero-padded).
 * @example formatIndexNo('{机构代码}/{yyyy}-{seq:05}', { code: '11310107002425011X', year: 2025, seq: 13 }) //=> '11310107002425011X/2025-00013'
 */
export function formatIndexNo(template: string, values: IndexNoValues): string {
  return template.replace(PLACEHOLDER, (_all, key: string, width?: string) => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    switch (key) {
      case '机构代码':
        return values.code;
      case 'yyyy':
        return String(values.year);
      case 'mm':
        return pad(values.month ?? 1, 2);
      default:
        return width ? pad(values.seq, Number(width)) : String(values.seq);
    }
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching the 索引号 a template produces for an office (any year and serial); the serial is group `seq`. */
export function indexNoPattern(template: string, code: string): RegExp {
  if (!/\{seq(?::\d+)?\}/.test(template)) throw new RangeError(m.indexNoTemplate(template));
  let source = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(template.slice(last, match.index));
    const [, key, width] = match;
    source +=
      key === '机构代码'
        ? escapeRegExp(code)
        : key === 'yyyy'
          ? '(?<year>\\d{4})'
          : key === 'mm'
            ? '(?<month>\\d{2})'
            : width
              ? `(?<seq>\\d{${width},})`
              : '(?<seq>\\d+)';
    last = (match.index ?? 0) + match[0].length;
  }
  source += escapeRegExp(template.slice(last));
  return new RegExp(`^${source}$`);
}

/** The form in which two 索引号 are compared: half-width, no spaces, upper case. */
export function normalizeIndexNo(value: string): string {
  return toHalfWidth(String(value)).replace(/\s+/g, '').toUpperCase();
}

/** Every 索引号 that occurs more than once, with the positions (0-based) where it occurs. */
export function duplicateIndexNos(values: readonly (string | undefined)[]): { indexNo: string; positions: number[]; message: string }[] {
  const seen = new Map<string, number[]>();
  values.forEach((value, i) => {
    if (value === undefined || value.trim() === '') return;
    const key = normalizeIndexNo(value);
    const list = seen.get(key);
    if (list) list.push(i);
    else seen.set(key, [i]);
  });
  return [...seen]
    .filter(([, positions]) => positions.length > 1)
    .map(([indexNo, positions]) => ({ indexNo, positions, message: m.indexNoDuplicate(indexNo, positions.length) }));
}

/** The next free 索引号 of a year: one past the highest serial already used with this template and code. */
export function nextIndexNo(template: string, values: Omit<IndexNoValues, 'seq'>, existing: readonly string[]): string {
  const pattern = indexNoPattern(template, values.code);
  let max = 0;
  for (const no of existing) {
    const match = pattern.exec(normalizeIndexNo(no)) ?? pattern.exec(no.trim());
    if (!match?.groups) continue;
    if (match.groups.year !== undefined && Number(match.groups.year) !== values.year) continue;
    max = Math.max(max, Number(match.groups.seq));
  }
  return formatIndexNo(template, { ...values, seq: max + 1 });
}
