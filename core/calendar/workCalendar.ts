import { CalendarDate, fromEpochDay, isCalendarDate } from '../dates';
import { fastEpochDay, isWeekdayEpoch, weekdayAt, weekdaysBefore } from './epochDay';
import { HolidayData, HolidayEntry, standardHolidayData } from './holidayData';
import { ProvisionalDay, provisionalDays as computeProvisionalDays } from './statutory/provisional';

/** One day of a published State Council notice the office imported (`ogi calendar --from-notice`). */
export interface PublishedDay {
  date: string;
  /** true: 放假; false: 上班 (a make-up workday) */
  off: boolean;
  /** The holiday it belongs to, e.g. 春节 ('' when unknown). */
  holiday?: string;
}

/** A year's arrangement from an imported notice: makes the year covered; its days win over the package data. */
export interface PublishedYear {
  year: number;
  /** The notice it came from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
  source?: string;
  days: PublishedDay[];
}

/**
 * Where a day's status comes from: `published` — a State Council notice lists it (off or make-up
 * workday); `statutory` — a year without a notice, off by the 全国年节及纪念日放假办法 (certain);
 * `estimated` — a year without a notice, off by the 补假 estimate (expected, not yet notified);
 * `plain` — the weekday rule (Monday–Friday work, weekends off).
 */
export type DayKind = 'published' | 'statutory' | 'estimated' | 'plain';

/** A day that differs from the weekday rule or carries a holiday name (see `specialDays`). */
export interface SpecialDay {
  date: CalendarDate;
  epochDay: number;
  working: boolean;
  name: string;
  /** Changed by the office's overrides. */
  office: boolean;
  /** Where its status comes from; statutory/estimated only in years without a notice. */
  kind: DayKind;
}

/** An office's own changes to the State Council calendar (YYYY-MM-DD). */
export interface CalendarOverrides {
  /** Extra days off (e.g. a local holiday). */
  offDays?: string[];
  /** Extra working days (e.g. the office works on a holiday). */
  workdays?: string[];
  /** Years whose notice the office imported; each such year counts as covered. */
  notices?: PublishedYear[];
}

/** How a calendar treats years without a notice. */
export interface CalendarOptions {
  /**
   * true (default): their statutory holidays and estimated 补假 days are off (contracts §1);
   * false: the plain Monday–Friday rule (for comparison in the benchmark).
   */
  provisional?: boolean;
}

// Provisional days depend only on the year: computed once for all calendars, with their epoch days.
let provisionalTable: { year: number; epochDay: number; day: ProvisionalDay }[] | undefined;
function allProvisionalDays(): { year: number; epochDay: number; day: ProvisionalDay }[] {
  if (!provisionalTable) {
    provisionalTable = [];
    for (let year = 1900; year < 2200; year++) {
      for (const day of computeProvisionalDays(year)) provisionalTable.push({ year, epochDay: fastEpochDay(day.date), day });
    }
  }
  return provisionalTable;
}

// The precomputed index spans these years; outside it only the weekday rule applies.
const INDEX_FIRST = fastEpochDay('1900-01-01' as CalendarDate);
const INDEX_END = fastEpochDay('2200-01-01' as CalendarDate); // exclusive

const cache = new Map<string, WorkCalendar>();

/**
 * Which days are working days: Monday–Friday unless the State Council marks them off, plus its
 * make-up weekend workdays (调休上班), plus the office's overrides. Counting is O(1) through a
 * prefix count over 1900–2199. In years without a notice (published in the data or imported into
 * the settings) the statutory holidays and the estimated 补假 days are off, no weekend is a
 * workday, and every answer touching them is `uncertain`; `dayKind` says which days are certain.
 */
export class WorkCalendar {
  /** First and last year with State Council data. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Override dates that were not valid dates and were ignored. */
  readonly ignoredOverrides: string[];

  private readonly covered: Set<number>;
  private readonly contiguous: boolean;
  private readonly working: Uint8Array;
  /** prefix[i] = working days in [INDEX_FIRST, INDEX_FIRST + i). */
  private readonly prefix: Int32Array;
  /** Epoch days of the working days in the index, ascending. */
  private readonly workdayList: Int32Array;
  private readonly total: number;
  private readonly names: (CalendarDate | undefined)[];
  /** 1 for days the State Council or the office changed (off days, make-up days, overrides). */
  private readonly special: Uint8Array;
  /** Epoch days of 1 January of the first covered year and of the year after the last. */
  private readonly coveredFrom: number;
  private readonly coveredUntil: number;
  private readonly offNames = new Map<string, string>();
  private readonly makeupNames = new Map<string, string>();
  private readonly overrideOff: Set<string>;
  private readonly overrideWork: Set<string>;
  /** Days listed by a notice (package data or imported). */
  private readonly publishedDays = new Set<string>();
  private readonly provisional = new Map<string, ProvisionalDay>();
  private readonly noticeSources = new Map<number, string>();

