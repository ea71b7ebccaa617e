import { ApplicationRecord } from '../../register/types';

/** The year's fee figures for part 六 of the annual report (counts and amounts only, never who). */
export interface FeeSummary {
  /** 收费通知 sent in the year (收费通知日期 in the year). */
  notices: number;
  /** Their amounts in 元 (收费金额), and how many had none recorded. */
  noticeAmount: number;
  noticeAmountMissing: number;
  /** Payments in the year (缴费日期 in the year). */
  paid: number;
  /** Collected in 元: 实收金额 where recorded, else the notice's 收费金额; and how many had neither. */
  paidAmount: number;
  paidAmountMissing: number;
}

/** Sums the fee notices and payments dated between `first` and `last` (inclusive, YYYY-MM-DD). */
export function feeSummary(applications: readonly ApplicationRecord[], first: string, last: string): FeeSummary {
  const within = (d: string | undefined) => d !== undefined && d >= first && d <= last;
  const s: FeeSummary = { notices: 0, noticeAmount: 0, noticeAmountMissing: 0, paid: 0, paidAmount: 0, paidAmountMissing: 0 };
  for (const a of applications) {
    if (within(a.feeNoticeDate)) {
      s.notices++;
      if (a.feeAmount === undefined) s.noticeAmountMissing++;
      else s.noticeAmount += a.feeAmount;
    }
    if (within(a.feePaidDate)) {
      s.paid++;
      const collected = a.feePaidAmount ?? a.feeAmount;
      if (collected === undefined) s.paidAmountMissing++;
      else s.paidAmount += collected;
    }
  }
  // Amounts are in 元 with at most fen: keep sums exact to the fen.
  s.noticeAmount = Math.round(s.noticeAmount * 100) / 100;
  s.paidAmount = Math.round(s.paidAmount * 100) / 100;
  return s;
}
