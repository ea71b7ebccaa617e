/**
 * Live checks over `Application.ApiEvent`'s SheetChange. The event does not say who made the change,
 * so our own writes are fenced: while the host writes (and for a short while after, in case a build
 * delivers the events late) every SheetChange is ignored.
 */
import type { SheetChange } from '../pane/host';
import type { EtApi, EtRange, EtWorksheet } from './etApi';

/** Milliseconds after our last write during which SheetChange is still ours. */
export const QUIET_MS = 500;
/** A change this wide covers whole rows: rows were inserted or deleted. */
const WHOLE_ROW_COLUMNS = 16_384;

/** Counts our writes in progress; `active` while one runs or just finished. */
export class WpsWriteFence {
  private depth = 0;
  private quietUntil = 0;
  constructor(private readonly now: () => number) {}

  /** Runs a synchronous write with SheetChange ignored. */
  around<T>(write: () => T): T {
    this.depth++;
    try {
      return write();
    } finally {
      this.depth--;
      this.quietUntil = this.now() + QUIET_MS;
    }
  }

  get active(): boolean {
    return this.depth > 0 || this.now() < this.quietUntil;
  }
}

/** The change a SheetChange event describes, or null when it is not one to re-check. */
export function changeOf(sheet: EtWorksheet, target: EtRange, watched: ReadonlySet<string>): SheetChange | null {
  const name = sheet.Name;
  if (!watched.has(name)) return null;
  const count = target.Rows.Count;
  const rows = Array.from({ length: Math.min(count, 100_000) }, (_, i) => target.Row + i);
  const change: SheetChange = { sheet: name, rows };
  if (target.Columns.Count >= WHOLE_ROW_COLUMNS) change.structural = true;
  return change;
}

/** Listens to SheetChange for the given sheets; returns the unsubscribe. */
export function watchSheetChanges(
  api: EtApi,
  fence: WpsWriteFence,
  sheets: readonly string[],
  onChange: (change: SheetChange) => void,
): () => Promise<void> {
  const events = api.app.ApiEvent;
  if (!events) return async () => undefined;
  const watched = new Set(sheets);
  // Builds without RemoveApiEventListener keep calling: the flag ends it there.
  let stopped = false;
  const handler = (...args: unknown[]) => {
    if (stopped || fence.active) return;
    const [sheet, target] = args as [EtWorksheet | undefined, EtRange | undefined];
    if (!sheet || !target) return;
    const change = changeOf(sheet, target, watched);
    if (change) onChange(change);
  };
  events.AddApiEventListener('SheetChange', handler);
  return async () => {
    stopped = true;
    events.RemoveApiEventListener?.('SheetChange', handler);
  };
}
