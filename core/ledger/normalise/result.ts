import { RESULT_ROW_TYPE, ResultRow, ResultType } from '../../register/types';
import { lawfulGround } from './grounds';
import { enumKey } from './text';

/** 答复类型 and 具体情形 read from one combined cell or from two cells. */
export interface ResultValue {
  type?: ResultType;
  /** The table 三 row when the type (and, where needed, the reason) say which. */
  row?: ResultRow;
  /** The reason as written (from the reason cell, or the part after the type in a combined cell). */
  reason?: string;
  /** The legacy or synonym word the type was read from (同意公开, 信息不存在 …), when not canonical. */
  changedFrom?: string;
  /** True when the type text could not be read at all. */
  unknownType?: boolean;
  /**
   * One answer written with several outcomes (`予以公开，不予公开（国家秘密）`, `部分予以公开，部分不予公开`):
   * the outcomes in the order written. With a granted and a withheld part the type is 部分公开
   * (table 三: 区分处理的，只计这一情形); with two outcomes and nothing granted the type stays unread.
   */
  parts?: ResultType[];
}

// Words that name a type, longest first so that 同意部分公开 is not read as 同意公开.
const TYPE_WORDS: [string, ResultType, ResultRow?][] = (
  [
    ['予以公开', '予以公开', 'granted'],
    ['同意公开', '予以公开', 'granted'],
    ['已主动公开', '予以公开', 'granted'],
    ['全部公开', '予以公开', 'granted'],
    ['公开', '予以公开', 'granted'],
    ['部分公开', '部分公开', 'partial'],
    ['部分予以公开', '部分公开', 'partial'],
    ['同意部分公开', '部分公开', 'partial'],
    ['区分处理', '部分公开', 'partial'],
    ['不予公开', '不予公开'],
    ['不公开', '不予公开'],
    ['否决公开', '不予公开'],
    ['无法提供', '无法提供'],
    ['信息不存在', '无法提供', 'na_notheld'],
    ['非本机关', '无法提供', 'na_notheld'],
    ['非本机关负责公开', '无法提供', 'na_notheld'],
    ['非本部门', '无法提供', 'na_notheld'],
    ['不予处理', '不予处理'],
    ['不作为政府信息公开申请处理', '不予处理'],
    ['其他处理', '其他处理'],
    ['其他', '其他处理'],
    ['其它', '其他处理'],
    ['撤回', '其他处理', 'other_other'],
    ['申请人撤回', '其他处理', 'other_other'],
    ['撤销', '其他处理', 'other_other'],
    ['撤回申请', '其他处理', 'other_other'],
  ] as [string, ResultType, ResultRow?][]
)
  .map(([w, t, r]) => [enumKey(w), t, r] as [string, ResultType, ResultRow?])
  .sort((a, b) => b[0].length - a[0].length);

