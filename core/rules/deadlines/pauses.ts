import { CalendarDate } from '../../dates';

/** What stopped the clock: a third party (第三十二条), another agency (第三十四条), a fee notice (109号文), or anything else. */
export type PauseKind = 'thirdParty' | 'agency' | 'fee' | 'other';

/** A stop of the clock, half-open `(from, to]`: the working days after `from` up to `to` are not counted. */
export interface Pause {
  from: CalendarDate;
  to: CalendarDate;
  /** e.g. 征求第三方意见, 征求其他机关意见, 收费 */
  reason?: string;
  kind?: PauseKind;
}

/** A consultation (征求意见): sent (or received by the other side) on `from`, answered on `replied` if it was. */
export interface Consultation {
  from: CalendarDate;
  replied?: CalendarDate;
  /** Default: a third party. */
  party?: 'thirdParty' | 'agency';
}

/** A pause as the clock applies it: the interval, and how to explain it. */
export interface PauseSpan extends Pause {
  /** The step text once the number of counted working days is known. */
  explain: (from: string, to: string, days: number) => string;
  /** The short name used when it cannot count (e.g. 征求第三方意见). */
  label: string;
  article: string;
  /** For a consultation not answered yet: the last day of its window (the case is 征求意见中 until then). */
  openUntil?: CalendarDate;
}

/** Sorts and merges pauses; touching or overlapping half-open intervals become one. */
export function mergePauses(pauses: Pause[]): Pause[] {
  return mergeGroups(pauses).map(({ from, to, reason }) => (reason === undefined ? { from, to } : { from, to, reason }));
}

/** Merged intervals with the pauses that make each one up, in date order. */
export function mergeGroups<P extends Pause>(pauses: P[]): { from: CalendarDate; to: CalendarDate; reason?: string; members: P[] }[] {
  const sorted = [...pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const merged: { from: CalendarDate; to: CalendarDate; reason?: string; members: P[] }[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
      if (p.reason && last.reason !== p.reason && !(last.reason ?? '').split('、').includes(p.reason)) {
        last.reason = last.reason ? `${last.reason}、${p.reason}` : p.reason;
      }
      last.members.push(p);
    } else {
      merged.push({ from: p.from, to: p.to, ...(p.reason ? { reason: p.reason } : {}), members: [p] });
    }
  }
  return merged;
}
