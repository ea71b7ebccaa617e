/**
 * The workbook's sheets in the state: listing them, and reading one and running the ledger pipeline
 * on it — the one read → validate step of 运行检查, the live check's full re-check and of the
 * actions that need every register (reports, the transfer sheet).
 */
import type { Grid } from '../../core/grid';
import type { SheetOutcome } from '../../core/ledger';
import type { RegisterKind } from '../../core/register/types';
import { checkWorkbook } from '../../core/workbook/checkWorkbook';
import { withChecked, type CheckedSheet } from '../state';
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

/** The workbook pipeline (checkWorkbook) on one grid, here: the pane's settings and today, `kind` once it is known. */
export function checkGrid(ctx: PaneContext, grid: Grid, kind?: RegisterKind): SheetOutcome {
  return checkWorkbook([grid], { settings: ctx.state.settings, today: ctx.today(), ...(kind ? { kind } : {}) }).outcomes[0];
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
