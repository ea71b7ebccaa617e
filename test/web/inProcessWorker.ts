import { Session } from '../../web/session';
import type { RequestMessage, ResponseMessage } from '../../web/protocol';
import type { WorkerLike } from '../../web/workerClient';

/** A WorkerLike that runs the real Session in-process (same protocol as web/worker.ts). */
export class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly session = new Session();
  readonly progress: string[] = [];

  postMessage(message: unknown): void {
    const { id, method, params } = message as RequestMessage;
    const post = (m: ResponseMessage) => {
      if (m.type === 'progress') this.progress.push(m.stage);
      if (!this.terminated) this.onmessage?.({ data: m } as MessageEvent);
    };
    setTimeout(() => {
      this.session
        .handle(method, params, (stage, done, total) => post({ id, type: 'progress', stage, done, total }))
        .then(
          (result) => post({ id, type: 'result', result }),
          (e: unknown) => post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) }),
        );
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