  private constructor(rawData: HolidayData, overrides: CalendarOverrides, options: CalendarOptions) {
    const data = withNotices(rawData, overrides.notices ?? []);
    for (const n of overrides.notices ?? []) if (n.source) this.noticeSources.set(n.year, n.source);
    this.covered = new Set(data.years);
    this.firstYear = data.years[0];
    this.lastYear = data.years[data.years.length - 1];
    this.contiguous = this.lastYear - this.firstYear + 1 === data.years.length;
    this.ignoredOverrides = [...(overrides.offDays ?? []), ...(overrides.workdays ?? [])].filter((d) => !isCalendarDate(d));
    this.overrideOff = new Set((overrides.offDays ?? []).filter(isCalendarDate));
    this.overrideWork = new Set((overrides.workdays ?? []).filter(isCalendarDate));
    for (const e of data.offDays) this.offNames.set(e.date, e.name);
    for (const e of data.workdays) this.makeupNames.set(e.date, e.name);
    for (const e of [...data.offDays, ...data.workdays]) this.publishedDays.add(e.date);
    const provisionalEpochs: number[] = [];
    if (options.provisional !== false) {
      for (const p of allProvisionalDays()) {
        if (this.covered.has(p.year) || this.publishedDays.has(p.day.date)) continue;
        this.provisional.set(p.day.date, p.day);
        provisionalEpochs.push(p.epochDay);
      }
    }

    const span = INDEX_END - INDEX_FIRST;
    this.working = new Uint8Array(span);
    for (let i = 0; i < span; i++) this.working[i] = isWeekdayEpoch(INDEX_FIRST + i) ? 1 : 0;
    const mark = (date: string, value: 0 | 1) => {
      const i = fastEpochDay(date as CalendarDate) - INDEX_FIRST;
      if (i >= 0 && i < span) this.working[i] = value;
    };
    for (const e of provisionalEpochs) this.working[e - INDEX_FIRST] = 0;
    for (const e of data.offDays) mark(e.date, 0);
    for (const e of data.workdays) mark(e.date, 1);
    // The office's own changes win over the State Council calendar.
    for (const d of this.overrideOff) mark(d, 0);
    for (const d of this.overrideWork) mark(d, 1);

    this.prefix = new Int32Array(span + 1);
    for (let i = 0; i < span; i++) this.prefix[i + 1] = this.prefix[i] + this.working[i];
    this.total = this.prefix[span];
    this.workdayList = new Int32Array(this.total);
    for (let i = 0, k = 0; i < span; i++) if (this.working[i]) this.workdayList[k++] = INDEX_FIRST + i;
    this.names = new Array<CalendarDate | undefined>(span);
    this.special = new Uint8Array(span);
    for (const d of [...this.offNames.keys(), ...this.makeupNames.keys(), ...this.overrideOff, ...this.overrideWork]) {
      const i = fastEpochDay(d as CalendarDate) - INDEX_FIRST;
      if (i >= 0 && i < span) this.special[i] = 1;
    }
    for (const e of provisionalEpochs) this.special[e - INDEX_FIRST] = 1;
    this.coveredFrom = fastEpochDay(`${this.firstYear}-01-01` as CalendarDate);
    this.coveredUntil = fastEpochDay(`${this.lastYear + 1}-01-01` as CalendarDate);
  }

  /**
   * The State Council calendar from chinese-days plus the imported notices and the office's
   * overrides (cached per overrides), as every face builds it from the settings' `calendar`.
   */
  static standard(overrides: CalendarOverrides = {}): WorkCalendar {
    const key = JSON.stringify([
      [...new Set(overrides.offDays ?? [])].sort(),
      [...new Set(overrides.workdays ?? [])].sort(),
      overrides.notices ?? [],
    ]);
    let calendar = cache.get(key);
    if (!calendar) {
      calendar = new WorkCalendar(standardHolidayData(), overrides, {});
      cache.set(key, calendar);
    }
    return calendar;
  }

