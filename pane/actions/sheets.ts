/**
 * The workbook's sheets in the state: listing them, and reading one and running the ledger pipeline
 * on it — the one read → validate step of 运行检查, the live check's full re-check and of the
 * actions that need every register (reports, the transfer sheet).
 */
import type { CalendarDate } from '../../core/dates';
import type { Grid } from '../../core/grid';
import type { SheetOutcome } from '../../core/ledger';
import type { AnyRegister, RegisterKind } from '../../core/register/types';
import { checkWorkbook } from '../../core/workbook/checkWorkbook';
import { checkedRegisters, withChecked, type CheckedSheet } from '../state';
import type { PaneContext } from './context';

/** Re-reads the list of sheets; keeps the selected sheet, else picks the first that looks like a ledger. */
export async function refreshSheets(ctx: PaneContext): Promise<void> {
  const sheets = await ctx.host.listSheets();
  const selected = ctx.state.selectedSheet;
  const selectedSheet = sheets.some((s) => s.name === selected)
    ? selected
    : (sheets.find((s) => !s.ours && s.rows > 1)?.name ?? sheets[0]?.name ?? '');
  ctx.set({ sheets, selectedSheet });
}

/** The workbook pipeline (checkWorkbook) on one grid, here: the pane's settings, `today` (the check date), `kind` once known. */
export function checkGrid(ctx: PaneContext, grid: Grid, kind?: RegisterKind, today: CalendarDate = ctx.today()): SheetOutcome {
  return checkWorkbook([grid], { settings: ctx.state.settings, today, ...(kind ? { kind } : {}) }).outcomes[0];
}

/** A sheet already read, checked again as of `date` (its kind kept), in the worker when there is one; nothing read again. */
export async function checkAsOf(ctx: PaneContext, checked: CheckedSheet, date: CalendarDate): Promise<SheetOutcome> {
  const kind = checked.outcome.register?.kind;
  const { validate } = ctx.loaders;
  return validate ? validate(checked.grid, ctx.state.settings, date, kind) : checkGrid(ctx, checked.grid, kind, date);
}

/**
 * The registers of the sheets checked, as of `date`: those of the state when it is the check date, else
 * each register's grid checked again as of `date`, for this once: the state keeps its checks.
 */
export async function registersAsOf(ctx: PaneContext, date: CalendarDate): Promise<AnyRegister[]> {
  if (date === ctx.today()) return checkedRegisters(ctx.state);
  const registers: AnyRegister[] = [];
  for (const c of ctx.state.checked.values()) {
    // A sheet that gave no register is none on another day either: the pipeline's detection reads no date.
    if (!c.outcome.register) continue;
    const { register } = await checkAsOf(ctx, c, date);
    if (register) registers.push(register);
  }
  return registers;
}

/** Reads `sheet` (progress in the state, cancellable) and checks it, in the worker when there is one. */
export async function readAndCheck(ctx: PaneContext, sheet: string, signal?: AbortSignal): Promise<CheckedSheet> {
  const grid = await ctx.host.readSheet(sheet, (progress) => ctx.set({ progress }), signal);
  const outcome = ctx.loaders.validate ? await ctx.loaders.validate(grid, ctx.state.settings, ctx.today()) : checkGrid(ctx, grid);
  return { grid, outcome, at: Date.now() };
}

/** Checks every ledger-looking sheet not yet checked, quietly (reports and the transfer sheet need all registers). */
export async function checkUnchecked(ctx: PaneContext): Promise<void> {
  for (const s of ctx.state.sheets) {
    if (!isLedgerCandidate(s) || ctx.state.checked.has(s.name)) continue;
    const checked = await readAndCheck(ctx, s.name);
    ctx.set({ checked: withChecked(ctx.state, s.name, checked) });
  }
}

/** A sheet worth checking: not one the pane wrote, and more than a header. */
export function isLedgerCandidate(s: { ours: boolean; rows: number }): boolean {
  return !s.ours && s.rows > 1;
}
