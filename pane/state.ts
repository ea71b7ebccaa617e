/**
 * The pane's state: one read-only snapshot, replaced (never edited) by the actions through the
 * store, which tells the views to re-render. `reset()` forgets a workbook (the page opens another file)
 * but keeps the clerk's own choices: the check date and the form choices.
 */
import { todayInChina, type CalendarDate } from '../core/dates';
import type { Grid } from '../core/grid';
import type { Finding } from '../core/findings';
import type { SheetOutcome } from '../core/ledger';
import type { AnyRegister } from '../core/register/types';
import { defaultSettings, type Settings } from '../core/settings/schema';
import type { AnnualReportModel } from '../reports/statistics/model';
import type { MonthlyReportModel } from '../reports/statistics/monthly';
import type { Recipient } from '../reports/documents/transfer/model';
import type { NoticeKind } from '../reports/documents/notices/kinds';
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

/** The monthly statistics last produced (counted as of their month end), and the sheet they were written to. */
export interface MonthlyResult {
  readonly model: MonthlyReportModel;
  readonly sheet?: string;
}

/** The status line of one view: shown only on the view whose action said it. */
export interface StatusMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
  readonly view: ViewId;
}

/**
 * What the clerk chose in the forms (表单, 报表): kept while actions run and views re-render.
 * Unset fields take the view's default. They are the clerk's, not the workbook's: another file keeps them.
 */
export interface PaneChoices {
  readonly recipient?: Recipient;
  /** 移交表 period, `''` when cleared. */
  readonly from?: CalendarDate | '';
  readonly until?: CalendarDate | '';
  readonly noticeKind?: NoticeKind | 'reply';
  /** 年报 year. */
  readonly year?: number;
  /** 月报 month, YYYY-MM. */
  readonly month?: string;
}

/**
 * What the clerk typed in 设置 and has not saved yet, box by box (the office fields, the preset, the two
 * calendar lists as typed): re-renders show it instead of the saved settings, so typing is never lost.
 */
export interface SettingsDraft {
  readonly office?: Readonly<Partial<Record<keyof Settings['office'], string>>>;
  readonly preset?: string;
  readonly offDays?: string;
  readonly workdays?: string;
}

/** A notice that could not be issued formally (DocumentBlockedError): which one, for which row. */
export interface BlockedNotice {
  readonly sheet: string;
  readonly row: number;
  readonly kind: NoticeKind | 'reply';
}

/** Column edits not yet applied in the mapping editor: sheet → field → column letter (`''`: automatic). */
export type MappingDrafts = ReadonlyMap<string, Readonly<Record<string, string>>>;

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
  /** The last formal document refused as incomplete, and for which row: the 工作台 offers its draft beside that row. */
  readonly blockedNotice: BlockedNotice | null;
  readonly annual: AnnualResult | null;
  readonly monthly: MonthlyResult | null;
  readonly watching: boolean;
  /** The day every check, deadline and document uses (按哪一天检查); today unless the clerk chose another. */
  readonly checkDate: CalendarDate;
  readonly choices: PaneChoices;
  /** Belongs to the workbook (its sheets and columns): `reset()` drops it. */
  readonly mappingDrafts: MappingDrafts;
  /** Belongs to the workbook (its 设置 sheet): saving or `reset()` drops it. */
  readonly settingsDraft: SettingsDraft;
}

/** The state of a pane that has read nothing yet. */
export function initialState(view: ViewId = 'workbench', checkDate: CalendarDate = todayInChina()): PaneState {
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
    blockedNotice: null,
    annual: null,
    monthly: null,
    watching: false,
    checkDate,
    choices: {},
    mappingDrafts: new Map(),
    settingsDraft: {},
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
  private current: PaneState;
  private readonly listeners = new Set<Listener>();

  constructor(checkDate?: CalendarDate) {
    this.current = initialState('workbench', checkDate);
  }

  get state(): PaneState {
    return this.current;
  }

  /** Replaces the fields in `patch`, then re-renders. */
  update(patch: Partial<PaneState>): void {
    this.current = { ...this.current, ...patch };
    for (const fn of this.listeners) fn();
  }

  /** Back to a pane that has read nothing, on the same view, with the clerk's check date and form choices. */
  reset(): void {
    const { view, checkDate, choices } = this.current;
    this.update({ ...initialState(view, checkDate), choices });
  }

  /**
   * Records form choices (merged into the earlier ones) without re-rendering: the control that
   * changed already shows the value, and a re-render between a box's change and a click would
   * replace the button being clicked. The next render reads them.
   */
  choose(patch: PaneChoices): void {
    this.current = { ...this.current, choices: { ...this.current.choices, ...patch } };
  }

  /** Records what was typed in 设置 (merged into the earlier draft) without re-rendering, as `choose` does. */
  draftSettings(patch: SettingsDraft): void {
    const draft = this.current.settingsDraft;
    const office = patch.office ? { office: { ...draft.office, ...patch.office } } : {};
    this.current = { ...this.current, settingsDraft: { ...draft, ...patch, ...office } };
  }

  /** Re-render hook; returns the unsubscribe. */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
