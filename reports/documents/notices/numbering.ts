/** What a notice number pattern can refer to. */
export interface NoticeNumberParts {
  /** 机关代字, e.g. 普应急 */
  abbreviation: string;
  year: number;
  seq: number;
  appNo?: string;
}

/**
 * Fills a notice number pattern: `{机关代字}`, `{yyyy}`, `{seq}` (or `{seq:03}` zero-padded),
 * `{申请编号}`. Anything else in braces is kept as written.
 * @example formatNoticeNumber('{机关代字}公复〔{yyyy}〕{seq}号', { abbreviation: '普应急', year: 2026, seq: 7 }) //=> '普应急公复〔2026〕7号'
 */
export function formatNoticeNumber(pattern: string, parts: NoticeNumberParts): string {
  return pattern.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    if (name === '机关代字') return parts.abbreviation;
    if (name === 'yyyy') return String(parts.year);
    if (name === '申请编号') return parts.appNo ?? '';
    const seq = /^seq(?::0?(\d+))?$/.exec(name);
    if (seq) return seq[1] ? String(parts.seq).padStart(Number(seq[1]), '0') : String(parts.seq);
    return whole;
  });
}

/**
 * The sequence number an application's notices carry by default: the trailing number of its
 * 申请编号 (so printing again gives the same number), e.g. `2026-017` → 17.
 */
export function seqFromAppNo(appNo: string | undefined): number | undefined {
  const m = /(\d+)\D*$/.exec(appNo ?? '');
  if (!m) return undefined;
  const n = Number(m[1].slice(-6));
  return n > 0 ? n : undefined;
}
