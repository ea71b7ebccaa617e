/**
 * The worker's PDF fonts: the `fonts/` folder fetched beside `worker.js` (served over http), or —
 * started from a blob on a page opened as a file, where fetch is refused — the page's font scripts
 * via the page; and, for notices, the office's 公文 fonts the page found (web/pageFonts.ts).
 */
import type { FontSource, OfficialFonts, PdfFonts } from '../reports/render/pdf/fonts';
import type { WorkerScope } from '../pane/rpc';
import { loadPageFonts } from '../pane/fonts';
import { fromBase64, isFontMessage, type FontReply, type FontWant } from './fontChannel';

/** Sends font requests to the page and matches its replies. */
export class FontChannel {
  private seq = 0;
  private waiting = new Map<number, (reply: FontReply) => void>();

  constructor(private readonly post: (message: unknown) => void) {}

  /** Asks the page; resolves with its reply (which may carry an `error`). */
  ask(want: FontWant): Promise<FontReply> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.post({ ogiFont: want, seq });
    });
  }

  /** A reply from the page. */
  receive(reply: FontReply): void {
    this.waiting.get(reply.seq)?.(reply);
    this.waiting.delete(reply.seq);
  }

  /** `scope` with the page's font replies taken out before the RPC sees its messages. */
  wrap(scope: WorkerScope): WorkerScope {
    let handler: WorkerScope['onmessage'] = null;
    const receive = (reply: FontReply) => this.receive(reply);
    return {
      get onmessage() {
        return handler;
      },
      set onmessage(next) {
        handler = next;
        scope.onmessage = (event: MessageEvent) => (isFontMessage(event.data) ? receive(event.data) : handler?.(event));
      },
      postMessage: (message: unknown, transfer: Transferable[]) => scope.postMessage(message, transfer),
    };
  }
}

async function bundled(channel: FontChannel): Promise<PdfFonts> {
  const reply = await channel.ask('bundled');
  if (reply.error || !reply.regular || !reply.bold) throw new Error(reply.error ?? 'fonts');
  return { regular: { bytes: fromBase64(reply.regular) }, bold: { bytes: fromBase64(reply.bold) } };
}

function official(reply: FontReply): OfficialFonts | undefined {
  if (!reply.body) return undefined;
  return { body: reply.body, ...(reply.title ? { title: reply.title } : {}), label: reply.label ?? '' };
}

/**
 * The worker's FontSource. `location` is the worker's own URL: a blob: URL means the page was
 * opened as a file, so the fonts come through the page; over http they are fetched, and the page's
 * font scripts are the fallback when that fails.
 */
export function workerFontSource(channel: FontChannel, location: string): FontSource {
  let base: Promise<PdfFonts> | undefined;
  let officialFonts: Promise<OfficialFonts | undefined> | undefined;
  return {
    load: async () => {
      base ??= location.startsWith('blob:')
        ? bundled(channel)
        : loadPageFonts(location).catch((e: unknown) =>
            bundled(channel).catch(() => Promise.reject(e instanceof Error ? e : new Error(String(e)))),
          );
      base.catch(() => (base = undefined));
      // Asked with the first PDF, while the user's click still lets the page ask the browser.
      officialFonts ??= channel.ask('official').then(official, () => undefined);
      const fonts = await base;
      const found = officialFonts;
      return { ...fonts, official: () => found };
    },
  };
}
