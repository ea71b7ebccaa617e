import { CalendarDate } from '../../core/dates';
import { FindingCode } from '../../core/findings';
import { APPLICANT_COLUMN, ApplicationRecord, RESULT_ROWS, ResultRow, Table3Column } from '../../core/register/types';
import { msg } from './messages';
import { yearBoundsOf } from './yearBounds';

/** Why an application is left out of every count (a finding each). */
export interface Exclusion {
  field: string;
  code: FindingCode;
  message: string;
}

/** How one application counts in the annual report of a year (contracts §4). */
export type Classification =
  | { kind: 'outside' }
  | ({ kind: 'excluded' } & Exclusion)
  | {
      kind: 'counted';
      column: Table3Column;
      inflow: 'new' | 'carry_in';
      row?: ResultRow;
      /** Replied in the year with an answer no table 三 row names: in `new`/`carry_in`, in no outcome row (an error). */
      unread?: Exclusion;
    };

/** The table 三 row of a replied application, or undefined when type/reason do not name one. */
export function resultRowOf(a: ApplicationRecord): ResultRow | undefined {
  if (a.resultRow && RESULT_ROWS.includes(a.resultRow)) return a.resultRow;
  // The two outcome groups with a single row need no reason.
  if (a.resultType === '予以公开') return 'granted';
  if (a.resultType === '部分公开') return 'partial';
  return undefined;
}

/**
 * Why an application cannot be counted in any period whatever its dates — no applicant column, or an
 * answer before the receipt — or undefined. The annual and the monthly statistics share this rule.
 */
export function exclusionOf(a: ApplicationRecord, year: number): Exclusion | undefined {
  if (a.replyDate !== undefined && a.receivedDate !== undefined && a.replyDate < a.receivedDate) {
    return { field: 'replyDate', code: 'report.annual.replyBeforeReceipt', message: msg.replyBeforeReceipt(a.appNo) };
  }
  if (!a.applicantType || !APPLICANT_COLUMN[a.applicantType]) {
    return { field: 'applicantType', code: 'report.annual.noApplicantType', message: msg.noApplicantType(a.appNo, year) };
  }
  return undefined;
}

/** How an application counts as received between `from` and `to`: the one rule behind 本年新收 and 本月/本年累计收到. */
export type Receipt = { kind: 'outside' } | ({ kind: 'excluded' } & Exclusion) | { kind: 'received'; column: Table3Column };

/**
 * Received in the period (收到日期 from `from` to `to`) and countable (exclusionOf). An application
 * without a receipt date is in no period.
 * @example receiptIn(a, '2025-01-01', '2025-12-31') //=> { kind: 'received', column: 'natural' }
 */
export function receiptIn(a: ApplicationRecord, from: CalendarDate, to: CalendarDate): Receipt {
  const received = a.receivedDate;
  if (received === undefined || received < from || received > to) return { kind: 'outside' };
  const excluded = exclusionOf(a, Number(to.slice(0, 4)));
  if (excluded) return { kind: 'excluded', ...excluded };
  return { kind: 'received', column: APPLICANT_COLUMN[a.applicantType as keyof typeof APPLICANT_COLUMN] };
}

/**
 * Classifies an application for year Y: outside the year; counted (new or carried in, with its
 * result row when replied in Y, else carried out; an unreadable answer stays in `new` with `unread`);
 * or excluded with the reason (a finding).
 */
export function classifyApplication(a: ApplicationRecord, year: number): Classification {
  const { first, last } = yearBoundsOf(year);
  const received = a.receivedDate;
  const replied = a.replyDate;
  if (!received) {
    // Without a receipt date we cannot tell whether it belongs to the year; report those that might.
    if (replied && replied < first) return { kind: 'outside' };
    return { kind: 'excluded', field: 'receivedDate', code: 'report.annual.noReceivedDate', message: msg.noReceivedDate(a.appNo) };
  }
  // Relevant to Y: received by year end and not replied before it began.
  if (received > last || (replied !== undefined && replied < first)) return { kind: 'outside' };
  const excluded = exclusionOf(a, year);
  if (excluded) return { kind: 'excluded', ...excluded };
  const column = APPLICANT_COLUMN[a.applicantType as keyof typeof APPLICANT_COLUMN];
  const inflow = received >= first ? 'new' : 'carry_in';
  if (replied === undefined || replied > last) return { kind: 'counted', column, inflow };
  const row = resultRowOf(a);
  if (!row) {
    return {
      kind: 'counted',
      column,
      inflow,
      unread: { field: 'resultType', code: 'report.annual.noResult', message: msg.noResult(a.appNo, year) },
    };
  }
  return { kind: 'counted', column, inflow, row };
}
