import { z } from 'zod';
import { RESULT_ROWS } from '../../../core/register/types';
import { NOTICE_KINDS } from './kinds';

/**
 * The placeholders notice wording may use; the model fills each from the register, the clock and
 * settings. A template naming any other placeholder is rejected when loaded.
 */
export const PLACEHOLDERS = [
  '申请人',
  '证件号码',
  '申请编号',
  '收到日期',
  '申请方式',
  '申请内容',
  '答复期限',
  '补正告知日期',
  '补正期限',
  '补正工作日',
  '原答复期限',
  '延长工作日',
  '新答复期限',
  '延迟答复期限',
  '征求意见日期',
  '第三方答复工作日',
  '第三方',
  '收费金额',
  '缴费工作日',
  '收费通知日期',
  '计费方式',
  '收费计算',
  '答复日期',
  '答复依据',
  '不予公开理由',
  '答复工作日',
  '获取途径',
  '负责机关',
  '负责机关联系方式',
  '机关名称',
  '地址',
  '邮编',
  '电话',
  '传真',
  '电子邮箱',
  '复议机关',
  '法院',
  '文号',
  '落款日期',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_RE = /\{([^{}]+)\}/g;

/** Placeholder names used in a text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]);
}

const known = new Set<string>(PLACEHOLDERS);
const templateText = z.string().superRefine((text, ctx) => {
  for (const name of placeholdersIn(text)) {
    if (!known.has(name)) ctx.addIssue({ code: 'custom', message: `未知的占位符 {${name}}（可用：${PLACEHOLDERS.join('、')}）` });
  }
});

/** One notice's wording. */
export const NoticeTemplateSchema = z.object({
  title: z.string().min(1),
  /** Overrides settings.noticeNumberPattern for this notice (e.g. 公补 for 补正). */
  numberPattern: z.string().optional(),
  /** Whom it is addressed to; a third party never sees the applicant's personal data. */
  to: z.enum(['applicant', 'thirdParty']),
  /** Opening line, e.g. `{申请人}：`. */
  salutation: templateText,
  /** Label/value rows printed as a small table (receipts). */
  fields: z.array(z.tuple([z.string(), templateText])).default([]),
  /** Paragraphs; `{ "optional": "…" }` is left out when any placeholder in it has no value. */
  body: z.array(z.union([templateText, z.object({ optional: templateText })])).min(1),
  /** Which remedy clause follows the body (common.remedy). */
  remedy: z.enum(['none', 'standard', 'reviewFirst']),
  /** Placeholders that must have a value, or the notice gets a finding and a blank line. */
  requires: z.array(z.enum(PLACEHOLDERS)).default([]),
  /** Working days of the period this notice sets (补正期限), when it sets one. */
  periodWorkdays: z.number().int().positive().optional(),
});
export type NoticeTemplate = z.infer<typeof NoticeTemplateSchema>;

/** Text shared by all notices: remedy clauses, contact line, the 不予公开 grounds. */
export const NoticeCommonSchema = z.object({
  remedy: z.object({ standard: z.array(templateText).min(1), reviewFirst: z.array(templateText).min(1) }),
  contact: templateText,
  signature: z.array(templateText).min(1),
  /** 不予公开 grounds by table 三 row (the {不予公开理由} of the `denied` answer). */
  denialGrounds: z.record(z.enum(RESULT_ROWS.filter((r) => r.startsWith('deny_')) as [string, ...string[]]), templateText),
});
export type NoticeCommon = z.infer<typeof NoticeCommonSchema>;

/** Every template, keyed by kind, plus the shared text. */
export const NoticeTemplatesSchema = z
  .object({
    common: NoticeCommonSchema,
    notices: z.partialRecord(z.enum(NOTICE_KINDS as unknown as [string, ...string[]]), NoticeTemplateSchema),
  })
  .superRefine((v, ctx) => {
    for (const kind of NOTICE_KINDS) {
      if (!v.notices[kind]) ctx.addIssue({ code: 'custom', path: ['notices', kind], message: `缺少文书模板 ${kind}` });
    }
  });
export type NoticeTemplates = { common: NoticeCommon; notices: Record<string, NoticeTemplate> };
