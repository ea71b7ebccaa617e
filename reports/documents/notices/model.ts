import { CalendarDate, ymd } from '../../../core/dates';
import { WorkCalendar } from '../../../core/calendar';
import { Finding, FindingCode } from '../../../core/findings';
import { Preset } from '../../../core/presets';
import { ApplicationRecord, ResultRow } from '../../../core/register/types';
import { replyDeadline } from '../../../core/rules/deadlines';
import { maskFreeText, maskIdNumber } from '../../../core/rules/identifiers';
import { Settings } from '../../../core/settings/schema';
import { BLANK, dateZh } from '../format';
import { PRECONDITION_TEXT } from '../messages';
import { DocumentBlockedError, GroundCheck, noticePreconditions } from '../preconditions';
import { extensionDates } from './clock';
import { feeOf } from './fee';
import { describeFee } from '../../../core/rules/fees';
import { NoticeKind, REPLY_KIND_OF_ROW, REPLY_KIND_OF_TYPE, REPLY_VARIANTS, ReplyKind } from './kinds';
import { NOTICE_MESSAGES as M } from './messages';
import { formatNoticeNumber, seqFromAppNo } from './numbering';
import { NoticeTemplates, Placeholder, placeholdersIn } from './templateSchema';
import { defaultNoticeTemplates } from './templates';
import { UserError } from '../../../core/errors';

/** Everything a notice needs besides the application: settings, the clock, wording. */
export interface NoticeContext {
  settings: Settings;
  calendar: WorkCalendar;
  preset: Preset;
  /** Date used when the register holds no date for the notice (not yet sent). */
  today: CalendarDate;
  templates?: NoticeTemplates;
  /** Sequence number of the notice; default: the trailing number of the 申请编号. */
  seq?: number;
  /** Name of the third party a 征求意见书 goes to (blank line when not given). */
  thirdParty?: string;
  /** Make a draft (marked 草稿 on every page) even when a precondition fails. */
  draft?: boolean;
  /** How a 不予公开 ground is recognised (default: the eight situations of table 三). */
  groundCheck?: GroundCheck;
  /** The register the application belongs to: 按件 fees count the applicant's other applications of the month. */
  register?: readonly ApplicationRecord[];
}

/** A notice ready to draw. */
export interface NoticeModel {
  kind: NoticeKind;
  title: string;
  number: string;
  date: CalendarDate;
  appNo: string;
  salutation: string;
  fields: [string, string][];
  paragraphs: string[];
  remedy: string[];
  contact: string;
  signature: string[];
  sealText: string;
  /** A draft: every page is marked 草稿 and it must not be sent. */
  draft: boolean;
  /** The values the wording was filled with (tests and the xlsx sheet use them). */
  values: Partial<Record<Placeholder, string>>;
  findings: Finding[];
}

/** Why a notice cannot be made: 'replyKind' when the answer's kind cannot be told from the register (a face may offer its own way to name it). */
export type NoticeErrorCode = 'replyKind' | 'other';

/** Thrown when no notice of the asked kind can be made for an application (Chinese message). */
export class NoticeError extends UserError {
  constructor(
    message: string,
    readonly code: NoticeErrorCode = 'other',
  ) {
    super(message);
    this.name = 'NoticeError';
  }
}

/** The answer kind the register's result calls for, or a Chinese reason why it cannot be told. */
export function replyKindOf(app: ApplicationRecord): { kind: ReplyKind } | { error: string } {
  const appNo = app.appNo ?? `第${app.source.row}行`;
  if (app.resultRow) {
    const said = [app.original.resultType, app.resultReason].filter(Boolean).join(' ');
    const variant = REPLY_VARIANTS.find((x) => x.row === app.resultRow && x.words.test(said));
    return { kind: variant ? variant.kind : REPLY_KIND_OF_ROW[app.resultRow] };
  }
  if (!app.resultType) return { error: M.noResult(appNo) };
  const kind = REPLY_KIND_OF_TYPE[app.resultType];
  return kind ? { kind } : { error: M.ambiguousResult(appNo, app.resultType) };
}

