/**
 * The one place that decides whether a document may be issued (issue 13 §3). Every face — `ogi
 * notice`/`ogi transfer`/`ogi confirm`, the task pane, the offline page and later the WPS host —
 * reaches these checks through `buildNotice` / `buildTransferSheet`, which call them before they
 * build anything. A check that fails with severity `error` means no document (only a draft);
 * a `warning` goes with the document.
 */
import { CalendarDate } from '../../core/dates';
import { Finding, FindingCode } from '../../core/findings';
import { groundsText, lawfulGround } from '../../core/ledger';
import { ApplicationRecord, RESULT_ROW_TYPE, ResultRow } from '../../core/register/types';
import { periodDeadline } from '../../core/rules/deadlines';
import { SETTINGS_SHEET_NAME, settingLabel } from '../../core/settings/fromGrid';
import { OfficeInfo } from '../../core/settings/schema';
import { PRECONDITION_TEXT as M } from './messages';
import { ClockContext, extensionDates } from './notices/clock';
import { feeOf } from './notices/fee';
import { NoticeKind } from './notices/kinds';
import { NoticeCommon, NoticeTemplate, placeholdersIn } from './notices/templateSchema';
import { UserError } from '../../core/errors';

/** A lawful 不予公开 ground found in a text: the article it rests on and, where the words say, its table 三 row. */
export interface LawfulGround {
  article: string;
  row?: ResultRow;
}

/** Recognises a lawful ground in a reason text; `message` says why a text is none (Chinese). */
export type GroundCheck = (text: string) => LawfulGround | { unlawful: string };

/**
 * Default ground check: core's `lawfulGround` (the grounds of templates/grounds with their articles)
 * in the answer context, keeping only the grounds of a refusal — "暂时无法公开", "领导不同意公开" or
 * 信息不存在 are no reason to refuse.
 */
export const defaultGroundCheck: GroundCheck = (text) => {
  const verdict = lawfulGround(text, 'answer', { outcome: '不予公开' });
  if (!verdict.ok) return { unlawful: verdict.message };
  return verdict.row ? { article: verdict.article, row: verdict.row } : { article: verdict.article };
};

/** The office fields a notice can print, by placeholder. */
const OFFICE_FIELD: Readonly<Record<string, keyof OfficeInfo>> = {
  机关名称: 'name',
  机关代字: 'abbreviation',
  地址: 'address',
  邮编: 'postcode',
  电话: 'phone',
  传真: 'fax',
  电子邮箱: 'email',
  复议机关: 'reviewBody',
  法院: 'court',
};

function settingsFinding(key: string, message: string): Finding {
  return { sheet: SETTINGS_SHEET_NAME, row: null, column: null, field: key, severity: 'error', code: 'document.office.missing', message };
}

/**
 * The office data a document prints but settings lack: one error per missing item, saying where
 * to fill it. `texts` are the document's wording (placeholders in braces), `numberPattern` its 文号.
 */
export function missingOfficeData(office: OfficeInfo, title: string, texts: readonly string[], numberPattern?: string): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  const check = (name: string, use: string) => {
    const field = OFFICE_FIELD[name];
    if (!field || seen.has(field) || office[field].trim() !== '') return;
    seen.add(field);
    const key = `office.${field}`;
    found.push(settingsFinding(key, M.officeMissing(title, settingLabel(key) ?? name, key, use)));
  };
  if (numberPattern) for (const name of placeholdersIn(numberPattern)) check(name, M.useNumber(numberPattern));
  for (const text of texts) for (const name of placeholdersIn(text)) check(name, M.usePrinted);
  return found;
}

/** Everything a notice prints from its template: salutation, fields, body, remedy, contact, signature. */
export function noticeTexts(template: NoticeTemplate, common: NoticeCommon): string[] {
  const body = template.body.map((p) => (typeof p === 'string' ? p : p.optional));
  const remedy = template.remedy === 'none' ? [] : common.remedy[template.remedy];
  return [template.salutation, ...template.fields.map(([, v]) => v), ...body, ...remedy, common.contact, ...common.signature];
}

/** What the notice checks need besides the application. */
export interface NoticeCheckContext extends ClockContext {
  today: CalendarDate;
  /** The notice's own date (the register's date for it, else today). */
  date: CalendarDate;
  template: NoticeTemplate;
  common: NoticeCommon;
  /** The 文号 pattern of this notice. */
  numberPattern: string;
  groundCheck?: GroundCheck;
  /** The register of the application (按件 fees count the applicant's month). */
  register?: readonly ApplicationRecord[];
}

/** The result of the checks: errors stop the document (a draft still possible), warnings go with it. */
export interface DocumentCheck {
  errors: Finding[];
  warnings: Finding[];
}

