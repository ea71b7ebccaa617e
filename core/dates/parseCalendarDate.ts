import { CalendarDate, calendarDate, fromEpochDay, isValidYmd } from './calendarDate';
import { toHalfWidth } from '../text/halfWidth';

/** Which epoch an Excel workbook counts its date serials from. */
export type ExcelDateSystem = '1900' | '1904';

/** How a value was recognised, so callers can report conversions (e.g. a serial typed as text). */
export type DateSource = 'iso' | 'text' | 'chinese-numerals' | 'compact' | 'excel-serial' | 'excel-serial-text' | 'js-date';

/** Outcome of parsing: a date, or the reason in Chinese why none could be read. */
export type DateParseResult = { ok: true; date: CalendarDate; source: DateSource } | { ok: false; reason: string };

export interface DateParseOptions {
  /** The workbook's date system for numeric serials (default 1900). */
  dateSystem?: ExcelDateSystem;
}

// Excel's largest date, 9999-12-31, is serial 2958465 in the 1900 system.
const MAX_SERIAL = 2_958_465;
// 1899-12-30 and 1904-01-01 as epoch days (days since 1970-01-01).
const EPOCH_1900 = -25_569;
const EPOCH_1904 = -24_107;

/**
 * The one date parser: Excel serials, JS Dates from exceljs (UTC midnight), and the text forms
 * real ledgers use. Never guesses: ambiguous or impossible input is a failure with a reason.
 * @example parseCalendarDate('2025年3月5日') //=> { ok: true, date: '2025-03-05', source: 'text' }
 */
export function parseCalendarDate(value: unknown, options: DateParseOptions = {}): DateParseResult {
  if (value === null || value === undefined) return fail('日期为空');
  if (value instanceof Date) return fromJsDate(value);
  if (typeof value === 'number') return fromExcelSerial(value, options.dateSystem ?? '1900', 'excel-serial');
  if (typeof value === 'string') return fromText(value, options);
  return fail(`无法识别的日期值（类型 ${typeof value}）`);
}

/** Converts an Excel date serial (1900 system with its fake 1900-02-29, or 1904 system). */
export function fromExcelSerial(serial: number, system: ExcelDateSystem = '1900', source: DateSource = 'excel-serial'): DateParseResult {
  if (!Number.isFinite(serial)) return fail('日期序号不是有效数字');
  const whole = Math.floor(serial); // the fraction is the time of day
  if (system === '1904') {
    if (whole < 0 || whole > MAX_SERIAL - 1462) return fail(`日期序号 ${serial} 超出 Excel 日期范围`);
    return ok(fromEpochDay(EPOCH_1904 + whole), source);
  }
  if (whole < 1 || whole > MAX_SERIAL) return fail(`日期序号 ${serial} 超出 Excel 日期范围`);
  // Lotus 1-2-3 treated 1900 as a leap year; Excel kept serial 60 as a day that never existed.
  if (whole === 60) return fail('Excel 序号 60 对应不存在的 1900-02-29');
  return ok(fromEpochDay(EPOCH_1900 + whole + (whole < 60 ? 1 : 0)), source);
}

function fromJsDate(value: Date): DateParseResult {
  const t = value.getTime();
  if (Number.isNaN(t)) return fail('无效的日期对象');
  // exceljs represents a cell's date as that wall-clock date at UTC midnight.
  const y = value.getUTCFullYear();
  const m = value.getUTCMonth() + 1;
  const d = value.getUTCDate();
  if (!isValidYmd(y, m, d)) return fail('日期超出可处理的范围（1000–9999 年）');
  return ok(calendarDate(y, m, d), 'js-date');
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// A weekday written after the date: `（周三）`, `星期三`, `(Wed)`.
const WEEKDAY_SUFFIX =
  /\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?\s*$|\s*[(（]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[)）]\s*$/i;
// A half-day word without a time: `2025年3月5日上午`.
const HALF_DAY_SUFFIX = /\s*(?:上午|下午|晚上|中午)$/;

const TIME_SUFFIX =
  /(?:[T\s]+|(?<=[日号)）]))(?:上午|下午|晚上)?\s*\d{1,2}(?:[:时点]\d{1,2}(?:[:分]\d{1,2}(?:\.\d+)?秒?)?分?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|AM|PM|am|pm))?$/;

