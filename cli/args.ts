import { parseArgs, ParseArgsConfig } from 'node:util';
import { UsageError } from './exitCodes';
import { beyondComputableRange, CalendarDate, parseCalendarDate } from '../core/dates';
import { closestWord } from './suggest';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses flags with node's parseArgs; unknown flags and missing values become a UsageError. */
export function parseFlags<T extends Options>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`未知参数 ${unknown[1]}${flagHint(unknown[1], Object.keys(options))}`, true);
    const positional = /Unexpected argument '([^']+)'/.exec(msg);
    if (positional) throw new UsageError(`多余的参数 ${positional[1]}`, true);
    const missing = /Option '([^']+)'.*argument missing/.exec(msg);
    if (missing) throw new UsageError(`参数 ${missing[1].split(',')[0].replace(/^-\w /, '')} 缺少取值`, true);
    throw new UsageError(`参数有误：${msg}`, true);
  }
}

/** "，是否要输入 --today？" when a long flag is one typo away from a known one. */
function flagHint(typed: string, names: string[]): string {
  if (!typed.startsWith('--')) return '';
  const near = closestWord(typed.slice(2), names);
  return near ? `，是否要输入 --${near}？` : '';
}

/** A required or optional `YYYY-MM-DD` flag value, through the one date parser. */
export function dateFlag(value: string | undefined, flag: string): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw new UsageError(`--${flag} 的日期“${value}”无效：${parsed.reason}`);
  const tooLate = beyondComputableRange(parsed.date);
  if (tooLate) throw new UsageError(`--${flag} 的日期“${value}”无效：${tooLate}`);
  return parsed.date;
}

/** A non-negative integer flag value. */
export function intFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${flag} 应为非负整数，收到“${value}”`);
  return Number(value.trim());
}
