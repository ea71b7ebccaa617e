import { CalendarDate } from '../../dates';

/** Which 政府信息公开条例 governs an application: the 2019 revision or the 2008 text. */
export type RegimeId = '2019' | '2008';

/** The numbers and article citations of one regulation's reply clock. */
export interface Regime {
  id: RegimeId;
  /** The regulation as the explanation names it. */
  name: string;
  /** Answer period in working days. */
  days: number;
  /** The longest extension. */
  maxExtension: number;
  /** Citation of the answer period. */
  replyArticle: string;
  /** Citation of the extension rule. */
  extensionArticle: string;
  /** Citation of the receipt day, when the regulation has one. */
  receiptArticle?: string;
  /** Citation of the correction (补正) rule. */
  correctionArticle: string;
  /** Third-party and other-agency consultations: citation and the reply window (working days), if any. */
  thirdPartyArticle: string;
  agencyArticle: string;
  consultWindow?: number;
  /** Citation of the clock stop for consultations. */
  pauseArticle: string;
}

/** The 2019 条例 took effect on this day (第五十六条); earlier receipts follow the 2008 text. */
export const CURRENT_REGULATION_FROM = '2019-05-15' as CalendarDate;

/** 《政府信息公开条例》2019: 20 + ≤ 20 working days, consultations capped at 15. */
export const REGIME_2019: Regime = {
  id: '2019',
  name: '《中华人民共和国政府信息公开条例》（2019年修订）',
  days: 20,
  maxExtension: 20,
  replyArticle: '条例第三十三条',
  extensionArticle: '条例第三十三条第二款',
  receiptArticle: '条例第三十一条',
  correctionArticle: '条例第三十条',
  thirdPartyArticle: '条例第三十二条',
  agencyArticle: '条例第三十四条',
  consultWindow: 15,
  pauseArticle: '条例第三十三条第三款',
};

/** 《政府信息公开条例》2008 (旧条例 第二十四条): 15 + ≤ 15 working days; no window for the third party. */
export const REGIME_2008: Regime = {
  id: '2008',
  name: '2008年施行的《中华人民共和国政府信息公开条例》（旧条例）',
  days: 15,
  maxExtension: 15,
  replyArticle: '旧条例第二十四条第二款',
  extensionArticle: '旧条例第二十四条第二款',
  correctionArticle: '旧条例第二十一条第（四）项',
  thirdPartyArticle: '旧条例第二十三条',
  // The 2008 text stops the clock for third parties only; other agencies are paused as the office entered them.
  agencyArticle: '旧条例未规定征求其他机关意见的期限，按登记的暂停计算',
  pauseArticle: '旧条例第二十四条第三款',
};

/**
 * The regulation that governs an application received on `received`.
 * @example regimeFor('2019-05-14').days //=> 15
 */
export function regimeFor(received: CalendarDate): Regime {
  return received < CURRENT_REGULATION_FROM ? REGIME_2008 : REGIME_2019;
}
