/**
 * The pane's state: one read-only snapshot, replaced (never edited) by the actions through the
 * store, which tells the views to re-render. `reset()` forgets a workbook (the page opens another file).
 */
import type { Grid } from '../core/grid';
import type { Finding } from '../core/findings';
import type { SheetOutcome } from '../core/ledger';
import type { AnyRegister } from '../core/register/types';
import { defaultSettings, type Settings } from '../core/settings/schema';
import type { AnnualReportModel } from '../reports/statistics/model';
import type { SheetInfo, ReadProgress, MarkOutcome } from './host';
import type { ViewId } from './viewIds';

/** One checked sheet: its grid (kept for live checks) and the pipeline's outcome. */
export interface CheckedSheet {
  readonly grid: Grid;
  readonly outcome: SheetOutcome;
  readonly at: number;
}

/** The annual report last produced, and the sheet it was written to. */
export interface AnnualResult {
  readonly model: AnnualReportModel;
  readonly findings: readonly Finding[];
  readonly excluded: number;
  readonly sheet?: string;
}

/** The status line. */
export interface StatusMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/** Everything the views render. */
export interface PaneState {
  readonly view: ViewId;
  readonly sheets: readonly SheetInfo[];
  readonly selectedSheet: string;
  readonly settings: Settings;
  readonly settingsFindings: readonly Finding[];
  readonly checked: ReadonlyMap<string, CheckedSheet>;
  readonly progress: ReadProgress | null;
  readonly busy: boolean;
  readonly message: StatusMessage | null;
  readonly lastMark: MarkOutcome | null;
  readonly annual: AnnualResult | null;
  readonly watching: boolean;
}

/** The state of a pane that has read nothing yet. */
export function initialState(view: ViewId = 'check'): PaneState {
  return {
    view,
    sheets: [],
    selectedSheet: '',
    settings: defaultSettings(),
    settingsFindings: [],
    checked: new Map(),
    progress: null,
    busy: false,
    message: null,
    lastMark: null,
    annual: null,
    watching: false,
  };
}

/** The check of `sheet` (the selected one by default), if it was checked. */
export function checkedSheet(state: PaneState, sheet = state.selectedSheet): CheckedSheet | undefined {
  return state.checked.get(sheet);
}

/** Registers of every checked sheet, in the order they were checked. */
export function checkedRegisters(state: PaneState): AnyRegister[] {
  return [...state.checked.values()].map((c) => c.outcome.register).filter((r): r is AnyRegister => r !== undefined);
}

/** The checked sheets with `sheet`'s check recorded (a new map: earlier snapshots keep theirs). */
export function withChecked(state: PaneState, sheet: string, checked: CheckedSheet): ReadonlyMap<string, CheckedSheet> {
  return new Map(state.checked).set(sheet, checked);
}

type Listener = () => void;

/** Holds the state; every change replaces it and notifies the listeners. */
export class PaneStore {
  private current: PaneState = initialState();
  private readonly listeners = new Set<Listener>();

  get state(): PaneState {
    return this.current;
  }

  /** Replaces the fields in `patch`, then re-renders. */
  update(patch: Partial<PaneState>): void {
    this.current = { ...this.current, ...patch };
    for (const fn of this.listeners) fn();
  }

  /** Back to a pane that has read nothing, on the same view. */
  reset(): void {
    this.update(initialState(this.current.view));
  }

  /** Re-render hook; returns the unsubscribe. */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
