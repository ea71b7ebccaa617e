/**
 * The page's side of the worker protocol (pane/rpc.ts over WorkerMethods): typed calls with
 * progress, and cancel (terminate the worker; the next call starts a fresh one).
 */
import type { WorkerMethods } from './protocol';
import { RpcClient, type WorkerLike } from '../pane/rpc';
import { messages } from './messages';
import { pageWorkerFactory } from './pageWorker';
import { loadScriptValue } from './scriptAsset';
import { answerFontRequest } from './pageFonts';

export { CancelledError } from '../core/errors';
export type { ProgressListener, WorkerLike } from '../pane/rpc';

/** Typed request/response over the page's Web Worker; its failures say 后台处理出错. */
export class WorkerClient extends RpcClient<WorkerMethods> {
  constructor(create: () => WorkerLike) {
    super(create, messages.workerFailed);
  }
}

let source: Promise<string> | undefined;
let blobUrl: string | undefined;

/**
 * The page's worker: `worker.js` over http(s); opened as a file, worker-source.js (a script tag)
 * started from one blob URL, kept for the fresh worker after a cancel.
 */
export function browserWorkerFactory(): () => WorkerLike {
  return pageWorkerFactory(location.protocol, new URL('worker.js', document.baseURI).href, {
    worker: (url) => new Worker(url),
    source: () => {
      source ??= loadScriptValue('worker-source.js', 'ogiWorkerSource') as Promise<string>;
      source.catch(() => (source = undefined));
      return source;
    },
    blobUrl: (code) => (blobUrl ??= URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))),
    fonts: answerFontRequest,
  });
}
