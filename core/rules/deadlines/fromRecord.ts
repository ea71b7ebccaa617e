import { CalendarDate } from '../../dates';
import type { Preset } from '../../presets';
import { ApplicationRecord } from '../../register/types';
import type { Settings } from '../../settings/schema';
import { Consultation } from './pauses';
import { parseIntervals } from './intervals';
import { ReplyDeadlineInput } from './replyDeadline';

/** The register fields the reply clock reads. */
export type ClockFields = Pick<
  ApplicationRecord,
  | 'receivedDate'
  | 'correctionNoticeDate'
  | 'correctionDueDate'
  | 'correctionReceivedDate'
  | 'consultSentDate'
  | 'consultReplyDate'
  | 'consultations'
  | 'feeNoticeDate'
  | 'feePaidDate'
  | 'extensionNoticeDate'
  | 'extensionDays'
  | 'delayToDate'
  | 'delayNoticeDate'
  | 'replyDate'
>;

/** The office's numbers for the clock: from its preset and settings. */
export interface ClockOptions {
  /** Answer period under the 2019 条例 (preset `reply`). */
  replyDays: number;
  /** 补正期限 when the register has none (preset `correctionPeriod`, settings `correctionPeriodDays`). */
  correctionDays?: number;
  /** Third-party / other-agency reply window (preset `thirdPartyReply`). */
  consultWindow?: number;
  /** Payment window (preset `feePayment`, 109号文: 20). */
  feeDays?: number;
  feePausesClock: boolean;
  today?: CalendarDate;
}

/** The clock numbers of an office: its preset's periods, the settings' 补正期限 and fee switch (one source for every face). */
export function clockOptionsOf(preset: Preset, settings: Settings | undefined, today?: CalendarDate): ClockOptions {
  return {
    replyDays: preset.periods.reply.days,
    correctionDays: settings?.correctionPeriodDays ?? preset.periods.correctionPeriod?.days,
    consultWindow: preset.periods.thirdPartyReply?.days,
    feeDays: preset.periods.feePayment?.days,
    feePausesClock: preset.feePausesClock && (settings?.feePausesClock ?? true),
    ...(today ? { today } : {}),
  };
}

/**
 * The clock input of one application row: the 征求意见日期/答复日期 pair and every interval of the
 * 征求意见记录 cell, the fee, the extension with its notice, 延迟答复; plus the cell entries it could not read.
 * @example clockInputOf({ receivedDate: '2025-03-03', consultations: '2025-03-10至2025-03-20' }, opts).input.consultations
 *   //=> [{ from: '2025-03-10', replied: '2025-03-20', party: 'thirdParty' }]
 */
export function clockInputOf(
  r: ClockFields & { receivedDate: CalendarDate },
  o: ClockOptions,
): { input: ReplyDeadlineInput; intervalErrors: { text: string; reason: string }[] } {
  const consultations: Consultation[] = [];
  if (r.consultSentDate)
    consultations.push({ from: r.consultSentDate, ...(r.consultReplyDate ? { replied: r.consultReplyDate } : {}), party: 'thirdParty' });
  const parsed = r.consultations ? parseIntervals(r.consultations) : { entries: [], errors: [] };
  for (const e of parsed.entries) {
    // The same consultation written in both places counts once.
    if (consultations.some((c) => c.from === e.from)) continue;
    consultations.push({ from: e.from, ...(e.to ? { replied: e.to } : {}), party: e.party });
  }
  const extension = r.extensionDays !== undefined && Number.isInteger(r.extensionDays) && r.extensionDays > 0 ? r.extensionDays : undefined;
  const input: ReplyDeadlineInput = {
    received: r.receivedDate,
    days: o.replyDays,
    ...(r.correctionNoticeDate && r.correctionNoticeDate >= r.receivedDate ? { correctionNotice: r.correctionNoticeDate } : {}),
    ...(r.correctionDueDate ? { correctionUntil: r.correctionDueDate } : {}),
    ...(o.correctionDays ? { correctionDays: o.correctionDays } : {}),
    ...(r.correctionReceivedDate && r.correctionReceivedDate >= r.receivedDate ? { correctionReceived: r.correctionReceivedDate } : {}),
    ...(consultations.length > 0 ? { consultations } : {}),
    ...(o.consultWindow ? { consultWindow: o.consultWindow } : {}),
    ...(r.feeNoticeDate && (r.feePaidDate === undefined || r.feePaidDate >= r.feeNoticeDate)
      ? { fee: { notice: r.feeNoticeDate, ...(r.feePaidDate ? { paid: r.feePaidDate } : {}) } }
      : {}),
    ...(o.feeDays ? { feeDays: o.feeDays } : {}),
    feePausesClock: o.feePausesClock,
    ...(extension ? { extension } : {}),
    ...(extension && r.extensionNoticeDate && r.extensionNoticeDate >= r.receivedDate ? { extensionNotice: r.extensionNoticeDate } : {}),
    ...(r.delayToDate ? { delay: { to: r.delayToDate, ...(r.delayNoticeDate ? { notified: r.delayNoticeDate } : {}) } } : {}),
    ...(r.replyDate ? { replied: r.replyDate } : {}),
    ...(o.today ? { today: o.today } : {}),
  };
  return { input, intervalErrors: parsed.errors };
}

/** A stable key of a clock input, for caching answers of rows that share their dates. */
export function clockKey(input: ReplyDeadlineInput): string {
  return JSON.stringify(input);
}
