/**
 * What every action module works with: the host, the on-demand loaders, the clock and the store,
 * plus the status line and `guarded`, which runs an action with the busy flag and turns a failure
 * into a Chinese message instead of a crash. The day the actions use is the state's check date
 * (the clock only gives its first value and 回到今天).
 */
import type { CalendarDate } from '../../core/dates';
import type { Host } from '../host';
import type { PdfJobs, XlsxJobs } from '../jobs';
import type { Validate } from '../checkProtocol';
import { failureText } from '../failure';
import type { PaneState, PaneStore } from '../state';
import type { ViewId } from '../viewIds';

/** Loaders for the heavy parts (dynamic `import()` in the task pane, something else elsewhere). */
export interface Loaders {
  pdf(): Promise<PdfJobs>;
  xlsx(): Promise<XlsxJobs>;
  /** Runs the ledger pipeline elsewhere (a worker); inline when absent. */
  validate?: Validate;
}

/** The host, loaders, clock and store shared by the action modules. */
export class PaneContext {
  constructor(
    readonly host: Host,
    readonly loaders: Loaders,
    readonly store: PaneStore,
    readonly clock: () => CalendarDate,
  ) {}

  // The view of the action running (its messages stay on it even if the clerk switches tabs meanwhile).
  private origin: ViewId | null = null;

  /** The day checks, deadlines and documents use: the state's check date. */
  today(): CalendarDate {
    return this.store.state.checkDate;
  }

  get state(): PaneState {
    return this.store.state;
  }

  /** Changes the state (and re-renders). */
  set(patch: Partial<PaneState>): void {
    this.store.update(patch);
  }

  /** Shows a message in the status line of the action's view, with any other change made at the same moment. */
  say(kind: 'info' | 'error', text: string, patch: Partial<PaneState> = {}): void {
    this.store.update({ ...patch, message: { kind, text, view: this.origin ?? this.store.state.view } });
  }

  /** Runs an action with the busy flag and a Chinese error message instead of a crash; the last action's message goes. */
  async guarded<T>(fn: () => Promise<T>): Promise<T | undefined> {
    const outer = this.origin === null;
    if (outer) this.origin = this.store.state.view;
    this.set({ busy: true, message: null });
    try {
      return await fn();
    } catch (e) {
      this.say('error', failureText(e));
      return undefined;
    } finally {
      this.set({ busy: false, progress: null });
      if (outer) this.origin = null;
    }
  }
}
