import { ResultRow, ResultType } from '../../../core/register/types';

/** The procedural notices (告知书) of one application. */
export type ProceduralKind = 'receipt' | 'correction' | 'extension' | 'consult' | 'consultNotice' | 'fee' | 'delay';
export const PROCEDURAL_KINDS: readonly ProceduralKind[] = [
  'receipt',
  'correction',
  'extension',
  'consult',
  'consultNotice',
  'fee',
  'delay',
];
/** The name of each procedural notice as the help and the pane list it (a Record: a new kind cannot go unnamed). */
export const PROCEDURAL_LABELS: Readonly<Record<ProceduralKind, string>> = {
  receipt: '登记回执',
  correction: '补正告知书',
  extension: '延期答复告知书',
  consult: '征求第三方意见书',
  consultNotice: '征求意见告知书',
  fee: '收费通知书',
  delay: '延迟答复告知书',
};

/** The answers (答复书), one per outcome; 不予公开 shares one text with the ground filled in. */
export type ReplyKind =
  | 'granted'
  | 'published'
  | 'partial'
  | 'denied'
  | 'notheld'
  | 'notours'
  | 'create'
  | 'unclear'
  | 'petition'
  | 'repeat'
  | 'publication'
  | 'mass'
  | 'confirm'
  | 'nocorrect'
  | 'nofee'
  | 'other';
export const REPLY_KINDS: readonly ReplyKind[] = [
  'granted',
  'published',
  'partial',
  'denied',
  'notheld',
  'notours',
  'create',
  'unclear',
  'petition',
  'repeat',
  'publication',
  'mass',
  'confirm',
  'nocorrect',
  'nofee',
  'other',
];

/** Every notice a case handler can print. */
export type NoticeKind = ProceduralKind | ReplyKind;
export const NOTICE_KINDS: readonly NoticeKind[] = [...PROCEDURAL_KINDS, ...REPLY_KINDS];

/** The answer each table 三 row is given in. */
export const REPLY_KIND_OF_ROW: Record<ResultRow, ReplyKind> = {
  granted: 'granted',
  partial: 'partial',
  deny_secret: 'denied',
  deny_law: 'denied',
  deny_3safe: 'denied',
  deny_3rdparty: 'denied',
  deny_internal: 'denied',
  deny_process: 'denied',
  deny_casefile: 'denied',
  deny_query: 'denied',
  na_notheld: 'notheld',
  na_create: 'create',
  na_unclear: 'unclear',
  np_petition: 'petition',
  np_repeat: 'repeat',
  np_publication: 'publication',
  np_mass: 'mass',
  np_confirm: 'confirm',
  other_nocorrect: 'nocorrect',
  other_nofee: 'nofee',
  other_other: 'other',
};

/** Answer kinds that follow from the result type alone (the others need the reason). */
export const REPLY_KIND_OF_TYPE: Partial<Record<ResultType, ReplyKind>> = {
  予以公开: 'granted',
  部分公开: 'partial',
  不予公开: 'denied',
};

/** Words accepted for `--type` besides the ids: the notice names case handlers use. */
export const KIND_ALIASES: Record<string, NoticeKind | 'reply'> = {
  登记回执: 'receipt',
  回执: 'receipt',
  收件回执: 'receipt',
  补正: 'correction',
  补正告知书: 'correction',
  延期: 'extension',
  延期答复告知书: 'extension',
  征求意见: 'consult',
  征求第三方意见书: 'consult',
  第三方: 'consult',
  征求意见告知书: 'consultNotice',
  'consult-notice': 'consultNotice',
  收费: 'fee',
  收费通知书: 'fee',
  延迟答复: 'delay',
  延迟答复告知书: 'delay',
  答复: 'reply',
  答复书: 'reply',
  予以公开: 'granted',
  已主动公开: 'published',
  部分公开: 'partial',
  不予公开: 'denied',
  不掌握: 'notheld',
  非本机关: 'notours',
  非本机关负责公开: 'notours',
  需另行制作: 'create',
  补正后仍不明确: 'unclear',
  信访举报投诉: 'petition',
  重复申请: 'repeat',
  公开出版物: 'publication',
  大量反复申请: 'mass',
  确认或重新出具: 'confirm',
  逾期不补正: 'nocorrect',
  逾期未缴费: 'nofee',
  其他处理: 'other',
};

/**
 * Answers that share a table 三 row but need their own wording: 已主动公开 (第三十六条第（一）项 —
 * say where to get it) is counted 予以公开; 非本机关 (第三十六条第（五）项 — name the responsible
 * agency) is counted 本机关不掌握. Told apart by the words the register used.
 */
export const REPLY_VARIANTS: readonly { row: ResultRow; kind: ReplyKind; words: RegExp }[] = [
  { row: 'granted', kind: 'published', words: /已主动公开|已经主动公开|已公开/ },
  { row: 'na_notheld', kind: 'notours', words: /非本机关|非本部门|不属于本机关|不属本机关|其他机关负责|由.{1,30}负责公开/ },
];

/** Resolves a `--type` word: an id, an alias, or undefined. `reply` = the answer the register's result calls for. */
export function noticeKindOf(word: string): NoticeKind | 'reply' | undefined {
  const w = word.trim();
  if ((NOTICE_KINDS as readonly string[]).includes(w)) return w as NoticeKind;
  if (w === 'reply') return 'reply';
  return KIND_ALIASES[w];
}
