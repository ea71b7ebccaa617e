import { CalendarDate, fromEpochDay } from '../../dates';
import { fastEpochDay, isWeekdayEpoch } from '../epochDay';
import { statutoryDays } from './statutoryDays';

/** Why a day of a year without a published notice is off. */
export type ProvisionalKind = 'statutory' | 'estimated';

/** One off day of a year without a published notice. */
export interface ProvisionalDay {
  date: CalendarDate;
  /** The holiday it belongs to (元旦, 春节, …). */
  name: string;
  /** statutory: certain (放假办法); estimated: 补假 or customary bridging, expected but not yet notified. */
  kind: ProvisionalKind;
  /** Why, in Chinese: the 办法 version, or the rule of the estimate. */
  reason: string;
}

/**
 * The off days of a year whose State Council notice is not published (contracts §1): the statutory
 * holidays of the 办法 in force, plus the 补假 estimate — each statutory day that falls on a weekend
 * or on another holiday is made up on the next working day after the holiday. Never a make-up
 * weekend workday: those cannot be known before the notice. Ascending by date.
 * @example provisionalDays(2027).filter((d) => d.kind === 'estimated').map((d) => d.date)
 * //=> ['2027-02-09', '2027-02-10', …]
 */
export function provisionalDays(year: number): ProvisionalDay[] {
  const days = new Map<number, ProvisionalDay>();
  const owed: { e: number; name: string }[] = [];
  for (const s of statutoryDays(year)) {
    const e = fastEpochDay(s.date);
    if (days.has(e) || !isWeekdayEpoch(e)) owed.push({ e, name: s.name });
    if (!days.has(e)) days.set(e, { date: s.date, name: s.name, kind: 'statutory', reason: `${s.law}规定的${s.name}假日` });
  }
  for (const o of owed) {
    let e = o.e;
    while (days.has(e) || !isWeekdayEpoch(e)) e++;
    days.set(e, {
      date: fromEpochDay(e),
      name: o.name,
      kind: 'estimated',
      reason: `${o.name}假日逢周末或与其他假日重合，估计在节后第一个工作日补假`,
    });
  }
  return [...days.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d);
}
