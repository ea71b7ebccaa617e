/** Messages between the task pane and its check worker, and the client that sends them. */
import type { Grid } from '../core/grid';
import type { SheetOutcome } from '../core/ledger';
import type { Settings } from '../core/settings/schema';
import type { CalendarDate } from '../core/dates';
import type { RegisterKind } from '../core/register/types';

export interface CheckRequest {
  id: number;
  grid: Grid;
  settings: Settings;
  today: CalendarDate;
  kind?: RegisterKind | 'auto';
}

export type CheckResponse = { id: number; outcome: SheetOutcome } | { id: number; error: string };

/** What the controller calls to run a check (in a worker, or inline). */
export type Validate = (grid: Grid, settings: Settings, today: CalendarDate, kind?: RegisterKind | 'auto') => Promise<SheetOutcome>;

/** A Validate that posts to a worker made on first use; `fallback` runs inline if the worker cannot start. */
export function workerValidate(makeWorker: () => Worker, fallback: Validate): Validate {
  let worker: Worker | null = null;
  let broken = false;
  let next = 1;
  const pending = new Map<number, { resolve(o: SheetOutcome): void; reject(e: Error): void }>();
  return async (grid, settings, today, kind) => {
    if (!broken && !worker) {
      try {
        worker = makeWorker();
        worker.onmessage = (e: MessageEvent<CheckResponse>) => {
          const p = pending.get(e.data.id);
          if (!p) return;
          pending.delete(e.data.id);
          if ('error' in e.data) p.reject(new Error(e.data.error));
          else p.resolve(e.data.outcome);
        };
        worker.onerror = () => {
          // A worker that fails to load: finish what is pending inline, and stop using it.
          broken = true;
          worker = null;
          for (const [, p] of pending) p.reject(new Error('检查线程无法启动'));
          pending.clear();
        };
      } catch {
        broken = true;
      }
    }
    if (broken || !worker) return fallback(grid, settings, today, kind);
    const id = next++;
    const w = worker;
    return new Promise<SheetOutcome>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const request: CheckRequest = { id, grid, settings, today, kind };
      w.postMessage(request);
    }).catch((e: Error) => (broken ? fallback(grid, settings, today, kind) : Promise.reject(e)));
  };
}