/** The date a notice of this kind bears in the register (undefined: not sent yet). */
export function registerDateOf(app: ApplicationRecord, kind: NoticeKind): CalendarDate | undefined {
  switch (kind) {
    case 'receipt':
      return app.receivedDate;
    case 'correction':
      return app.correctionNoticeDate;
    case 'extension':
      return app.extensionNoticeDate;
    case 'consult':
    case 'consultNotice':
      return app.consultSentDate;
    case 'fee':
      return app.feeNoticeDate;
    case 'delay':
      return app.delayNoticeDate;
    default:
      return app.replyDate;
  }
}

/** Builds one notice for one application. Throws NoticeError when the kind cannot be told or dated. */
export function buildNotice(app: ApplicationRecord, asked: NoticeKind | 'reply', ctx: NoticeContext): NoticeModel {
  const templates = ctx.templates ?? defaultNoticeTemplates();
  let kind: NoticeKind;
  if (asked === 'reply') {
    const r = replyKindOf(app);
    if ('error' in r) throw new NoticeError(r.error, 'replyKind');
    kind = r.kind;
  } else kind = asked;
  const t = templates.notices[kind];
  const appNo = app.appNo ?? '';
  const findings: Finding[] = [];
  const finding = (severity: Finding['severity'], code: FindingCode, field: string | null, message: string) =>
    findings.push({ sheet: app.source.sheet, row: app.source.row, column: null, field, severity, code, message });

  if (!app.receivedDate) throw new NoticeError(M.noReceived(appNo || `第${app.source.row}行`));
  const received = app.receivedDate;
  let date = registerDateOf(app, kind);
  if (!date) {
    date = ctx.today;
    finding('info', 'notice.date.today', null, M.dateToday(t.title, ctx.today));
  }
  const numberPattern = t.numberPattern ?? ctx.settings.noticeNumberPattern;
  const check = noticePreconditions(app, kind, { ...ctx, date, template: t, common: templates.common, numberPattern });
  if (check.errors.length > 0 && !ctx.draft) throw new DocumentBlockedError(check.errors);
  findings.push(...check.errors, ...check.warnings);
  if (ctx.draft) finding('info', 'document.draft', null, PRECONDITION_TEXT.draftNote(t.title, check.errors.length));
  let uncertain = false;
  const v: Partial<Record<Placeholder, string>> = {};
  const o = ctx.settings.office;
  Object.assign(v, {
    申请人: app.applicantName ?? '',
    证件号码: app.idNumber ? maskIdNumber(app.idNumber) : '',
    申请编号: appNo,
    收到日期: dateZh(received),
    申请方式: app.channel ?? '',
    申请内容: maskFreeText(app.content ?? ''),
    答复工作日: String(ctx.preset.periods.reply.days),
    补正告知日期: dateZh(app.correctionNoticeDate),
    征求意见日期: dateZh(app.consultSentDate),
    第三方答复工作日: String(ctx.preset.periods.thirdPartyReply?.days ?? 15),
    第三方: ctx.thirdParty ?? '',
    收费金额: app.feeAmount === undefined ? '' : formatYuan(app.feeAmount),
    缴费工作日: String(ctx.preset.periods.feePayment?.days ?? 20),
    收费通知日期: dateZh(app.feeNoticeDate),
    答复日期: dateZh(app.replyDate),
    答复依据: app.resultReason ?? '',
    机关名称: o.name,
    地址: o.address,
    邮编: o.postcode,
    电话: o.phone,
    传真: o.fax,
    电子邮箱: o.email,
    复议机关: o.reviewBody,
    法院: o.court,
    落款日期: dateZh(date),
    获取途径: (app.accessRoute ?? '').trim() || o.publicAccess,
    负责机关: app.responsibleAgency ?? '',
    负责机关联系方式: app.responsibleContact ?? '',
  } satisfies Partial<Record<Placeholder, string>>);

  const deadlineInput = {
    received,
    days: ctx.preset.periods.reply.days,
    ...(app.correctionReceivedDate ? { correctionReceived: app.correctionReceivedDate } : {}),
  };
  if (kind === 'receipt') {
    const r = replyDeadline(deadlineInput, ctx.calendar);
    v.答复期限 = dateZh(r.due);
    uncertain ||= r.uncertain;
  }
  if (kind === 'correction') {
    const days = t.periodWorkdays ?? 15;
    const p = ctx.calendar.addWorkdays(date, days);
    v.补正期限 = dateZh(p.date);
    v.补正工作日 = String(days);
    uncertain ||= p.uncertain;
  }
  // 延迟答复 (条例第三十五条): the later date the register holds.
  if (kind === 'delay') v.延迟答复期限 = dateZh(app.delayToDate);
  if (kind === 'extension') {
    const ext = extensionDates({ ...app, receivedDate: received }, ctx);
    if (ext.assumed) finding('info', 'notice.extension.assumed', 'extensionDays', M.extensionAssumed);
    Object.assign(v, { 原答复期限: dateZh(ext.originalDue), 新答复期限: dateZh(ext.newDue), 延长工作日: String(ext.days) });
    uncertain ||= ext.uncertain;
  }
  if (kind === 'fee') {
    const fee = feeOf(app, ctx.register);
    if (typeof fee !== 'string') {
      Object.assign(v, { 计费方式: fee.basis === '按件' ? '按件计收' : '按量计收', 收费计算: describeFee(fee) });
      // The preconditions make the register's amount (when given) agree with the computation printed beside it.
      v.收费金额 = formatYuan(app.feeAmount ?? fee.amount);
    }
  }
  if (kind === 'denied' || kind === 'partial') v.不予公开理由 = denialReason(app, kind, templates, finding);

  // A third party never learns who applied (个人信息保护法 第三十四条: only what the task needs).
  if (t.to === 'thirdParty') {
    v.申请人 = '';
    v.证件号码 = '';
  }
  const seq = ctx.seq ?? seqFromAppNo(appNo) ?? 1;
  const number = formatNoticeNumber(numberPattern, {
    abbreviation: o.abbreviation,
    year: ymd(date).year,
    seq,
    appNo,
  });
  v.文号 = number;
  if (uncertain) finding('warning', 'notice.date.uncertain', null, M.uncertain(t.title));
  for (const name of t.requires) {
    if (!v[name]) finding('warning', 'notice.field.missing', name, M.missing(t.title, name));
  }
  const fill = (text: string) => text.replace(/\{([^{}]+)\}/g, (_, name: Placeholder) => v[name] || BLANK);
  const paragraphs: string[] = [];
  for (const p of t.body) {
    if (typeof p === 'string') paragraphs.push(fill(p));
    else if (placeholdersIn(p.optional).every((name) => v[name as Placeholder])) paragraphs.push(fill(p.optional));
  }
  const remedy = t.remedy === 'none' ? [] : templates.common.remedy[t.remedy].map(fill);
  return {
    kind,
    title: t.title,
    number,
    date,
    appNo,
    salutation: fill(t.salutation),
    fields: t.fields.map(([label, value]) => [label, fill(value)]),
    paragraphs,
    remedy,
    contact: fill(templates.common.contact),
    signature: templates.common.signature.map(fill),
    sealText: o.sealText,
    draft: ctx.draft === true,
    values: v,
    findings,
  };
}

