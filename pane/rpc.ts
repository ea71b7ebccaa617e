/**
 * Typed requests to a Web Worker, the one protocol of the add-in's check worker and the page's
 * worker. A method map names each request's params and result; every request carries an id; the
 * worker answers with any number of `progress` messages, then exactly one `result` or `error`.
 * Cancel terminates the worker (the next call starts a fresh one) and rejects with CancelledError;
 * a user error thrown in the worker arrives as a UserError, anything else as an Error.
 */
import { CancelledError, UserError } from '../core/errors';

/** Requests a worker answers: method name → its params and result (plain, structured-clone-safe data). */
export type RpcMethods<M> = { [K in keyof M]: { params: unknown; result: unknown } };

export interface RpcRequest<M extends RpcMethods<M>, K extends keyof M & string = keyof M & string> {
  id: number;
  method: K;
  params: M[K]['params'];
}

/** Stage labels are Chinese, shown as they are under the progress bar. */
export interface RpcProgress {
  id: number;
  type: 'progress';
  stage: string;
  done: number;
  total: number;
}

export interface RpcResult {
  id: number;
  type: 'result';
  result: unknown;
}

export interface RpcError {
  id: number;
  type: 'error';
  message: string;
  /** True when the worker threw a UserError (shown as it is, not as a bug). */
  user?: boolean;
}

export type RpcResponse = RpcProgress | RpcResult | RpcError;

export type ProgressListener = (stage: string, done: number, total: number) => void;

/** The part of `Worker` we use (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The worker itself failed (would not load, or crashed): a bug, not the user's doing. */
export class WorkerFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailedError';
  }
}

export interface CallOptions {
  onProgress?: ProgressListener;
  /** Buffers moved to the worker instead of copied (they are unusable here afterwards). */
  transfer?: Transferable[];
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressListener;
}

/** The calling side: typed calls with progress, and cancel. */
export class RpcClient<M extends RpcMethods<M>> {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Incremented on every cancel or worker failure, so callers can tell the worker's state was lost. */
  generation = 0;
  /** Called whenever the last pending request has settled. */
  onIdle: (() => void) | undefined;
  /** Called when a request starts while none was pending. */
  onBusy: (() => void) | undefined;

  /**
   * `create` makes the worker on first use (and again after a cancel or a failure); `failed` is the
   * message when the worker itself fails, given the browser's own.
   */
  constructor(
    private readonly create: () => WorkerLike,
    private readonly failed: (detail: string) => string,
  ) {}

  /** Sends one request; resolves with its result, rejects with the worker's Chinese error message. */
  call<K extends keyof M & string>(method: K, params: M[K]['params'], options: CallOptions = {}): Promise<M[K]['result']> {
    const worker = this.ensure();
    const id = this.nextId++;
    if (this.pending.size === 0) this.onBusy?.();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve, reject, onProgress: options.onProgress });
      const message: RpcRequest<M, K> = { id, method, params };
      worker.postMessage(message, options.transfer ?? []);
    });
  }

  /** Stops all work now: terminates the worker and rejects every pending call with CancelledError. */
  cancel(): void {
    this.stop(() => new CancelledError());
  }

  /** True while a request is running. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  private stop(reason: () => Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.generation++;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(reason());
  }

  private ensure(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent) => this.receive(event.data as RpcResponse);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      this.stop(() => new WorkerFailedError(this.failed(event.message ?? '')));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: RpcResponse): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.stage, message.done, message.total);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'result') p.resolve(message.result);
    else p.reject(message.user ? new UserError(message.message) : new Error(message.message));
    if (this.pending.size === 0) this.onIdle?.();
  }
}

/** The worker's answer to any request (a dispatcher such as the page's Session.handle). */
export type RpcDispatch<M extends RpcMethods<M>> = (
  method: keyof M & string,
  params: M[keyof M]['params'],
  onProgress: ProgressListener,
) => unknown;

/** One typed handler per method. */
export type RpcHandlers<M extends RpcMethods<M>> = {
  [K in keyof M]: (params: M[K]['params'], onProgress: ProgressListener) => M[K]['result'] | Promise<M[K]['result']>;
};

/** A dispatcher over one handler per method. */
export function dispatchTo<M extends RpcMethods<M>>(handlers: RpcHandlers<M>): RpcDispatch<M> {
  // Each handler gets its own method's params: the request names the method they were sent for.
  return (method, params, onProgress) => handlers[method](params, onProgress);
}

export interface ServeOptions {
  /** The buffers of a result to move to the caller instead of copying. */
  transfer?: (result: unknown) => Transferable[];
  /** The message for something thrown that is not an Error. */
  thrownText?: (value: unknown) => string;
}

/**
 * Answers one request: progress, then the result or the error. The worker's side of the
 * protocol; tests run it in-process.
 */
export async function answer<M extends RpcMethods<M>>(
  request: RpcRequest<M>,
  handle: RpcDispatch<M>,
  post: (message: RpcResponse, transfer: Transferable[]) => void,
  options: ServeOptions = {},
): Promise<void> {
  const { id, method, params } = request;
  try {
    const result = await handle(method, params, (stage, done, total) => post({ id, type: 'progress', stage, done, total }, []));
    post({ id, type: 'result', result }, options.transfer?.(result) ?? []);
  } catch (e) {
    const message = e instanceof Error ? e.message || String(e) : (options.thrownText ?? String)(e);
    post({ id, type: 'error', message, ...(e instanceof UserError ? { user: true } : {}) }, []);
  }
}

/** The scope of a dedicated worker, as far as we use it. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** Serves requests in a worker: call once from the worker's entry file with `self`. */
export function serveRpc<M extends RpcMethods<M>>(scope: WorkerScope, handle: RpcDispatch<M>, options: ServeOptions = {}): void {
  scope.onmessage = (event: MessageEvent) => void answer(event.data as RpcRequest<M>, handle, (m, t) => scope.postMessage(m, t), options);
}