function fromText(raw: string, options: DateParseOptions): DateParseResult {
  let text = toHalfWidth(raw).trim().replace(/\s+/g, ' ');
  if (text === '') return fail('日期为空');
  text = text.replace(WEEKDAY_SUFFIX, '').replace(TIME_SUFFIX, '').replace(HALF_DAY_SUFFIX, '').replace(WEEKDAY_SUFFIX, '').trim();
  if (/[〇零○一二三四五六七八九十]/.test(text)) return fromChineseNumerals(text, raw);

  // 20250305
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return checked(+m[1], +m[2], +m[3], raw, 'compact');

  // A bare whole number of 5 digits in a date column is an Excel serial that lost its format.
  m = /^(\d{5})(?:\.\d+)?$/.exec(text);
  if (m) return fromExcelSerial(Number(text), options.dateSystem ?? '1900', 'excel-serial-text');

  // 2025-03-05, 2025/3/5, 2025.3.5 (one separator used consistently)
  m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m) return checked(+m[1], +m[3], +m[4], raw, m[2] === '-' && m[3].length === 2 && m[4].length === 2 ? 'iso' : 'text');

  // 2025年3月5日 / 2025年3月5号 / 2025年3月5
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(text);
  if (m) return checked(+m[1], +m[2], +m[3], raw, 'text');

  if (/^\d{4}\s*年\s*\d{1,2}\s*月$/.test(text) || /^\d{4}[-/.]\d{1,2}$/.test(text)) {
    return fail(`“${raw.trim()}”只有年月，缺少日`);
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(text)) {
    return fail(`“${raw.trim()}”的日、月顺序不明确，请写成 YYYY-MM-DD`);
  }
  if (/^\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/.test(text)) {
    return fail(`“${raw.trim()}”的年份只有两位，无法确定世纪，请写四位年份`);
  }
  if (/^\d{4}([-/.])\d{1,2}[-/.]\d{1,2}$/.test(text)) {
    return fail(`“${raw.trim()}”混用了不同的分隔符，请写成 YYYY-MM-DD`);
  }
  return fail(`无法识别的日期“${raw.trim()}”，请写成 YYYY-MM-DD`);
}

function fromChineseNumerals(text: string, raw: string): DateParseResult {
  const m = /^([〇零○一二三四五六七八九]{4})年([〇零○一二三四五六七八九十]{1,3})月([〇零○一二三四五六七八九十]{1,4})[日号]$/.exec(
    text.replace(/\s/g, ''),
  );
  if (!m) return fail(`无法识别的日期“${raw.trim()}”，请写成 YYYY-MM-DD`);
  const year = Number([...m[1]].map((c) => CHINESE_DIGITS[c]).join(''));
  const month = chineseNumber(m[2]);
  const day = chineseNumber(m[3]);
  if (month === null || day === null) return fail(`无法识别的日期“${raw.trim()}”，请写成 YYYY-MM-DD`);
  return checked(year, month, day, raw, 'chinese-numerals');
}

/** 十二 → 12, 三十一 → 31, 五 → 5; also digit-by-digit forms such as 一二 → 12. */
function chineseNumber(s: string): number | null {
  if (!s.includes('十')) {
    const digits = [...s].map((c) => CHINESE_DIGITS[c]);
    return digits.some((d) => d === undefined) ? null : Number(digits.join(''));
  }
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(s);
  if (!m) return null;
  const tens = m[1] ? CHINESE_DIGITS[m[1]] : 1;
  const ones = m[2] ? CHINESE_DIGITS[m[2]] : 0;
  return tens * 10 + ones;
}

function checked(year: number, month: number, day: number, raw: string, source: DateSource): DateParseResult {
  if (!isValidYmd(year, month, day)) return fail(`“${raw.trim()}”不是真实存在的日期`);
  return ok(calendarDate(year, month, day), source);
}

function ok(date: CalendarDate, source: DateSource): DateParseResult {
  return { ok: true, date, source };
}

function fail(reason: string): DateParseResult {
  return { ok: false, reason };
}
