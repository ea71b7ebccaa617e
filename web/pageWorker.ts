/**
 * Starts the page's worker. Served over http(s) it is `worker.js` by URL; opened as a file
 * (file://, a shared folder) Chromium refuses that (“cannot be accessed from origin 'null'”), so
 * the page loads `worker-source.js` with a script tag (allowed there) and starts the worker from a
 * blob. Either way the page answers the worker's font requests (web/fontChannel.ts).
 */
import type { WorkerLike } from '../pane/rpc';
import { isFontMessage, type FontReply, type FontRequest } from './fontChannel';
import { fileMessages } from './fileMessages';

/** How the worker is started: by URL, or from a blob of worker-source.js. */
export type WorkerStart = 'url' | 'blob';

/** By URL over http(s); from a blob where workers by URL are refused (file://). */
export function workerStart(protocol: string): WorkerStart {
  return protocol === 'file:' ? 'blob' : 'url';
}

/** The browser's Worker, as far as we drive it. */
export interface RawWorker {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** What starting a worker needs from the browser (tests pass fakes). */
export interface WorkerStarter {
  /** `new Worker(url)`; may throw (the browser refuses). */
  worker(url: string): RawWorker;
  /** The code of worker-source.js (a script tag); rejects when the file cannot be loaded. */
  source(): Promise<string>;
  /** A blob: URL for that code. */
  blobUrl(code: string): string;
  /** The answer to a font request, with the buffers to move to the worker. */
  fonts(request: FontRequest): Promise<{ reply: FontReply; transfer: Transferable[] }>;
}

/**
 * A worker that may not exist yet (the blob's code is still loading): messages wait for it, a
 * failure to start reaches `onerror` with the reason in Chinese, font requests never reach the RPC.
 */
export class PageWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private worker: RawWorker | undefined;
  private queue: Array<[unknown, Transferable[]]> = [];
  private stopped = false;

  constructor(
    started: Promise<RawWorker>,
    private readonly fonts: WorkerStarter['fonts'],
  ) {
    started.then(
      (worker) => (this.stopped ? worker.terminate() : this.attach(worker)),
      (e: unknown) => this.fail(e instanceof Error ? e.message : String(e)),
    );
  }

  postMessage(message: unknown, transfer: Transferable[]): void {
    if (this.worker) this.worker.postMessage(message, transfer);
    else this.queue.push([message, transfer]);
  }

  terminate(): void {
    this.stopped = true;
    this.queue = [];
    this.worker?.terminate();
  }

  private attach(worker: RawWorker): void {
    this.worker = worker;
    worker.onmessage = (event) => {
      if (isFontMessage(event.data)) void this.answerFonts(worker, event.data);
      else this.onmessage?.(event);
    };
    worker.onerror = (event) => this.onerror?.(event);
    for (const [message, transfer] of this.queue) worker.postMessage(message, transfer);
    this.queue = [];
  }

  private async answerFonts(worker: RawWorker, request: FontRequest): Promise<void> {
    const answer = await this.fonts(request).catch((e: unknown) => ({
      reply: { ogiFont: request.ogiFont, seq: request.seq, error: e instanceof Error ? e.message : String(e) },
      transfer: [],
    }));
    if (!this.stopped) worker.postMessage(answer.reply, answer.transfer);
  }

  private fail(reason: string): void {
    if (this.stopped) return;
    this.onerror?.({ message: reason, preventDefault: () => undefined } as ErrorEvent);
  }
}

/** Starts worker-source.js from a blob; rejects with what the page should say. */
async function fromBlob(starter: WorkerStarter): Promise<RawWorker> {
  const code = await starter.source().catch(() => Promise.reject(new Error(fileMessages.workerSourceMissing)));
  try {
    return starter.worker(starter.blobUrl(code));
  } catch (e) {
    throw new Error(fileMessages.workerRefused(e instanceof Error ? e.message : String(e)), { cause: e });
  }
}

/**
 * The page's worker factory for `WorkerClient`: by URL where that works, else from a blob (also
 * when the browser throws on `new Worker(url)`).
 */
export function pageWorkerFactory(protocol: string, workerUrl: string, starter: WorkerStarter): () => WorkerLike {
  return () => {
    let started: Promise<RawWorker>;
    if (workerStart(protocol) === 'url') {
      try {
        started = Promise.resolve(starter.worker(workerUrl));
      } catch {
        started = fromBlob(starter);
      }
    } else {
      started = fromBlob(starter);
    }
    return new PageWorker(started, (request) => starter.fonts(request));
  };
}
