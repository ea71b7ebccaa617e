import { beyondComputableRange, CalendarDate, DateParseResult, ExcelDateSystem, parseCalendarDate } from '../../dates';
import { AnyCell } from '../cells';

/** A date cell read through the one parser; `original` is set when the cell was text in another form. */
export type DateValue = { ok: true; date: CalendarDate; original?: string } | { ok: false; reason: string };

/**
 * Parses date cells with `parseCalendarDate`, remembering text results: a ledger repeats the same
 * few hundred dates thousands of times, and text parsing is the costly path.
 */
export class DateReader {
  private readonly cache = new Map<string, DateParseResult>();
  private readonly byTime = new Map<number, DateValue>();
  private readonly bySerial = new Map<number, DateValue>();
  constructor(private readonly dateSystem: ExcelDateSystem = '1900') {}

  /** The date in a cell (Date, serial number or text); dates too late to compute a deadline from are refused. */
  read(cell: AnyCell): DateValue {
    const value = this.parse(cell);
    if (!value.ok) return value;
    // 9999-12-31 is a date, but a deadline from it would overflow: a finding at the cell, not a crash.
    const tooLate = beyondComputableRange(value.date);
    return tooLate ? { ok: false, reason: tooLate } : value;
  }

  private parse(cell: AnyCell): DateValue {
    if (typeof cell === 'string') {
      let parsed = this.cache.get(cell);
      if (!parsed) {
        parsed = parseCalendarDate(cell, { dateSystem: this.dateSystem });
        if (this.cache.size < 100_000) this.cache.set(cell, parsed);
      }
      if (!parsed.ok) return parsed;
      return parsed.source === 'iso' ? { ok: true, date: parsed.date } : { ok: true, date: parsed.date, original: cell.trim() };
    }
    // Dates and serials repeat too: remember them by their number.
    const n = cell instanceof Date ? cell.getTime() : typeof cell === 'number' ? cell : undefined;
    const cache = cell instanceof Date ? this.byTime : this.bySerial;
    if (n !== undefined) {
      const hit = cache.get(n);
      if (hit) return hit;
    }
    let value: DateValue;
    if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 10_000_101 && cell <= 99_991_231) {
      // 20250305 typed into a cell that Excel stored as a number: far past any serial, read as YYYYMMDD.
      const parsed = parseCalendarDate(String(cell), { dateSystem: this.dateSystem });
      value = parsed.ok ? { ok: true, date: parsed.date, original: String(cell) } : parsed;
    } else {
      const parsed = parseCalendarDate(cell, { dateSystem: this.dateSystem });
      value = parsed.ok ? { ok: true, date: parsed.date } : parsed;
    }
    if (n !== undefined && cache.size < 100_000) cache.set(n, value);
    return value;
  }
}
