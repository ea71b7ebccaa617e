import { addDays, CalendarDate, compareDates, daysBetween, isoWeekday, isValidYmd, calendarDate, weekdayZh } from '../../dates';
import { toHalfWidth } from '../../text/halfWidth';
import type { PublishedDay } from '../workCalendar';
import { noticeMessages as M } from './messages';
import { fastEpochDay } from '../epochDay';
import { lunarEpochDay, lunarNewYearsEve } from '../statutory/lunar';

/** A line of the notice that could not be read: its 1-based number, its text and why. */
export interface NoticeProblem {
  line: number;
  text: string;
  message: string;
}

/** One item of the notice (一、元旦：…) as read, for a preview. */
export interface NoticeItem {
  line: number;
  /** 元旦, 国庆节、中秋节, … ('' when the notice does not say) */
  holiday: string;
  offDays: CalendarDate[];
  workdays: CalendarDate[];
}

/** A notice read completely: the year it arranges and every day it names. */
export interface ParsedNotice {
  year: number;
  /** The title line, e.g. 国务院办公厅关于2026年部分节假日安排的通知 ('' when pasted without it). */
  title: string;
  items: NoticeItem[];
  /** Every day named, ascending; a notice can name days of the previous December (2019: 2018-12-29…). */
  days: PublishedDay[];
}

export type NoticeParseResult = { ok: true; notice: ParsedNotice } | { ok: false; problems: NoticeProblem[] };

export interface NoticeParseOptions {
  /** The year when the title does not give one (`--year`). */
  year?: number;
  /** Days already known for the year (an earlier notice), so that 延长…假期至 X knows where the holiday ended. */
  known?: readonly PublishedDay[];
}

const HOLIDAYS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
const ITEM_NUMBER = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])/;
const LABEL = /^([^:,。()]{1,16}?):/;
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g;
const TITLE_YEAR = /(\d{4})年(?:部分节假日|[^。]{0,8}?假期|[^。]{0,8}?放假)/;
const PREAMBLE = /批准|根据|原则|通知如下/;
const WEEKDAY = /(?:周|星期)([一二三四五六日天])/;
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

// Copies of the notices in traditional characters (港澳台 sites): only the words the reader looks for.
const TRADITIONAL: Record<string, string> = {
  節: '节',
  勞: '劳',
  動: '动',
  國: '国',
  慶: '庆',
  補: '补',
  長: '长',
  勵: '励',
  準: '准',
  據: '据',
  則: '则',
  調: '调',
  週: '周',
  關: '关',
  於: '于',
  辦: '办',
  廳: '厅',
  務: '务',
  農: '农',
  曆: '历',
  歷: '历',
  臘: '腊',
};
// Built from the table, so a character added there is converted too.
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

/** Half-width, no spaces, simplified keywords: the one form every rule below reads. */
function normalise(line: string): string {
  return toHalfWidth(line)
    .replace(/\s+/g, '')
    .replace(TRADITIONAL_CHARS, (c) => TRADITIONAL[c]);
}

interface Token {
  text: string;
  year?: number;
  month?: number;
  day: number;
  remark: string;
}

/**
 * Reads the text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知, or a
 * later one that adjusts or extends a holiday): full- or half-width punctuation, 周/星期 and 农历
 * remarks, ranges such as `1月1日（周四）至3日（周六）` and `2022年12月31日至2023年1月2日`, make-up
 * lines such as `2月14日（周六）、2月28日（周六）上班`. Every line that names a date must be read: a
 * line it cannot read, a weekday that does not match, or a “共N天” that does not add up makes the
 * result a list of problems naming the lines — never a partial calendar.
 * @example parseNotice('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', { year: 2026 })
 * //=> { ok: true, notice: { year: 2026, days: [{ date: '2026-01-01', off: true, holiday: '元旦' }, …] } }
 */
