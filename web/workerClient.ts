/**
 * The page's side of the worker protocol: typed calls with progress, and cancel (terminate the
 * worker; the next call starts a fresh one).
 */
import type { MethodName, RequestMessage, ResponseMessage, WorkerMethods } from './protocol';
import { messages } from './messages';

/** Thrown to callers whose request was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super(messages.cancelled);
    this.name = 'CancelledError';
  }
}

/** The part of `Worker` we use (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type ProgressListener = (stage: string, done: number, total: number) => void;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressListener;
}

/** Typed request/response over a Web Worker. */
export class WorkerClient {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Incremented on every cancel, so callers can tell their worker state was lost. */
  generation = 0;
  /** Called whenever the last pending request has settled (the page hides its progress bar). */
  onIdle: (() => void) | undefined;
  /** Called when a request starts while none was pending (the page may show a progress bar). */
  onBusy: (() => void) | undefined;

  constructor(private readonly create: () => WorkerLike) {}

  /** Sends one request; resolves with its result, rejects with its Chinese error message. */
  call<M extends MethodName>(
    method: M,
    params: WorkerMethods[M]['params'],
    options: { onProgress?: ProgressListener; transfer?: Transferable[] } = {},
  ): Promise<WorkerMethods[M]['result']> {
    const worker = this.ensure();
    const id = this.nextId++;
    if (this.pending.size === 0) this.onBusy?.();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
      const message: RequestMessage<M> = { id, method, params };
      worker.postMessage(message, options.transfer ?? []);
    });
  }

  /** Stops all work now: terminates the worker and rejects every pending call with CancelledError. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.generation++;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(new CancelledError());
  }

  /** True while a request is running. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  private ensure(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent) => this.receive(event.data as ResponseMessage);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      const pending = [...this.pending.values()];
      this.pending.clear();
      this.worker?.terminate();
      this.worker = undefined;
      this.generation++;
      for (const p of pending) p.reject(new Error(messages.workerFailed(event.message ?? '')));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: ResponseMessage): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.stage, message.done, message.total);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'result') p.resolve(message.result);
    else p.reject(new Error(message.message));
    if (this.pending.size === 0) this.onIdle?.();
  }
}