/** The reason printed for what is withheld: the ground's wording for a known row, else the register's text. */
function denialReason(
  app: ApplicationRecord,
  kind: ReplyKind,
  templates: NoticeTemplates,
  finding: (s: Finding['severity'], code: FindingCode, field: string | null, message: string) => void,
): string {
  const grounds = templates.common.denialGrounds as Partial<Record<ResultRow, string>>;
  if (kind === 'denied' && app.resultRow && grounds[app.resultRow]) return grounds[app.resultRow] as string;
  const reason = (app.resultReason ?? '').trim();
  const match = Object.entries(DENIAL_WORDS).find(([, re]) => re.test(reason));
  if (match && grounds[match[0] as ResultRow]) return grounds[match[0] as ResultRow] as string;
  if (reason) finding('warning', 'notice.denial.unknownGround', 'resultReason', M.groundUnknown(reason));
  return reason;
}

/** Short forms of the eight grounds as written in registers. */
const DENIAL_WORDS: Partial<Record<ResultRow, RegExp>> = {
  deny_secret: /国家秘密/,
  deny_law: /法律.*禁止/,
  deny_3safe: /三安全一稳定|国家安全|公共安全|经济安全|社会稳定/,
  deny_3rdparty: /第三方|商业秘密|个人隐私/,
  deny_internal: /内部事务|人事管理|后勤管理|内部工作流程/,
  deny_process: /过程性|讨论记录|过程稿|磋商信函|请示报告/,
  deny_casefile: /执法案卷/,
  deny_query: /行政查询/,
};

/** Amount in 元 as printed: whole yuan without decimals, otherwise two decimals. */
function formatYuan(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}