/** Checks whether the notice `kind` may be issued for `app` (issue 13 §3); pure. */
export function noticePreconditions(app: ApplicationRecord, kind: NoticeKind, ctx: NoticeCheckContext): DocumentCheck {
  const errors: Finding[] = missingOfficeData(
    ctx.settings.office,
    ctx.template.title,
    noticeTexts(ctx.template, ctx.common),
    ctx.numberPattern,
  );
  const warnings: Finding[] = [];
  const onRow = (severity: Finding['severity'], code: FindingCode, field: string | null, message: string): Finding => ({
    sheet: app.source.sheet,
    row: app.source.row,
    column: null,
    field,
    severity,
    code,
    message,
  });
  const received = app.receivedDate;

  if (kind === 'extension' && received) {
    const ext = extensionDates({ ...app, receivedDate: received }, ctx);
    if (app.replyDate && app.replyDate <= ctx.date)
      errors.push(onRow('error', 'document.extension.replied', 'replyDate', M.extensionReplied(app.replyDate)));
    else if (ctx.date > ext.originalDue)
      errors.push(onRow('error', 'document.extension.late', 'extensionNoticeDate', M.extensionLate(ctx.date, ext.originalDue)));
    else if (ext.newDue < ctx.today)
      errors.push(onRow('error', 'document.extension.past', 'extensionNoticeDate', M.extensionPast(ext.newDue, ctx.today)));
    if (ext.days > ext.max)
      errors.push(onRow('error', 'document.extension.tooLong', 'extensionDays', M.extensionTooLong(ext.days, ext.max)));
  }
  if (kind === 'correction' && received) {
    const limit = periodDeadline(received, ctx.preset.periods.correctionNotice?.days ?? 7, '收到申请', '条例第三十条', ctx.calendar);
    if (ctx.date > limit.due)
      warnings.push(onRow('warning', 'document.correction.late', 'correctionNoticeDate', M.correctionLate(ctx.date, limit.due)));
  }
  if (kind === 'fee') feeProblems(app, ctx, errors, warnings, onRow);
  if (kind === 'published' && !(app.accessRoute ?? '').trim() && !ctx.settings.office.publicAccess.trim()) {
    errors.push(onRow('error', 'document.published.noRoute', 'accessRoute', M.publishedNoRoute));
  }
  if (kind === 'notours') {
    const missing = [
      ...((app.responsibleAgency ?? '').trim() ? [] : ['负责机关']),
      ...((app.responsibleContact ?? '').trim() ? [] : ['负责机关联系方式']),
    ];
    if (missing.length > 0)
      errors.push(
        onRow(
          'error',
          'document.notours.noAgency',
          missing[0] === '负责机关' ? 'responsibleAgency' : 'responsibleContact',
          M.notoursNoAgency(missing.join('”“')),
        ),
      );
  }
  if (kind === 'denied' || kind === 'partial') {
    const problem = groundProblem(app, kind, ctx.groundCheck ?? defaultGroundCheck);
    if (problem) errors.push(onRow('error', problem.code, 'resultReason', problem.message));
  }
  return { errors, warnings };
}

/** A fee notice (收费通知书) only for a fee 109号文 allows, sent within the processing period. */
function feeProblems(
  app: ApplicationRecord,
  ctx: NoticeCheckContext,
  errors: Finding[],
  warnings: Finding[],
  onRow: (severity: Finding['severity'], code: FindingCode, field: string | null, message: string) => Finding,
): void {
  const fee = feeOf(app, ctx.register);
  if (fee === 'noPages') errors.push(onRow('error', 'document.fee.noPages', 'feePages', M.feeNoPages));
  else if (typeof fee !== 'string') {
    const registered = app.feeAmount;
    if (fee.amount === 0 && !registered) {
      const how = fee.basis === '按件' ? M.feeFreeCount(fee.position ?? 0) : M.feeFreePages(fee.computation.units);
      errors.push(onRow('error', 'document.fee.free', 'feeAmount', M.feeFree(how)));
    } else if (registered !== undefined && registered !== fee.amount) {
      // The notice prints the computation next to the amount: the two must agree.
      errors.push(
        onRow(
          'error',
          'document.fee.differs',
          'feeAmount',
          M.feeDiffers(String(registered), String(fee.amount), fee.basis === '按件' ? '件' : '量'),
        ),
      );
    }
  }
  if (app.receivedDate) {
    const ext = extensionDates({ ...app, receivedDate: app.receivedDate }, ctx);
    // The due date `ogi check` gives: the extension only if notified in time, 延迟答复 when told in time.
    if (ctx.date > ext.due) errors.push(onRow('error', 'document.fee.late', 'feeNoticeDate', M.feeLate(ctx.date, ext.due)));
  }
}

/** Why a refusal (or the withheld part of a 部分公开) has no lawful ground, or undefined when it has one. */
function groundProblem(
  app: ApplicationRecord,
  kind: 'denied' | 'partial',
  check: GroundCheck,
): { code: FindingCode; message: string } | undefined {
  const reason = (app.resultReason ?? '').trim();
  const list = groundsText('answer', '不予公开');
  if (reason) {
    const verdict = check(reason);
    if (!('unlawful' in verdict)) return undefined;
    return kind === 'denied'
      ? { code: 'document.denial.unlawfulGround', message: M.groundUnlawful(verdict.unlawful) }
      : { code: 'document.partial.unlawfulGround', message: M.partialGroundUnlawful(verdict.unlawful) };
  }
  // A combined cell (不予公开（属于国家秘密）) leaves the row set and no separate reason.
  if (kind === 'denied' && app.resultRow && RESULT_ROW_TYPE[app.resultRow] === '不予公开') return undefined;
  return kind === 'denied'
    ? { code: 'document.denial.noGround', message: M.groundMissing(list) }
    : { code: 'document.partial.noGround', message: M.partialGroundMissing(list) };
}

/** Checks whether a transfer sheet (and its 确认单) may be issued: the 移交单位 must be named. */
export function transferPreconditions(office: OfficeInfo, title: string): DocumentCheck {
  const errors: Finding[] = [];
  if (office.name.trim() === '') {
    errors.push(
      settingsFinding(
        'office.name',
        M.officeMissing(title, settingLabel('office.name') ?? M.transferSender, 'office.name', M.transferSenderUse),
      ),
    );
  }
  return { errors, warnings: [] };
}

/**
 * Thrown when a document's preconditions fail and no draft was asked for. `problems` are the
 * findings that say what is missing and where to fill it; the message joins them.
 */
export class DocumentBlockedError extends UserError {
  constructor(readonly problems: Finding[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'DocumentBlockedError';
  }
}
