import { CalendarDate, compareDates } from '../../../core/dates';
import { Finding, FindingCode } from '../../../core/findings';
import { ATTRIBUTES, Attribute, CatalogueRecord } from '../../../core/register/types';
import { maskFreeText } from '../../../core/rules/identifiers';
import { OfficeInfo } from '../../../core/settings/schema';
import { FORM_TEXT, PRECONDITION_TEXT } from '../messages';
import { DocumentBlockedError, transferPreconditions } from '../preconditions';

/** Who receives a transfer (移交): the district acceptance centre, archives or library. */
export type Recipient = '受理中心' | '档案馆' | '图书馆';
export const RECIPIENTS: readonly Recipient[] = ['受理中心', '档案馆', '图书馆'];

/** 载体 of a delivered item. */
export type Medium = '纸质' | '电子' | '纸质/电子';

/**
 * Attributes each recipient receives by default: archives and library get 主动公开 items;
 * the acceptance centre also gets the 依申请公开 and 不予公开 lists (seed 000 一.5).
 */
export const DEFAULT_ATTRIBUTES: Record<Recipient, readonly Attribute[]> = {
  受理中心: ATTRIBUTES,
  档案馆: ['主动公开'],
  图书馆: ['主动公开'],
};

/** Paper copies per item by default (闵行 practice: two copies each to archives and library). */
export const DEFAULT_COPIES: Record<Recipient, number> = { 受理中心: 1, 档案馆: 2, 图书馆: 2 };

const RECIPIENT_CODE: Record<Recipient, string> = { 受理中心: 'SL', 档案馆: 'DA', 图书馆: 'TS' };

/** What to put on a transfer sheet. */
export interface TransferOptions {
  recipient: Recipient;
  /** 移交日期 (also the default batch number's date). */
  transferDate: CalendarDate;
  office: OfficeInfo;
  /** 生成日期 range, inclusive; none → every undelivered item whatever its date (contracts §2). */
  from?: CalendarDate;
  until?: CalendarDate;
  /** Only these 责任科室 (exact names). */
  departments?: readonly string[];
  /** Override the recipient's default attributes. */
  attributes?: readonly Attribute[];
  /** List items that already have a 送交日期 too. */
  includeTransferred?: boolean;
  /** 接收单位 as printed, e.g. 上海市普陀区档案馆; defaults to the recipient word. */
  receiverName?: string;
  batchNo?: string;
  medium?: Medium;
  /** Make a draft (marked 草稿 on every page) even when a precondition fails. */
  draft?: boolean;
}

/** One line of the transfer sheet. */
export interface TransferRow {
  seq: number;
  indexNo: string;
  title: string;
  docNo: string;
  formedDate: CalendarDate | undefined;
  attribute: Attribute;
  medium: Medium;
  pages: number | undefined;
  copies: number;
  /** 变更 / 废止 and the register's own 备注. */
  remark: string;
  /** Already on the portal by the transfer date (公开日期 set and not later); not printed, feeds the 确认单. */
  published: boolean;
  source: { sheet: string; row: number };
}

/** The transfer sheet, ready to draw (no applicant data by construction: catalogue items only). */
export interface TransferSheetModel {
  recipient: Recipient;
  sender: string;
  receiver: string;
  batchNo: string;
  transferDate: CalendarDate;
  from?: CalendarDate;
  until?: CalendarDate;
  sealText: string;
  phone: string;
  rows: TransferRow[];
  countsByAttribute: Record<Attribute, number>;
  /** A draft: every page (and the 确认单 made from it) is marked 草稿. */
  draft: boolean;
  findings: Finding[];
}

/** The default batch number: date + recipient code, e.g. `20261126-DA`. */
export function defaultBatchNo(date: CalendarDate, recipient: Recipient): string {
  return `${date.replace(/-/g, '')}-${RECIPIENT_CODE[recipient]}`;
}

/** 备注: 废止 when the item was repealed, 变更 when amended, then the register's own remark. */
export function transferRemark(record: CatalogueRecord): string {
  const parts: string[] = [];
  const validity = record.validity ?? '';
  if (record.abolishedDate || /废止|失效|撤销/.test(validity)) parts.push(FORM_TEXT.abolished);
  else if (/修订|修改|变更|更正/.test(validity + (record.remarks ?? ''))) parts.push(FORM_TEXT.changed);
  // A remark may quote an ID or phone number: printed masked, as on receipts.
  const own = maskFreeText((record.remarks ?? '').trim());
  if (own && !parts.some((p) => own === p)) parts.push(own);
  return parts.join('；');
}