  /** A calendar from given holiday data (tests, the benchmark's back-test and future data sources). */
  static fromData(data: HolidayData, overrides: CalendarOverrides = {}, options: CalendarOptions = {}): WorkCalendar {
    return new WorkCalendar(data, overrides, options);
  }

  /** True when the State Council calendar of that year is known (in the data or an imported notice). */
  covers(year: number): boolean {
    return this.covered.has(year);
  }

  /** The imported notice a covered year came from, if it was imported with a source. */
  noticeSource(year: number): string | undefined {
    return this.noticeSources.get(year);
  }

  /**
   * Where a day's status comes from: published (a notice lists it), statutory (放假办法, certain),
   * estimated (补假 estimate) or plain (weekday rule). Office overrides are reported by `isOverridden`.
   * @example dayKind('2027-01-01') //=> 'statutory'; dayKind('2027-02-09') //=> 'estimated'
   */
  dayKind(d: CalendarDate): DayKind {
    if (this.publishedDays.has(d)) return 'published';
    return this.provisional.get(d)?.kind ?? 'plain';
  }

  /**
   * The off days of a year without a notice, each with its kind (statutory or estimated) and reason,
   * ascending; [] for a covered year. For explanations that say which days are certain.
   * @example provisionalDays(2027)[0] //=> { date: '2027-01-01', name: '元旦', kind: 'statutory', reason: '…' }
   */
  provisionalDays(year: number): ProvisionalDay[] {
    if (this.covered.has(year)) return [];
    return this.daysOfYear(year).flatMap((d) => {
      const p = this.provisional.get(d);
      return p && !this.isWorkday(d) ? [p] : [];
    });
  }

  /** True for a working day. */
  isWorkday(d: CalendarDate): boolean {
    return this.isWorkEpoch(fastEpochDay(d));
  }

  /**
   * The n-th working day strictly after `d` (n < 0: before; n = 0: `d` itself).
   * @example addWorkdays('2025-09-26', 20) //=> { date: '2025-10-30', uncertain: false }
   */
  addWorkdays(d: CalendarDate, n: number): { date: CalendarDate; uncertain: boolean } {
    const e = fastEpochDay(d);
    if (n === 0) return { date: d, uncertain: false };
    const target = n > 0 ? this.workdayAt(this.countBefore(e + 1) + n - 1) : this.workdayAt(this.countBefore(e) + n);
    const uncertain = n > 0 ? this.touchesUncovered(e + 1, target) : this.touchesUncovered(target, e - 1);
    return { date: this.dateOf(target), uncertain };
  }

  /**
   * Working days in (from, to]; negative (minus the days in (to, from]) when to < from.
   * @example countWorkdays('2025-09-26', '2025-10-30') //=> { count: 20, uncertain: false }
   */
  countWorkdays(from: CalendarDate, to: CalendarDate): { count: number; uncertain: boolean } {
    const a = fastEpochDay(from);
    const b = fastEpochDay(to);
    const count = this.countBefore(b + 1) - this.countBefore(a + 1);
    const uncertain = a === b ? false : a < b ? this.touchesUncovered(a + 1, b) : this.touchesUncovered(b + 1, a);
    return { count, uncertain };
  }

  /** Days off in a year that are not ordinary weekends or that the office took off, ascending. */
  offDays(year: number): CalendarDate[] {
    return this.daysOfYear(year).filter(
      (d) => !this.isWorkday(d) && (this.offNames.has(d) || this.provisional.has(d) || this.overrideOff.has(d)),
    );
  }

  /** Working days in a year that would otherwise be off (调休上班 and office extra workdays), ascending. */
  makeupWorkdays(year: number): CalendarDate[] {
    return this.daysOfYear(year).filter(
      (d) => this.isWorkday(d) && (!isWeekdayEpoch(fastEpochDay(d)) || this.offNames.has(d) || this.provisional.has(d)),
    );
  }

  /** The holiday a day off or make-up workday belongs to (e.g. 国庆节), or the office's own adjustment. */
  holidayName(d: CalendarDate): string | undefined {
    const offName = this.offNames.get(d) ?? this.provisional.get(d)?.name;
    if (this.overrideOff.has(d) && !this.isWorkday(d)) return offName ?? '本单位调整休息';
    if (this.overrideWork.has(d) && this.isWorkday(d)) return this.makeupNames.get(d) ?? '本单位调整上班';
    return this.isWorkday(d) ? this.makeupNames.get(d) : offName;
  }

