import { ApplicantType, Attribute, CaseResult, CaseType, Channel } from '../../register/types';
import { enumKey } from './text';

/** An enum word read from a cell: the canonical value, and whether the cell used another word for it. */
export interface EnumHit<T> {
  value: T;
  /** True when the cell's word is a synonym or legacy word, not the canonical value. */
  changed: boolean;
}

function table<T extends string>(entries: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(entries) as [T, readonly string[]][]) {
    map.set(enumKey(value), value);
    for (const w of words) map.set(enumKey(w), value);
  }
  return map;
}

/** Remembers answers per cell text: ledgers repeat the same few words on every row. */
export function memo<R>(fn: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  return (text: string): R => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      hit = fn(text);
      if (cache.size < 10_000) cache.set(text, hit);
    }
    return hit as R;
  };
}

function lookup<T extends string>(map: Map<string, T>, text: string): EnumHit<T> | undefined {
  const key = enumKey(text);
  const value = map.get(key);
  return value === undefined ? undefined : { value, changed: key !== enumKey(value) };
}

const ATTRIBUTE = table<Attribute>({
  主动公开: ['主动'],
  依申请公开: ['依申请', '依申请公开信息'],
  不予公开: ['不公开', '免予公开', '免于公开', '免予', '免于'],
});
const LEGACY_ATTRIBUTE = new Set(['免予公开', '免于公开', '免予', '免于'].map(enumKey));

/** An attribute word read, with `legacy` for 免予公开/免于公开. */
export type AttributeHit = EnumHit<Attribute> & { legacy: boolean };
/** 公开属性; `legacy` marks the old Shanghai words 免予公开/免于公开 (contracts §3). */
export const attributeValue: (text: string) => AttributeHit | undefined = memo((text: string): AttributeHit | undefined => {
  const hit = lookup(ATTRIBUTE, text);
  return hit && { ...hit, legacy: LEGACY_ATTRIBUTE.has(enumKey(text)) };
});

const CHANNEL = table<Channel>({
  当面: ['当面提交', '现场', '现场申请', '现场登记', '当面申请', '当面递交', '窗口', '来访', '递送'],
  邮寄: ['信函', '挂号信', '挂号', 'ems', '快递', '邮政', '邮寄申请', '信件'],
  平常信函: ['平信', '平常信件', '普通信函'],
  网络: ['互联网', '网上', '在线', '门户网站', '平台', '网站', '网上申请', '在线申请', '政务公开平台', '网络申请', '互联网申请'],
  电子邮件: ['邮箱', 'email', 'e-mail', '电邮', '电子邮箱'],
  传真: ['传真申请'],
  口头: ['口头申请', '电话'],
  受理中心转来: ['受理中心', '受理中心转', '受理中心转交', '集中受理窗口'],
  其他: ['其它'],
});
const CHANNEL_SUFFIX = /(?:申请|提交|递交|方式)$/;

/** 申请方式 with its everyday synonyms (网上申请 → 网络, 挂号信 → 邮寄, 邮箱 → 电子邮件 …). */
export const channelValue: (text: string) => EnumHit<Channel> | undefined = memo((text: string): EnumHit<Channel> | undefined => {
  const hit = lookup(CHANNEL, text);
  if (hit) return hit;
  const stripped = enumKey(text).replace(CHANNEL_SUFFIX, '');
  const value = stripped ? CHANNEL.get(stripped) : undefined;
  return value === undefined ? undefined : { value, changed: true };
});

const APPLICANT = table<ApplicantType>({
  自然人: ['公民', '个人', '自然人申请'],
  商业企业: ['企业', '公司', '企业法人', '商业机构'],
  科研机构: ['科研院所', '科研单位', '研究机构'],
  社会公益组织: ['公益组织', '社会组织', '社会团体', '基金会', '民办非企业单位'],
  法律服务机构: ['律师事务所', '律所', '法律服务所', '公证处', '司法鉴定机构'],
  其他: ['其它', '其他组织机构', '个体工商户', '机关', '事业单位'],
});
// Words that say "an organisation" without the sub-type the annual report needs.
const BARE_ORGANISATION = new Set(
  ['法人或其他组织', '法人或者其他组织', '法人', '其他组织', '法人和其他组织', '组织', '单位', '法人/其他组织'].map(enumKey),
);
const ORGANISATION_PREFIX = /^法人(?:或者?|和|\/)?其他组织/;

/** An applicant-type word read, or the note that it lacks the sub-type. */
export type ApplicantHit = EnumHit<ApplicantType> | { subtypeMissing: true };
/** 申请人类型 (the six annual-report columns); `subtypeMissing` for a bare 法人或其他组织. */
export const applicantTypeValue: (text: string) => ApplicantHit | undefined = memo((text: string): ApplicantHit | undefined => {
  const key = enumKey(text);
  if (BARE_ORGANISATION.has(key)) return { subtypeMissing: true };
  const hit = lookup(APPLICANT, text);
  if (hit) return hit;
  // 法人或其他组织（商业企业）, 法人或其他组织-律师事务所
  const rest = key.replace(ORGANISATION_PREFIX, '').replace(/^[-—－:：/、(（【\[]+|[)）】\]]+$/g, '');
  if (rest !== key) {
    if (rest === '') return { subtypeMissing: true };
    const value = APPLICANT.get(rest);
    if (value !== undefined) return { value, changed: true };
  }
  return undefined;
});

const CASE_TYPE = table<CaseType>({
  行政复议: ['复议', '复议申请'],
  直接起诉: ['未经复议直接起诉', '行政诉讼', '诉讼', '起诉', '直接诉讼'],
  复议后起诉: ['经复议后起诉', '复议后诉讼', '复议后提起诉讼'],
});

/** 案件类型 of an appeal. */
export const caseTypeValue: (text: string) => EnumHit<CaseType> | undefined = memo((text: string): EnumHit<CaseType> | undefined => {
  return lookup(CASE_TYPE, text);
});

const CASE_RESULT = table<CaseResult>({
  维持: ['结果维持', '驳回', '驳回诉讼请求', '驳回复议申请', '维持原决定'],
  纠正: ['结果纠正', '撤销', '变更', '确认违法', '责令履行', '责令重作', '撤销重作'],
  其他: ['其他结果', '其它', '终止', '撤诉', '调解', '和解'],
  尚未审结: ['未审结', '审理中', '在审', '未结', '待审'],
});

/** 审理结果 of an appeal. */
export const caseResultValue: (text: string) => EnumHit<CaseResult> | undefined = memo((text: string): EnumHit<CaseResult> | undefined => {
  return lookup(CASE_RESULT, text);
});