export function parseNotice(text: string, options: NoticeParseOptions = {}): NoticeParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const clean = lines.map(normalise);
  const problems: NoticeProblem[] = [];
  const fail = (i: number, message: string) => problems.push({ line: i + 1, text: lines[i].trim(), message });
  // What is wrong with the notice as a whole is told on its first line (split always gives one).
  const wholeNotice = (message: string): NoticeParseResult => ({ ok: false, problems: [{ line: 1, text: lines[0].trim(), message }] });

  // The year: from the title (the first line that names a year of holidays), else the option.
  let title = '';
  let titleYear: number | undefined;
  let titleHoliday = '';
  for (const l of clean) {
    const m = /通知/.test(l) || /安排/.test(l) ? TITLE_YEAR.exec(l) : null;
    if (m && !PREAMBLE.test(l)) {
      title = l;
      titleYear = Number(m[1]);
      titleHoliday = HOLIDAYS.find((h) => l.includes(h)) ?? '';
      break;
    }
  }
  const year = titleYear ?? options.year;
  if (year === undefined) return wholeNotice(M.noYear);
  if (year < 1900 || year > 2199) return wholeNotice(M.yearRange(year));
  if (titleYear !== undefined && options.year !== undefined && titleYear !== options.year) {
    const i = clean.indexOf(title);
    return { ok: false, problems: [{ line: i + 1, text: lines[i].trim(), message: M.yearMismatch(titleYear, options.year) }] };
  }

  const days = new Map<string, PublishedDay>();
  for (const k of options.known ?? []) days.set(k.date, { ...k });
  const own = new Map<string, PublishedDay>();
  const items: NoticeItem[] = [];

  clean.forEach((line, i) => {
    if (line === '' || line === title) return;
    const tokens: Token[] = [];
    const shape = line.replace(DATE, (all, y?: string, mo?: string, d?: string, remark?: string) => {
      tokens.push({ text: all, year: y ? Number(y) : undefined, month: mo ? Number(mo) : undefined, day: Number(d), remark: remark ?? '' });
      return `<${tokens.length - 1}>`;
    });
    if (tokens.length === 0) return;
    if (/^<0>$/.test(shape)) return; // the date under the signature
    let body = shape;
    const numbered = ITEM_NUMBER.test(body);
    body = body.replace(ITEM_NUMBER, '');
    const label = LABEL.exec(body);
    const isItem = numbered || (label !== null && HOLIDAYS.some((h) => label[1].includes(h)));
    if (!isItem && (PREAMBLE.test(body) || !/放假|上班|补休|延长/.test(body))) return;
    if (label) body = body.slice(label[0].length);
    const holiday = label ? label[1] : titleHoliday || (HOLIDAYS.find((h) => body.includes(h)) ?? '');

    const dates = resolve(tokens, year);
    if (typeof dates === 'string') {
      fail(i, dates);
      return;
    }
    const item: NoticeItem = { line: i + 1, holiday, offDays: [], workdays: [] };
    const before = problems.length;
    const put = (date: CalendarDate, off: boolean) => {
      const had = own.get(date);
      if (had && had.off !== off) {
        fail(i, M.conflict(date));
        return;
      }
      const entry = { date, off, holiday };
      own.set(date, entry);
      days.set(date, entry);
      (off ? item.offDays : item.workdays).push(date);
    };

    for (const sentence of body.split('。')) {
      if (sentence === '' || /鼓励/.test(sentence)) continue;
      let counted = 0;
      for (const clause of sentence.split(/[,;]/)) {
        const refs = [...clause.matchAll(/<(\d+)>/g)].map((m) => Number(m[1]));
        if (refs.length === 0) continue;
        const readable = () => clause.replace(/<(\d+)>/g, (_, k: string) => tokens[Number(k)].text);
        if (/延长/.test(clause) && /至</.test(clause)) {
          const to = dates[refs[refs.length - 1]];
          const from = lastOffBefore(days, holiday, to);
          if (!from) {
            fail(i, M.extensionStart(holiday, to));
            continue;
          }
          for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) put(d, true);
        } else if (/上班|补班/.test(clause)) {
          for (const r of refs) put(dates[r], false);
        } else if (/放假|补休|休息|休假/.test(clause)) {
          const range = /<(\d+)>至<(\d+)>/.exec(clause);
          if (range) {
            const from = dates[Number(range[1])];
            const to = dates[Number(range[2])];
            if (to < from) {
              fail(i, M.rangeBackwards(from, to));
              continue;
            }
            for (let d = from; d <= to; d = addDays(d, 1), counted++) put(d, true);
          } else {
            for (const r of refs) {
              put(dates[r], true);
              counted++;
            }
          }
        } else {
          fail(i, M.unread(readable()));
        }
      }
      const written = /(?:共|放假)(\d+)天/.exec(sentence);
      if (written && counted > 0 && Number(written[1]) !== counted) fail(i, M.count(Number(written[1]), counted));
    }
    if (problems.length === before && (item.offDays.length > 0 || item.workdays.length > 0)) items.push(item);
  });

  if (problems.length > 0) return { ok: false, problems };
  if (items.length === 0) return wholeNotice(M.noArrangement);
  const sorted = [...own.values()].sort((a, b) => compareDates(a.date as CalendarDate, b.date as CalendarDate));
  return { ok: true, notice: { year, title: title ? lines[clean.indexOf(title)].trim() : '', items, days: sorted } };
}

