import { ApplicationRecord } from '../../register/types';
import { FeeBasis, FeeComputation, feeByCount, feeByPages } from './schedule';

/** The fee 109号文 allows for one application, with how it was reached. */
export interface ApplicationFee {
  basis: FeeBasis;
  /** Natural month of receipt, `YYYY-MM` (按件 counts per applicant per natural month, 第四条). */
  month: string;
  /** 按件: this application is the `position`-th of its applicant in that month. */
  position?: number;
  /** 按件: the month's total up to and including this application; 按量: this application's pages. */
  computation: FeeComputation;
  /** What this application may be charged: 按件 the part of the month's total it adds; 按量 all of it. */
  amount: number;
}

/** Why no fee can be computed for an application. */
export type FeeGap = 'noReceivedDate' | 'noPages';

/** 按量 when the register says so (按量, 按页, 页), else 按件 — the basis that applies to every answer (第四条). */
export function feeBasisOf(app: Pick<ApplicationRecord, 'feeBasis'>): FeeBasis {
  return /按量|按页|页/.test(app.feeBasis ?? '') ? '按量' : '按件';
}

/**
 * The applicant as 109号文 counts them: same name and same ID number. The key stays inside this
 * module; statistics only ever see counts and amounts.
 */
function applicantKey(app: ApplicationRecord): string {
  const name = (app.applicantName ?? '').replace(/\s+/g, '');
  const id = (app.idNumber ?? '').replace(/\s+/g, '').toUpperCase();
  // Nobody to attribute the application to: it stands alone.
  return name || id ? `${name}|${id}` : `row:${app.source.sheet}:${app.source.row}`;
}

/**
 * The fee each application of a register may be charged: 按件 counts the applicant's applications
 * received in the same natural month in date order (ties by row), each paying the part of the
 * progressive total it adds; 按量 charges the application's own pages.
 * @example the 12th application of one person in 2025-06 → { basis: '按件', position: 12, amount: 100 }
 */
export function applicationFees(apps: readonly ApplicationRecord[]): Map<ApplicationRecord, ApplicationFee | FeeGap> {
  const result = new Map<ApplicationRecord, ApplicationFee | FeeGap>();
  const groups = new Map<string, ApplicationRecord[]>();
  for (const app of apps) {
    if (!app.receivedDate) {
      result.set(app, 'noReceivedDate');
      continue;
    }
    const key = `${applicantKey(app)}|${app.receivedDate.slice(0, 7)}`;
    const list = groups.get(key);
    if (list) list.push(app);
    else groups.set(key, [app]);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => (a.receivedDate as string).localeCompare(b.receivedDate as string) || a.source.row - b.source.row);
    list.forEach((app, i) => {
      const month = (app.receivedDate as string).slice(0, 7);
      if (feeBasisOf(app) === '按量') {
        if (app.feePages === undefined) result.set(app, 'noPages');
        else {
          const computation = feeByPages(app.feePages);
          result.set(app, { basis: '按量', month, computation, amount: computation.amount });
        }
        return;
      }
      const computation = feeByCount(i + 1);
      result.set(app, { basis: '按件', month, position: i + 1, computation, amount: computation.amount - feeByCount(i).amount });
    });
  }
  return result;
}
