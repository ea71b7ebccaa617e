import { APPLICANT_COLUMN, ApplicationRecord, RESULT_ROWS, ResultRow, Table3Column } from '../../core/register/types';
import { msg } from './messages';
import { yearBoundsOf } from './yearBounds';

/** How one application counts in the annual report of a year (contracts §4). */
export type Classification =
  | { kind: 'outside' }
  | { kind: 'excluded'; field: string; code: string; message: string }
  | { kind: 'counted'; column: Table3Column; inflow: 'new' | 'carry_in'; row?: ResultRow };

/** The table 三 row of a replied application, or undefined when type/reason do not name one. */
export function resultRowOf(a: ApplicationRecord): ResultRow | undefined {
  if (a.resultRow && RESULT_ROWS.includes(a.resultRow)) return a.resultRow;
  // The two outcome groups with a single row need no reason.
  if (a.resultType === '予以公开') return 'granted';
  if (a.resultType === '部分公开') return 'partial';
  return undefined;
}

/**
 * Classifies an application for year Y: outside the year; counted (new or carried in, with its
 * result row when replied in Y, else carried out); or excluded with the reason (a finding).
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
  if (replied !== undefined && replied < received) {
    return { kind: 'excluded', field: 'replyDate', code: 'report.annual.replyBeforeReceipt', message: msg.replyBeforeReceipt(a.appNo) };
  }
  const column = a.applicantType ? APPLICANT_COLUMN[a.applicantType] : undefined;
  if (!column) {
    return { kind: 'excluded', field: 'applicantType', code: 'report.annual.noApplicantType', message: msg.noApplicantType(a.appNo, year) };
  }
  const inflow = received >= first ? 'new' : 'carry_in';
  if (replied === undefined || replied > last) return { kind: 'counted', column, inflow };
  const row = resultRowOf(a);
  if (!row) return { kind: 'excluded', field: 'resultType', code: 'report.annual.noResult', message: msg.noResult(a.appNo, year) };
  return { kind: 'counted', column, inflow, row };
}
