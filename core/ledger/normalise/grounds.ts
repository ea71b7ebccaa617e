import { z } from 'zod';
import groundsJson from '../../../templates/grounds/grounds.json';
import { RESULT_ROW_TYPE, RESULT_ROWS, ResultRow } from '../../register/types';
import { toHalfWidth } from '../../text/halfWidth';
import { groundMessages } from './groundMessages';

/** Where a ground is given: a catalogue item's 不予公开理由, or an answer (不予公开, the withheld part of 部分公开). */
export type GroundContext = 'catalogue' | 'answer';

const GroundSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z]+$/),
  label: z.string().min(1),
  /** The article of the 条例 the ground rests on, as printed (条例第十四条). */
  article: z.string().regex(/^条例第/),
  /** The table 三 row an answer on this ground is counted in (absent: the ground alone does not say). */
  row: z.enum(RESULT_ROWS as [ResultRow, ...ResultRow[]]).optional(),
  scope: z.array(z.enum(['catalogue', 'answer'])).min(1),
  words: z.array(z.string().min(1)).min(1),
  /** Words that make the ground fail (第十五条: the third party consents, or the public interest needs it). */
  defeatedBy: z.array(z.string().min(1)).optional(),
});
const ArticleSchema = z.strictObject({
  article: z.string().regex(/^条例第/),
  /** Article (and paragraph or item) as numbers: 14, 16.2, 36.7. */
  key: z.string().regex(/^\d+(?:\.\d+)?$/),
  grounds: z.array(z.string()).min(1),
});
const GroundsFileSchema = z.object({
  grounds: z.array(GroundSchema).min(1),
  articles: z.array(ArticleSchema).min(1),
});

/** One lawful ground for withholding information (条例 2019), as listed in templates/grounds/grounds.json. */
export type Ground = z.infer<typeof GroundSchema>;

function load(): z.infer<typeof GroundsFileSchema> {
  const file = GroundsFileSchema.parse(groundsJson);
  const ids = new Set(file.grounds.map((g) => g.id));
  for (const a of file.articles) {
    for (const id of a.grounds) if (!ids.has(id)) throw new Error(`templates/grounds/grounds.json：条号 ${a.key} 引用了不存在的理由 ${id}`);
  }
  return file;
}
const FILE = load();

/** Every lawful ground, in the order of the 条例. */
export const GROUNDS: readonly Ground[] = FILE.grounds;

/** The grounds that may be given in a context (catalogue items cannot use the answer-only cases of 第三十六条). */
export function groundsFor(context: GroundContext): Ground[] {
  return GROUNDS.filter((g) => g.scope.includes(context));
}

/** A lawful ground found in the text. */
export interface LawfulGround {
  ok: true;
  /** The ground, when the words say which; for an article number alone, the first ground of that article. */
  ground: Ground;
  /** The article cited or implied (条例第十五条). */
  article: string;
  /** The table 三 row, when the text says which (an article alone may not: 第十四条 has three cases). */
  row?: ResultRow;
  /** How it was recognised: by its words, by an article number, or by a named law (法律、行政法规禁止). */
  via: 'words' | 'article' | 'law';
  /** The law named in 《》, for `via: 'law'`. */
  law?: string;
}

/** Text that is no lawful ground; `message` (Chinese) says why and which grounds exist. */
export interface UnlawfulGround {
  ok: false;
  why: 'empty' | 'notAGround' | 'defeated';
  message: string;
  /** For `defeated`: the ground the text names and the words that defeat it. */
  ground?: Ground;
  defeatedBy?: string;
}

interface CompiledGround {
  ground: Ground;
  words: string[];
  defeatedBy: string[];
}

/** Keys compare without spaces, punctuation or quotes, half-width. */
function key(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0"'“”‘’「」、，,。.；;:：\-—－/【】\[\]]+/g, '');
}

const COMPILED: CompiledGround[] = GROUNDS.map((g) => ({
  ground: g,
  words: g.words.map(key).sort((a, b) => b.length - a.length),
  defeatedBy: (g.defeatedBy ?? []).map(key),
}));

// "不涉及国家秘密", "不属于过程性信息": a ground named only to say it does not apply.
const NEGATION = /(?:不属于|不涉及|不是|并非|未涉及|不含|不构成|无|非|不|未)$/;

/** Where `word` occurs in `text` not negated by the words just before it, or -1. */
function affirmed(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    if (!NEGATION.test(text.slice(Math.max(0, at - 3), at))) return at;
    from = at + 1;
  }
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十四 → 14, 三十六 → 36, 14 → 14 (1–99). */
function numeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 1) return DIGITS[text];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (!m) return undefined;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[2] ? DIGITS[m[2]] : 0);
}

// 第十六条第二款, 第三十六条第（七）项, 第36条(七), 条例第15条 — whatever follows 条 is optional.
const N = '[一二三四五六七八九十\\d]{1,3}';
const ARTICLE = new RegExp(`第(${N})条(?:第?(${N})款)?(?:第?[（(](${N})[)）]项?|第(${N})项)?`, 'g');

/** The article keys cited in a text of the 条例 (not of another law named in 《》 just before). */
function citedArticles(text: string): string[] {
  const out: string[] = [];
  ARTICLE.lastIndex = 0;
  for (let m = ARTICLE.exec(text); m; m = ARTICLE.exec(text)) {
    // "《中华人民共和国档案法》第十九条" cites that law, not the 条例.
    const before = text.slice(0, m.index);
    const lastBook = before.lastIndexOf('》');
    if (lastBook >= 0 && lastBook >= before.length - 2 && !/政府信息公开条例》$/.test(before.slice(0, lastBook + 1))) continue;
    const article = numeral(m[1]);
    if (article === undefined) continue;
    const part = m[2] ?? m[3] ?? m[4];
    const sub = part !== undefined ? numeral(part) : undefined;
    if (sub !== undefined) out.push(`${article}.${sub}`);
    out.push(String(article));
  }
  return out;
}

