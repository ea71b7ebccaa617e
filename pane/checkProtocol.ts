/** The task pane's check worker: its one method over pane/rpc.ts, and the Validate that calls it. */
import type { Grid } from '../core/grid';
import type { SheetOutcome } from '../core/ledger';
import type { Settings } from '../core/settings/schema';
import type { CalendarDate } from '../core/dates';
import type { RegisterKind } from '../core/register/types';
import { RpcClient, WorkerFailedError, type WorkerLike } from './rpc';

/** The requests the check worker answers. */
export interface CheckMethods {
  /** The ledger pipeline (validateLedger) over one sheet's grid. */
  validate: {
    params: { grid: Grid; settings: Settings; today: CalendarDate; kind?: RegisterKind | 'auto' };
    result: SheetOutcome;
  };
}

/** What the controller calls to run a check (in a worker, or inline). */
export type Validate = (grid: Grid, settings: Settings, today: CalendarDate, kind?: RegisterKind | 'auto') => Promise<SheetOutcome>;

/** A Validate that posts to a worker made on first use; `fallback` runs inline if the worker cannot start. */
export function workerValidate(makeWorker: () => WorkerLike, fallback: Validate): Validate {
  let broken = false;
  const client = new RpcClient<CheckMethods>(
    () => {
      try {
        return makeWorker();
      } catch (e) {
        broken = true;
        throw e;
      }
    },
    () => '检查线程无法启动',
  );
  return async (grid, settings, today, kind) => {
    if (broken) return fallback(grid, settings, today, kind);
    try {
      return await client.call('validate', { grid, settings, today, kind });
    } catch (e) {
      // A worker that fails to load: finish what is pending inline, and stop using it.
      if (!broken && !(e instanceof WorkerFailedError)) throw e;
      broken = true;
      return fallback(grid, settings, today, kind);
    }
  };
}
