import { CalendarDate } from '../../../core/dates';
import { Finding } from '../../../core/findings';
import { Attribute } from '../../../core/register/types';
import { FORM_TEXT } from '../messages';
import { Recipient, TransferSheetModel } from '../transfer/model';

/** 政府信息公开确认单: what was delivered in a period, and that it matches the portal (seed 000 二.4). */
export interface ConfirmationSlipModel {
  sender: string;
  receiver: string;
  recipient: Recipient;
  batchNo: string;
  from?: CalendarDate;
  until?: CalendarDate;
  date: CalendarDate;
  countsByAttribute: Record<Attribute, number>;
  total: number;
  /** 主动公开 items delivered. */
  delivered: number;
  /** 主动公开 items published on the portal (counted from 公开日期, or as entered by the office). */
  published: number;
  consistent: boolean;
  principal: string;
  sealText: string;
  /** Made from a draft transfer sheet: marked 草稿 on every page too. */
  draft: boolean;
  findings: Finding[];
}

/** Options of {@link buildConfirmationSlip}. */
export interface ConfirmationOptions {
  /** 单位主要负责人 printed under the signature line (blank line when empty). */
  principal: string;
  /** The portal's own count when the office has looked it up; otherwise counted from 公开日期. */
  portalCount?: number;
  /** Date of the slip; defaults to the transfer date. */
  date?: CalendarDate;
}

/** Builds the confirmation slip of a transfer sheet; it carries counts only, never applicant data. */
export function buildConfirmationSlip(sheet: TransferSheetModel, options: ConfirmationOptions): ConfirmationSlipModel {
  const delivered = sheet.countsByAttribute['主动公开'];
  const published = options.portalCount ?? sheet.rows.filter((r) => r.attribute === '主动公开' && r.published).length;
  const consistent = delivered === published;
  const findings: Finding[] = consistent
    ? []
    : [
        {
          sheet: sheet.receiver,
          row: null,
          column: null,
          field: 'publishedDate',
          severity: 'warning',
          code: 'transfer.portal.mismatch',
          message: FORM_TEXT.portalMismatch(delivered, published),
        },
      ];
  return {
    sender: sheet.sender,
    receiver: sheet.receiver,
    recipient: sheet.recipient,
    batchNo: sheet.batchNo,
    from: sheet.from,
    until: sheet.until,
    date: options.date ?? sheet.transferDate,
    countsByAttribute: { ...sheet.countsByAttribute },
    total: sheet.rows.length,
    delivered,
    published,
    consistent,
    principal: options.principal,
    sealText: sheet.sealText,
    draft: sheet.draft,
    findings,
  };
}