// A law or administrative regulation named in 《》 (the 条例 itself is not a ground without an article).
const NAMED_LAW = /《([^《》]{2,40}?(?:法|条例))》/g;

function namedLaw(text: string): string | undefined {
  NAMED_LAW.lastIndex = 0;
  for (let m = NAMED_LAW.exec(text); m; m = NAMED_LAW.exec(text)) {
    if (!/政府信息公开条例$/.test(m[1])) return m[1];
  }
  return undefined;
}

/**
 * Whether a withholding reason is a lawful ground (条例第十四、十五、十六条; for answers also the cases of
 * 第三十六条, 第三十八条 and 第三十七条's 不属于政府信息), recognised by its words, its article number or a named
 * law or administrative regulation. Anything else — "暂时无法公开", "领导要求暂不公开" — is not, and the
 * message lists the grounds that exist. `outcome: '不予公开'` keeps only the grounds of a refusal (a 不予公开
 * 答复书): 信息不存在, 非本机关, 重复申请 are answers of their own (无法提供, 不予处理), not reasons to refuse.
 * @example lawfulGround('涉及个人隐私', 'answer') //=> { ok: true, ground: {id: 'privacy', …}, article: '条例第十五条', row: 'deny_3rdparty', via: 'words' }
 * @example lawfulGround('暂时无法公开', 'catalogue').ok //=> false
 */
export function lawfulGround(
  text: string | undefined,
  context: GroundContext,
  options: { outcome?: '不予公开' } = {},
): LawfulGround | UnlawfulGround {
  // Ledgers repeat the same few reasons on every row; the answers are read-only.
  const cacheKey = `${context}\u0001${options.outcome ?? ''}\u0001${text ?? ''}`;
  let hit = answers.get(cacheKey);
  if (!hit) {
    hit = readGround(text, context, options.outcome);
    if (answers.size < 10_000) answers.set(cacheKey, hit);
  }
  return hit;
}

const answers = new Map<string, LawfulGround | UnlawfulGround>();
const texts = new Map<string, string>();

function readGround(text: string | undefined, context: GroundContext, outcome: '不予公开' | undefined): LawfulGround | UnlawfulGround {
  const raw = (text ?? '').trim();
  if (!raw) return { ok: false, why: 'empty', message: groundMessages.empty(groundsText(context, outcome)) };
  const k = key(raw);
  // A 不予公开 answer rests on 第十四、十五、十六条 or 行政查询; 信息不存在 and the like are other outcomes.
  const allowed = COMPILED.filter((c) => c.ground.scope.includes(context) && fitsOutcome(c.ground, outcome));

  let best: { c: CompiledGround; at: number } | undefined;
  for (const c of allowed) {
    for (const w of c.words) {
      const at = affirmed(k, w);
      if (at >= 0 && (!best || at < best.at)) best = { c, at };
      if (at >= 0) break;
    }
  }
  if (best) {
    const defeat = best.c.defeatedBy.find((w) => affirmed(k, w) >= 0);
    if (defeat !== undefined) {
      const word = best.c.ground.defeatedBy?.[best.c.defeatedBy.indexOf(defeat)] ?? defeat;
      return {
        ok: false,
        why: 'defeated',
        ground: best.c.ground,
        defeatedBy: word,
        message: groundMessages.defeated(raw, best.c.ground, word),
      };
    }
    const g = best.c.ground;
    return { ok: true, ground: g, article: g.article, row: g.row, via: 'words' };
  }

  for (const cited of citedArticles(toHalfWidth(raw).replace(/\s+/g, ''))) {
    const entry = FILE.articles.find((a) => a.key === cited);
    if (!entry) continue;
    const grounds = entry.grounds.map((id) => allowed.find((c) => c.ground.id === id)?.ground).filter((g): g is Ground => g !== undefined);
    if (grounds.length === 0) continue;
    const rows = new Set(grounds.map((g) => g.row));
    return { ok: true, ground: grounds[0], article: entry.article, row: rows.size === 1 ? grounds[0].row : undefined, via: 'article' };
  }

  const law = namedLaw(raw);
  const forbids = allowed.find((c) => c.ground.id === 'lawForbids');
  if (law && forbids)
    return { ok: true, ground: forbids.ground, article: forbids.ground.article, row: forbids.ground.row, via: 'law', law };

  return { ok: false, why: 'notAGround', message: groundMessages.notAGround(raw, groundsText(context, outcome)) };
}

function fitsOutcome(g: Ground, outcome: '不予公开' | undefined): boolean {
  return outcome === undefined || (g.row !== undefined && RESULT_ROW_TYPE[g.row] === '不予公开');
}

/** The grounds of a context (and outcome) as one Chinese sentence, grouped by article (for messages and help). */
export function groundsText(context: GroundContext, outcome?: '不予公开'): string {
  const k = `${context}|${outcome ?? ''}`;
  const known = texts.get(k);
  if (known !== undefined) return known;
  const byArticle = new Map<string, string[]>();
  for (const g of groundsFor(context).filter((x) => fitsOutcome(x, outcome))) {
    const list = byArticle.get(g.article) ?? [];
    list.push(g.label);
    byArticle.set(g.article, list);
  }
  const text = [...byArticle].map(([article, labels]) => `${article}：${labels.join('；')}`).join('。') + groundMessages.lawNote;
  texts.set(k, text);
  return text;
}