/**
 * Selects the catalogue items due for delivery to one recipient and numbers them. Throws
 * DocumentBlockedError when the sheet cannot be issued (no 移交单位) and no draft was asked for.
 */
export function buildTransferSheet(records: readonly CatalogueRecord[], options: TransferOptions): TransferSheetModel {
  const check = transferPreconditions(options.office, FORM_TEXT.transferTitle);
  if (check.errors.length > 0 && !options.draft) throw new DocumentBlockedError(check.errors);
  const findings: Finding[] = [...check.errors];
  if (options.draft) {
    findings.push({
      sheet: FORM_TEXT.transferTitle,
      row: null,
      column: null,
      field: null,
      severity: 'info',
      code: 'document.draft',
      message: PRECONDITION_TEXT.draftNote(FORM_TEXT.transferTitle, check.errors.length),
    });
  }
  const attributes = new Set(options.attributes ?? DEFAULT_ATTRIBUTES[options.recipient]);
  const departments = options.departments ? new Set(options.departments) : undefined;
  const ranged = options.from !== undefined || options.until !== undefined;
  const chosen: CatalogueRecord[] = [];
  for (const r of records) {
    if (!r.attribute) {
      findings.push(note(r, 'attribute', 'transfer.attribute.missing', FORM_TEXT.missingAttribute));
      continue;
    }
    if (!attributes.has(r.attribute)) continue;
    if (departments && !departments.has((r.department ?? '').trim())) continue;
    if (r.transferredDate && !options.includeTransferred) continue;
    if (ranged) {
      if (!r.formedDate) {
        findings.push(note(r, 'formedDate', 'transfer.formedDate.missing', FORM_TEXT.missingFormedDate));
        continue;
      }
      if (options.from && r.formedDate < options.from) continue;
      if (options.until && r.formedDate > options.until) continue;
    }
    chosen.push(r);
  }
  chosen.sort(compareRecords);
  const copiesDefault = DEFAULT_COPIES[options.recipient];
  const rows = chosen.map((r, i): TransferRow => ({
    seq: i + 1,
    indexNo: r.indexNo ?? '',
    title: r.title ?? '',
    docNo: r.docNo ?? '',
    formedDate: r.formedDate,
    attribute: r.attribute as Attribute,
    medium: options.medium ?? '纸质',
    pages: r.pages,
    copies: r.copies ?? copiesDefault,
    remark: transferRemark(r),
    published: r.publishedDate !== undefined && r.publishedDate <= options.transferDate,
    source: { sheet: r.source.sheet, row: r.source.row },
  }));
  const countsByAttribute = { 主动公开: 0, 依申请公开: 0, 不予公开: 0 } as Record<Attribute, number>;
  for (const row of rows) countsByAttribute[row.attribute]++;
  return {
    recipient: options.recipient,
    sender: options.office.name,
    receiver: options.receiverName ?? options.recipient,
    batchNo: options.batchNo ?? defaultBatchNo(options.transferDate, options.recipient),
    transferDate: options.transferDate,
    from: options.from,
    until: options.until,
    sealText: options.office.sealText,
    phone: options.office.phone,
    rows,
    countsByAttribute,
    draft: options.draft === true,
    findings,
  };
}

/** 索引号 compared as people read them: digit runs by value (…/2025-00099 before …/2025-00100). */
const INDEX_ORDER = new Intl.Collator('zh', { numeric: true });

/**
 * Attribute order first (the acceptance centre files them as separate lists), then 索引号 (the filing
 * order; numbers without one after those with), then date, then the source row.
 */
function compareRecords(a: CatalogueRecord, b: CatalogueRecord): number {
  const byAttr = ATTRIBUTES.indexOf(a.attribute as Attribute) - ATTRIBUTES.indexOf(b.attribute as Attribute);
  if (byAttr !== 0) return byAttr;
  const ia = a.indexNo ?? '';
  const ib = b.indexNo ?? '';
  if (!ia !== !ib) return ia ? -1 : 1;
  const byIndex = INDEX_ORDER.compare(ia, ib);
  if (byIndex !== 0) return byIndex;
  if (a.formedDate && b.formedDate && a.formedDate !== b.formedDate) return compareDates(a.formedDate, b.formedDate);
  if (!a.formedDate !== !b.formedDate) return a.formedDate ? -1 : 1;
  return a.source.sheet === b.source.sheet ? a.source.row - b.source.row : a.source.sheet < b.source.sheet ? -1 : 1;
}

function note(r: CatalogueRecord, field: string, code: FindingCode, message: string): Finding {
  return { sheet: r.source.sheet, row: r.source.row, column: null, field, severity: 'info', code, message };
}
