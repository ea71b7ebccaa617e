/**
 * The PDF fonts in a browser (the add-in's task pane and print page, the offline page and its
 * worker): the same Noto Serif SC files as the CLI, fetched from the page's own origin on the first
 * PDF, then kept (Cache API where the browser offers it, and in memory).
 */
import type { FontSource, PdfFonts } from '../reports/render/pdf/fonts';

const CACHE_NAME = 'ogi-fonts-v1';
const FILES = { regular: 'fonts/NotoSerifSC-Regular.ttf', bold: 'fonts/NotoSerifSC-Bold.ttf' } as const;
const fontMissing = (url: string, status: number) => `字体文件 ${url} 无法读取（HTTP ${status}）。请确认 fonts 文件夹与页面一起复制。`;

let loaded: Promise<PdfFonts> | undefined;

async function fetchCached(url: string): Promise<Uint8Array> {
  // Cache API exists only in secure contexts (https, 127.0.0.1); an http intranet server falls back to memory.
  const cache = typeof caches !== 'undefined' ? await caches.open(CACHE_NAME).catch(() => undefined) : undefined;
  const hit = await cache?.match(url);
  if (hit) return new Uint8Array(await hit.arrayBuffer());
  const response = await fetch(url);
  if (!response.ok) throw new Error(fontMissing(url, response.status));
  await cache?.put(url, response.clone()).catch(() => undefined);
  return new Uint8Array(await response.arrayBuffer());
}

/** Loads the fonts once per page; `base` is the page's (or worker's) URL, which resolves `fonts/…`. */
export function loadPageFonts(base: string = self.location.href): Promise<PdfFonts> {
  loaded ??= (async () => {
    const [regular, bold] = await Promise.all([
      fetchCached(new URL(FILES.regular, base).href),
      fetchCached(new URL(FILES.bold, base).href),
    ]);
    return { regular: { bytes: regular }, bold: { bytes: bold } };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** The browser's FontSource: the `fonts/` folder beside the page (or worker) at `base`. */
export function pageFontSource(base?: string): FontSource {
  return { load: () => loadPageFonts(base) };
}
