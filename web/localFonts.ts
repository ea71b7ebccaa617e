/**
 * The office's 公文 fonts through the browser's local-font access (`window.queryLocalFonts`,
 * Chromium 103+, asks the user once): 仿宋_GB2312 (or 仿宋) for a notice's text, 方正小标宋 for its
 * title (GB/T 9704). Without the API, the permission or the fonts, notices keep Noto Serif SC.
 */

/** The part of the browser's FontData we read. */
export interface LocalFont {
  postscriptName: string;
  fullName: string;
  family: string;
  style: string;
  blob(): Promise<Blob>;
}

/** 仿宋 faces, best first: the GB2312 font offices are told to use, then Windows' own 仿宋. */
const BODY_NAMES: readonly (readonly string[])[] = [
  ['FangSong_GB2312', '仿宋_GB2312', 'FangSong_GB2312 Regular'],
  ['FangSong', '仿宋', 'SimFang', 'STFangsong', '华文仿宋'],
];
/** 方正小标宋 under its Chinese and PostScript names (简体, GBK, the B05S release). */
const TITLE_PATTERN = /方正小标宋|FZXiaoBiaoSong|^FZXBS/i;
/** Styles that are the upright regular face (a family may also ship italics or bolds). */
const REGULAR_STYLE = /^(regular|normal|book|常规|標準|标准|)$/i;

const names = (f: LocalFont) => [f.postscriptName, f.fullName, f.family];

/** The 公文 faces among `fonts`: a 仿宋 for the text (required) and a 方正小标宋 for titles; undefined without 仿宋. */
export function pickOfficialFonts<F extends LocalFont>(fonts: readonly F[]): { body: F; title?: F } | undefined {
  const regular = fonts.filter((f) => REGULAR_STYLE.test(f.style.trim()));
  const pool = regular.length > 0 ? regular : fonts;
  let body: F | undefined;
  for (const wanted of BODY_NAMES) {
    const lower = wanted.map((w) => w.toLowerCase());
    body = pool.find((f) => names(f).some((n) => lower.includes(n.toLowerCase())));
    if (body) break;
  }
  if (!body) return undefined;
  const title = pool.find((f) => names(f).some((n) => TITLE_PATTERN.test(n)));
  return title ? { body, title } : { body };
}

/** The label shown for what was used: the fonts' full names. */
export function officialLabel(picked: { body: LocalFont; title?: LocalFont }): string {
  return [picked.body.fullName, picked.title?.fullName].filter(Boolean).join('、');
}

/** A font's bytes and, for a TrueType collection (.ttc), the face to take from it. */
async function fontBytes(font: LocalFont): Promise<{ bytes: Uint8Array; postscriptName?: string }> {
  const bytes = new Uint8Array(await (await font.blob()).arrayBuffer());
  const isCollection = bytes[0] === 0x74 && bytes[1] === 0x74 && bytes[2] === 0x63 && bytes[3] === 0x66; // 'ttcf'
  return isCollection ? { bytes, postscriptName: font.postscriptName } : { bytes };
}

type QueryLocalFonts = () => Promise<LocalFont[]>;

/** How long the page waits for the user to answer the browser's font permission question. */
const PERMISSION_WAIT_MS = 60_000;

/**
 * Reads the 公文 fonts installed on this computer, or undefined (no API, permission refused or not
 * askable now, no 仿宋). Asked only with a user's click still active, as the browser requires.
 */
export async function localOfficialFonts(): Promise<
  | { body: { bytes: Uint8Array; postscriptName?: string }; title?: { bytes: Uint8Array; postscriptName?: string }; label: string }
  | undefined
> {
  const query = (globalThis as unknown as { queryLocalFonts?: QueryLocalFonts }).queryLocalFonts;
  if (typeof query !== 'function') return undefined;
  try {
    const state = await navigator.permissions
      ?.query({ name: 'local-fonts' as PermissionName })
      .then((s) => s.state)
      .catch(() => 'prompt' as const);
    if (state === 'denied') return undefined;
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (state !== 'granted' && activation && !activation.isActive) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fonts = await Promise.race([
      query.call(globalThis),
      new Promise<LocalFont[]>((resolve) => (timer = setTimeout(() => resolve([]), PERMISSION_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    const picked = pickOfficialFonts(fonts);
    if (!picked) return undefined;
    const [body, title] = await Promise.all([fontBytes(picked.body), picked.title ? fontBytes(picked.title) : undefined]);
    return { body, ...(title ? { title } : {}), label: officialLabel(picked) };
  } catch {
    // SecurityError (no click to ask with) or NotAllowedError (refused): the packaged font, silently.
    return undefined;
  }
}
