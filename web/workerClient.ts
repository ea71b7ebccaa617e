/**
 * The page's side of the worker protocol (pane/rpc.ts over WorkerMethods): typed calls with
 * progress, and cancel (terminate the worker; the next call starts a fresh one).
 */
import type { WorkerMethods } from './protocol';
import { RpcClient, type WorkerLike } from '../pane/rpc';
import { messages } from './messages';

export { CancelledError } from '../core/errors';
export type { ProgressListener, WorkerLike } from '../pane/rpc';

/** Typed request/response over the page's Web Worker; its failures say 后台处理出错. */
export class WorkerClient extends RpcClient<WorkerMethods> {
  constructor(create: () => WorkerLike) {
    super(create, messages.workerFailed);
  }
}