// Keywords of each 具体情形, most specific first (大量反复 before 重复).
const REASON_WORDS: [ResultRow, string[]][] = [
  ['deny_secret', ['国家秘密', '涉密']],
  ['deny_law', ['法律行政法规禁止', '法律法规禁止', '其他法律', '禁止公开']],
  ['deny_3safe', ['三安全一稳定', '国家安全', '公共安全', '经济安全', '社会稳定']],
  ['deny_3rdparty', ['第三方', '商业秘密', '个人隐私', '他人合法权益']],
  ['deny_internal', ['内部事务', '人事管理', '后勤管理', '内部工作流程', '内部管理']],
  ['deny_process', ['过程性', '讨论记录', '过程稿', '磋商信函', '请示报告']],
  ['deny_casefile', ['执法案卷']],
  ['deny_query', ['行政查询', '查询事项']],
  ['na_notheld', ['不掌握', '信息不存在', '不存在', '非本机关', '非本部门']],
  ['na_create', ['另行制作', '没有现成', '需要加工', '汇总分析']],
  ['na_unclear', ['仍不明确', '内容不明确', '不明确']],
  ['np_petition', ['信访', '举报', '投诉']],
  ['np_mass', ['大量反复', '大量申请']],
  ['np_repeat', ['重复申请', '重复']],
  ['np_publication', ['公开出版物', '出版物']],
  ['np_confirm', ['确认或重新出具', '重新出具', '要求确认', '确认']],
  ['other_nocorrect', ['逾期不补正', '不补正', '未补正', '未按期补正']],
  ['other_nofee', ['缴纳费用', '未缴费', '缴费', '收费']],
  ['other_other', ['撤回', '撤销', '其他', '其它']],
];
const COMPILED_REASONS: [ResultRow, string[]][] = REASON_WORDS.map(([r, ws]) => [r, ws.map(enumKey)]);
const PUNCTUATION = /[、，,。.；;:：\-—－/()（）【】\[\]“”"《》]+/g;

/** Finds the 具体情形 row named in a text, optionally only among the rows of one type. */
export function reasonRow(text: string, type?: ResultType): ResultRow | undefined {
  const key = enumKey(text).replace(PUNCTUATION, '');
  if (!key) return undefined;
  for (const [row, words] of COMPILED_REASONS) {
    if (type !== undefined && RESULT_ROW_TYPE[row] !== type) continue;
    for (const w of words) if (key.includes(w)) return row;
  }
  return undefined;
}

/**
 * Reads 答复类型 (+ 答复依据) in all the forms ledgers use: `不予公开` + `属于国家秘密`,
 * `不予公开（属于国家秘密）`, `不予公开-国家秘密`, legacy `同意公开`, `信息不存在`, and a reason alone.
 * @example resultValue('不予公开-国家秘密', undefined) //=> { type: '不予公开', row: 'deny_secret', reason: '国家秘密' }
 */
export function resultValue(typeText: string | undefined, reasonText: string | undefined): ResultValue {
  const key = `${typeText ?? ''}\u0001${reasonText ?? ''}`;
  let hit = resultCache.get(key);
  if (!hit) {
    hit = readResult(typeText, reasonText);
    if (resultCache.size < 10_000) resultCache.set(key, hit);
  }
  return hit;
}

// Ledgers repeat the same few result words on every row; the answers are read-only.
const resultCache = new Map<string, ResultValue>();

function readResult(typeText: string | undefined, reasonText: string | undefined): ResultValue {
  const out: ResultValue = {};
  const reasonCell = reasonText?.trim() || undefined;
  if (typeText && typeText.trim()) {
    const combined = readCombined(typeText.trim(), reasonCell);
    if (combined) return combined;
    const key = enumKey(typeText);
    let rest = '';
    let matched: [string, ResultType, ResultRow?] | undefined;
    for (const entry of TYPE_WORDS) {
      if (key.startsWith(entry[0])) {
        matched = entry;
        rest = typeText.trim().slice(sliceIndex(typeText.trim(), entry[0].length));
        break;
      }
    }
    const restReason = rest.replace(/^[\s\-—－:：、,，/（(【\[]+|[\s）)】\]]+$/g, '');
    // `公开` alone is a type word, but `公开出版物…` is a reason: only accept the short words whole.
    if (matched && (restReason === '' || /^[\s\-—－:：、,，/（(【\[]/.test(rest))) {
      out.type = matched[1];
      if (matched[0] !== enumKey(matched[1])) out.changedFrom = typeText.trim();
      out.reason = restReason || reasonCell;
      out.row = matched[2] ?? rowFor(matched[1], out.reason);
      return out;
    }
    // A reason written in the type column (重复申请, 本机关不掌握相关政府信息 …).
    const row = reasonRow(typeText);
    if (row) {
      out.type = RESULT_ROW_TYPE[row];
      out.row = row;
      out.reason = typeText.trim();
      out.changedFrom = typeText.trim();
      return out;
    }
    out.unknownType = true;
    out.reason = reasonCell;
    return out;
  }
  out.reason = reasonCell;
  return out;
}

function rowFor(type: ResultType, reason: string | undefined): ResultRow | undefined {
  if (type === '予以公开') return 'granted';
  if (type === '部分公开') return 'partial';
  if (type === '不予公开' && reason) {
    // The lawful grounds (templates/grounds) know article numbers too: 条例第十五条 → 保护第三方合法权益.
    const g = lawfulGround(reason, 'answer', { outcome: '不予公开' });
    if (g.ok && g.row) return g.row;
    if (!g.ok) return undefined;
  }
  const row = reason ? reasonRow(reason, type) : undefined;
  if (row) return row;
  // 其他处理 without a named sub-case is the catch-all 3.其他.
  return type === '其他处理' ? 'other_other' : undefined;
}

/** Index in the original text after `n` key characters (the key drops spaces and quotes). */
function sliceIndex(text: string, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < n) {
    if (enumKey(text[i]) !== '') seen++;
    i++;
  }
  return i;
}

// Between two outcomes of one answer: ，；、/ and the words 和 及 与 或 并 但, then 部分/其余/其他 before the outcome.
const SEPARATOR = /^(?:[\s，,；;、/]|和|及|与|或者|或|并且|并|但是|但)+/;
const PART_PREFIX = /^(?:其余部分|其他部分|其余|其他内容|部分内容|部分)/;

// Words too short to carry their reason glued on: 公开出版物 is a reason, 其他不予公开 is not 其他处理.
const WHOLE_ONLY = new Set(['公开', '其他', '其它'].map(enumKey));

type Segment = { entry: [string, ResultType, ResultRow?]; rest: string; text: string };

/** The outcome word a segment starts with (as written, else after 部分/其余), or undefined. */
function segmentType(segment: string): Segment | undefined {
  const stripped = segment.replace(PART_PREFIX, '');
  for (const text of stripped === segment ? [segment] : [segment, stripped]) {
    const key = enumKey(text);
    for (const entry of TYPE_WORDS) {
      if (!key.startsWith(entry[0])) continue;
      const rest = text.slice(sliceIndex(text, entry[0].length));
      if (WHOLE_ONLY.has(entry[0]) && rest !== '' && !/^[\s\-—－:：、,，;；/（(【\[]/.test(rest)) continue;
      return { entry, rest: rest.replace(/^[\s\-—－:：（(【\[]+|[\s）)】\]]+$/g, ''), text };
    }
  }
  return undefined;
}

/** Splits at top level (outside brackets) where a separator is followed by another outcome word. */
function segments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ('（(【[“'.includes(c)) depth++;
    else if ('）)】]”'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth > 0 || i === 0) continue;
    const sep = SEPARATOR.exec(text.slice(i));
    if (!sep) continue;
    const next = text.slice(i + sep[0].length);
    if (next && segmentType(next)) {
      out.push(text.slice(start, i));
      start = i + sep[0].length;
      i = start - 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** An answer written with two or more outcomes, read as one (see ResultValue.parts); undefined for a single one. */
function readCombined(text: string, reasonCell: string | undefined): ResultValue | undefined {
  const parts = segments(text);
  if (parts.length < 2) return undefined;
  const read = parts.map(segmentType);
  if (read.some((r) => r === undefined)) return undefined;
  const hits = read as Segment[];
  const types = hits.map((h) => h.entry[1]);
  // A part names its reason after the outcome, or is itself the case (信息不存在, 非本机关).
  const reasonOf = (list: Segment[]) => {
    const reasons = [...new Set(list.map((h) => h.rest || (h.entry[2] ? h.text : '')).filter((r) => r !== ''))];
    return reasons.length > 0 ? reasons : reasonCell ? [reasonCell] : [];
  };
  if (new Set(types).size === 1) {
    // The same outcome twice (无法提供，信息不存在; 不予公开（国家秘密）；不予公开（个人隐私）) is one outcome.
    const type = types[0];
    const reasons = reasonOf(hits);
    const row = hits.find((h) => h.entry[2])?.entry[2] ?? rowFor(type, reasons[0]);
    return { type, row, reason: reasons.join('；') || undefined };
  }
  const withheld = hits.filter((h) => h.entry[1] !== '予以公开' && h.entry[1] !== '部分公开');
  if (withheld.length === hits.length) return { unknownType: true, reason: reasonCell, parts: types };
  const reason = reasonOf(withheld).join('；') || undefined;
  return { type: '部分公开', row: 'partial', reason, changedFrom: text, parts: types };
}
