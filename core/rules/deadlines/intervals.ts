import { CalendarDate, parseCalendarDate } from '../../dates';
import { toHalfWidth } from '../../text/halfWidth';

/** One consultation written in a cell or a flag: from, optional reply day, and who was asked. */
export interface IntervalEntry {
  from: CalendarDate;
  /** Absent: no answer yet. */
  to?: CalendarDate;
  party: 'thirdParty' | 'agency';
  /** The text of the entry as written, for messages. */
  text: string;
}

export interface IntervalParse {
  entries: IntervalEntry[];
  /** Entries that could not be read, each with its reason in Chinese. */
  errors: { text: string; reason: string }[];
}

// Between entries: full- and half-width semicolons, commas, 、 and line breaks.
const ENTRY_SEPARATOR = /[;；,，、\n\r]+/;
// Between the two dates: 至, 到, .., ~ (any width), dashes, or a hyphen with spaces around it.
const RANGE_SEPARATOR = /\s*(?:至|到|\.\.|~|～|—+|–|\s-\s)\s*/;
const PARTY_PREFIX = /^(第三方|其他机关|其他行政机关|机关|部门|其他部门)\s*[:：]?\s*/;
const OPEN_END = /^(未答复|未回复|尚未答复|今|至今|)$/;

/**
 * Reads consultation intervals such as `2025-03-10至2025-03-20；其他机关：2025-04-01至2025-04-08`
 * (dates through the one date parser; an entry without an end is still open).
 * @example parseIntervals('2025-03-10至2025-03-20').entries[0].to //=> '2025-03-20'
 */
export function parseIntervals(text: string): IntervalParse {
  const out: IntervalParse = { entries: [], errors: [] };
  for (const raw of text.split(ENTRY_SEPARATOR)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const prefix = PARTY_PREFIX.exec(entry);
    const party = prefix && !prefix[1].startsWith('第三方') ? 'agency' : 'thirdParty';
    const body = prefix ? entry.slice(prefix[0].length) : entry;
    const parts = body.split(RANGE_SEPARATOR);
    if (parts.length > 2) {
      out.errors.push({ text: entry, reason: '一段只能有开始和结束两个日期' });
      continue;
    }
    const from = parseCalendarDate(parts[0].trim());
    if (!from.ok) {
      out.errors.push({ text: entry, reason: `开始日期无法识别（${from.reason}）` });
      continue;
    }
    const endText = toHalfWidth(parts[1] ?? '')
      .trim()
      .replace(/[()（）]/g, '');
    if (OPEN_END.test(endText)) {
      out.entries.push({ from: from.date, party, text: entry });
      continue;
    }
    const to = parseCalendarDate(endText);
    if (!to.ok) {
      out.errors.push({ text: entry, reason: `结束日期无法识别（${to.reason}）` });
      continue;
    }
    if (to.date < from.date) {
      out.errors.push({ text: entry, reason: '结束日期早于开始日期' });
      continue;
    }
    out.entries.push({ from: from.date, to: to.date, party, text: entry });
  }
  return out;
}