  /** True when the day was changed by the office's overrides. */
  isOverridden(d: CalendarDate): boolean {
    return this.overrideOff.has(d) || this.overrideWork.has(d);
  }

  /**
   * The days in (after, until] that differ from the plain weekday rule or carry a holiday name:
   * State Council days off and make-up workdays, and the office's overrides. For explanations.
   */
  specialDays(after: CalendarDate, until: CalendarDate): SpecialDay[] {
    const days: SpecialDay[] = [];
    const from = Math.max(fastEpochDay(after) + 1, INDEX_FIRST);
    const to = Math.min(fastEpochDay(until), INDEX_END - 1);
    for (let e = from; e <= to; e++) {
      if (this.special[e - INDEX_FIRST] === 0) continue;
      const date = this.dateOf(e);
      const name = this.holidayName(date);
      if (name === undefined) continue;
      days.push({ date, epochDay: e, working: this.isWorkEpoch(e), name, office: this.isOverridden(date), kind: this.dayKind(date) });
    }
    return days;
  }

  /** Years in [fromYear, toYear] that the calendar does not cover. */
  uncoveredYears(fromYear: number, toYear: number): number[] {
    const years: number[] = [];
    for (let y = fromYear; y <= toYear; y++) if (!this.covers(y)) years.push(y);
    return years;
  }

  private isWorkEpoch(e: number): boolean {
    return e >= INDEX_FIRST && e < INDEX_END ? this.working[e - INDEX_FIRST] === 1 : isWeekdayEpoch(e);
  }

  /** Working days with epoch day < e, relative to the start of the index (continuous beyond it). */
  private countBefore(e: number): number {
    if (e <= INDEX_FIRST) return weekdaysBefore(e) - weekdaysBefore(INDEX_FIRST);
    if (e >= INDEX_END) return this.total + weekdaysBefore(e) - weekdaysBefore(INDEX_END);
    return this.prefix[e - INDEX_FIRST];
  }

  /** The working day w with countBefore(w) = k. */
  private workdayAt(k: number): number {
    if (k < 0) return weekdayAt(k + weekdaysBefore(INDEX_FIRST));
    if (k >= this.total) return weekdayAt(k - this.total + weekdaysBefore(INDEX_END));
    return this.workdayList[k];
  }

  /** True when any day in [a, b] (a ≤ b: every caller passes a non-empty range) lies in a year without State Council data. */
  private touchesUncovered(a: number, b: number): boolean {
    if (this.contiguous) return a < this.coveredFrom || b >= this.coveredUntil;
    const ya = this.yearOf(a);
    const yb = this.yearOf(b);
    return this.uncoveredYears(ya, yb).length > 0;
  }

  private yearOf(e: number): number {
    return Number(this.dateOf(e).slice(0, 4));
  }

  private dateOf(e: number): CalendarDate {
    if (e < INDEX_FIRST || e >= INDEX_END) return fromEpochDay(e);
    const i = e - INDEX_FIRST;
    return (this.names[i] ??= fromEpochDay(e));
  }

  private daysOfYear(year: number): CalendarDate[] {
    const first = fastEpochDay(`${year}-01-01` as CalendarDate);
    const end = fastEpochDay(`${year + 1}-01-01` as CalendarDate);
    const days: CalendarDate[] = [];
    for (let e = first; e < end; e++) days.push(this.dateOf(e));
    return days;
  }
}

/** The package data plus the imported notices' days; where both list a date, the notice wins. */
function withNotices(data: HolidayData, notices: readonly PublishedYear[]): HolidayData {
  if (notices.length === 0) return data;
  const offDays: HolidayEntry[] = [];
  const workdays: HolidayEntry[] = [];
  const listed = new Set<string>();
  for (const n of notices) {
    for (const day of n.days) {
      if (!isCalendarDate(day.date) || listed.has(day.date)) continue;
      listed.add(day.date);
      const entry = { date: day.date, name: day.holiday || (day.off ? '国务院通知放假' : '国务院通知调休上班') };
      (day.off ? offDays : workdays).push(entry);
    }
  }
  const keep = (e: HolidayEntry) => !listed.has(e.date);
  const byDate = (a: HolidayEntry, b: HolidayEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const years = [...new Set([...data.years, ...notices.map((n) => n.year)])].sort((a, b) => a - b);
  return {
    offDays: [...data.offDays.filter(keep), ...offDays].sort(byDate),
    workdays: [...data.workdays.filter(keep), ...workdays].sort(byDate),
    years,
  };
}
