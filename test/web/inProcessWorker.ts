import { Session } from '../../web/session';
import type { RequestMessage, WorkerMethods } from '../../web/protocol';
import type { WorkerLike } from '../../web/workerClient';
import { answer } from '../../pane/rpc';

/** A WorkerLike that runs the real Session in-process, answering as web/worker.ts does (pane/rpc's `answer`). */
export class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly session = new Session();
  readonly progress: string[] = [];

  postMessage(message: unknown): void {
    const request = message as RequestMessage;
    setTimeout(() => {
      void answer<WorkerMethods>(
        request,
        (method, params, progress) => this.session.handle(method, params, progress),
        (m) => {
          if (m.type === 'progress') this.progress.push(m.stage);
          if (!this.terminated) this.onmessage?.({ data: m } as MessageEvent);
        },
      );
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