/** The tokens of a line as dates: a missing year is the notice's, a missing month the previous token's. */
function resolve(tokens: Token[], year: number): CalendarDate[] | string {
  const out: CalendarDate[] = [];
  let month: number | undefined;
  let carryYear = year;
  for (const t of tokens) {
    const m = t.month ?? month;
    if (m === undefined) return M.noMonth(t.text);
    // `至3日` keeps the month and year of the start; a new month starts from the notice's year.
    const y = t.year ?? (t.month === undefined ? carryYear : year);
    if (!isValidYmd(y, m, t.day)) return M.badDate(t.text);
    let date = calendarDate(y, m, t.day);
    // `12月31日至1月2日` without years: the end is in the next year.
    const prev = out[out.length - 1];
    if (prev && t.year === undefined && date < prev && daysBetween(date, prev) > 180) date = calendarDate(y + 1, m, t.day);
    const w = WEEKDAY.exec(t.remark);
    if (w && WEEKDAY_NUMBER[w[1]] !== isoWeekday(date))
      return M.weekday(t.text, `${t.remark.includes('星期') ? '星期' : '周'}${w[1]}`, date, weekdayZh(date));
    const lunar = lunarRemark(t.remark, Number(date.slice(0, 4)));
    if (lunar && lunar.epochDay !== fastEpochDay(date)) return M.lunar(t.text, lunar.written, date);
    out.push(date);
    month = m;
    carryYear = Number(date.slice(0, 4));
  }
  return out;
}

/** The last off day of a holiday before `to`, among the known days (for 延长…假期至). */
function lastOffBefore(days: Map<string, PublishedDay>, holiday: string, to: CalendarDate): CalendarDate | undefined {
  let best: CalendarDate | undefined;
  for (const d of days.values()) {
    if (!d.off || d.date >= to || (holiday && d.holiday && !d.holiday.includes(holiday) && !holiday.includes(d.holiday))) continue;
    if (daysBetween(d.date as CalendarDate, to) > 30) continue;
    if (!best || d.date > best) best = d.date as CalendarDate;
  }
  return best;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 初七 → 7, 十五 → 15, 二十八/廿八 → 28, 三十 → 30; undefined for anything else. */
function lunarDayNumber(text: string): number | undefined {
  const m = /^(初|十|二十|廿|三十)([一二三四五六七八九十]?)$/.exec(text);
  if (!m) return undefined;
  const unit = m[2] ? DIGITS[m[2]] : 0;
  if (m[1] === '初') return unit === 0 ? undefined : unit;
  if (m[1] === '十') return 10 + unit;
  if (m[1] === '三十') return unit === 0 ? 30 : undefined;
  return unit === 0 ? (m[1] === '二十' ? 20 : undefined) : 20 + unit;
}

/**
 * The epoch day a 农历 remark names, for the notices' forms around 春节 (农历除夕, 农历正月初七,
 * 农历腊月二十八) in Gregorian `year`; undefined when the remark has no such form (not checked).
 */
function lunarRemark(remark: string, year: number): { epochDay: number; written: string } | undefined {
  const m = /农历(除夕|正月([初十廿二三][一二三四五六七八九十]?)|腊月([初十廿二三]+[一二三四五六七八九十]?))/.exec(remark);
  if (!m) return undefined;
  const day = m[2] ? lunarDayNumber(m[2]) : m[3] ? lunarDayNumber(m[3]) : undefined;
  const e =
    m[1] === '除夕'
      ? lunarNewYearsEve(year)
      : m[2] && day
        ? lunarEpochDay(year, 1, day)
        : m[3] && day
          ? lunarEpochDay(year - 1, 12, day)
          : undefined;
  return e === undefined ? undefined : { epochDay: e, written: m[0] };
}
