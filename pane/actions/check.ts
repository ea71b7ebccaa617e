/**
 * The 检查 view's actions: 运行检查 (cancellable), live re-checks of changed rows, the findings
 * list and clicking a finding, marking in place, and writing the register as a table.
 */
import type { Finding, Severity } from '../../core/findings';
import { summarise } from '../../core/findings';
import type { AnyRegister } from '../../core/register/types';
import { mergeRecheck, recheckGrids, recheckWidth } from '../../core/ledger/recheck';
import type { SheetChange } from '../host';
import { MSG } from '../messages';
import { checkedRegisters, checkedSheet, withChecked, type CheckedSheet } from '../state';
import type { PaneContext } from './context';
import { checkGrid, isLedgerCandidate, readAndCheck, refreshSheets } from './sheets';

/** Findings grouped for display: severity → field label → findings. */
export type FindingGroups = Array<{ severity: Severity; count: number; fields: Array<{ field: string; findings: Finding[] }> }>;

/** Actions of the 检查 view. */
export class CheckActions {
  private abort: AbortController | null = null;
  private unwatch: (() => Promise<void>) | null = null;

  constructor(private readonly ctx: PaneContext) {}

  /** The check of `sheet` (the selected one by default), if checked. */
  current(sheet?: string): CheckedSheet | undefined {
    return checkedSheet(this.ctx.state, sheet);
  }

  /** Registers of every checked sheet. */
  registers(): AnyRegister[] {
    return checkedRegisters(this.ctx.state);
  }

  selectSheet(name: string): void {
    this.ctx.set({ selectedSheet: name });
  }

  /** 运行检查: reads the sheet (with progress, cancellable) and runs the ledger pipeline. */
  async run(sheet = this.ctx.state.selectedSheet): Promise<CheckedSheet | undefined> {
    if (!sheet) {
      this.ctx.say('error', MSG.noSheet);
      return undefined;
    }
    this.abort = new AbortController();
    const signal = this.abort.signal;
    const result = await this.ctx.guarded(async () => {
      const checked = await readAndCheck(this.ctx, sheet, signal);
      const { outcome } = checked;
      const s = summarise(outcome.findings);
      this.ctx.say(
        'info',
        outcome.skipped
          ? MSG.skipped(sheet, outcome.skipped)
          : MSG.checked(sheet, outcome.register?.dataRows ?? 0, s.errors, s.warnings, s.infos),
        { checked: withChecked(this.ctx.state, sheet, checked) },
      );
      return checked;
    });
    this.abort = null;
    if (result && this.ctx.host.capabilities.liveChecks && result.outcome.register) await this.watch();
    return result;
  }

  /** 取消 a running read. */
  cancel(): void {
    this.abort?.abort();
  }

  /** Checks every ledger-looking sheet not yet checked, each as 运行检查 would. */
  async checkAll(): Promise<void> {
    for (const s of this.ctx.state.sheets) if (isLedgerCandidate(s) && !this.ctx.state.checked.has(s.name)) await this.run(s.name);
  }

  /** Live check: re-reads and re-checks only the changed rows, replacing their findings. */
  async recheckRows(change: SheetChange): Promise<void> {
    const checked = this.ctx.state.checked.get(change.sheet);
    const register = checked?.outcome.register;
    if (!checked || !register) return;
    if (change.structural || !this.ctx.host.readRows) {
      await this.run(change.sheet);
      return;
    }
    const grid = checked.grid;
    const fresh = await this.ctx.host.readRows(change.sheet, change.rows, grid.firstColumn, recheckWidth(grid));
    const { patched, subset } = recheckGrids(grid, register.headerRow, change.rows, fresh);
    const partial = checkGrid(this.ctx, subset, register.kind);
    const outcome = mergeRecheck(checked.outcome, change.rows, partial);
    this.ctx.set({ checked: withChecked(this.ctx.state, change.sheet, { grid: patched, outcome, at: Date.now() }) });
  }

  /** Findings of the selected sheet grouped by severity, then field. */
  groups(sheet?: string): FindingGroups {
    return groupFindings(this.current(sheet)?.outcome.findings ?? []);
  }

  /** Clicking a finding selects its cell. */
  async selectFinding(f: Finding): Promise<string | null> {
    if (f.row === null || f.column === null) return null;
    const address = `${f.column}${f.row}`;
    await this.ctx.guarded(() => this.ctx.host.selectCell(f.sheet, address));
    return address;
  }

  /** 在原表标注 */
  async markInPlace(): Promise<void> {
    const findings = [...this.ctx.state.checked.values()].flatMap((c) => c.outcome.findings);
    const outcome = await this.ctx.guarded(() => this.ctx.host.markFindings(findings));
    if (outcome) this.ctx.say('info', MSG.marked(outcome.cells, outcome.notes), { lastMark: outcome });
  }

  /** 清除标注 */
  async clearMarks(): Promise<void> {
    await this.ctx.guarded(() => this.ctx.host.clearMarks());
    if (this.ctx.state.message) this.ctx.set({ lastMark: null });
    else this.ctx.say('info', MSG.cleared, { lastMark: null });
  }

  /** 写入登记表: the validated register as a table on a new sheet. */
  async writeRegister(): Promise<string | undefined> {
    const register = this.current()?.outcome.register;
    if (!register) {
      this.ctx.say('error', MSG.checkFirst);
      return undefined;
    }
    const name = await this.ctx.guarded(() => this.ctx.host.writeRegisterSheet(register));
    if (name) {
      this.ctx.say('info', MSG.registerWritten(name, this.ctx.host.capabilities));
      await refreshSheets(this.ctx);
    }
    return name;
  }

  /** Stops live checks (pane closing, another file). */
  async stopWatching(): Promise<void> {
    await this.unwatch?.();
    this.unwatch = null;
    this.ctx.set({ watching: false });
  }

  /** (Re)starts live checks on every checked register sheet. */
  private async watch(): Promise<void> {
    if (!this.ctx.host.watchChanges) return;
    await this.unwatch?.();
    const sheets = [...this.ctx.state.checked].filter(([, c]) => c.outcome.register).map(([name]) => name);
    this.unwatch = await this.ctx.host.watchChanges(sheets, (change) => {
      void this.recheckRows(change);
    });
    this.ctx.set({ watching: true });
  }
}

/** Findings by severity (errors first), then by field in order of first appearance. */
function groupFindings(findings: readonly Finding[]): FindingGroups {
  const out: FindingGroups = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    const byField = new Map<string, Finding[]>();
    for (const f of list) {
      const key = f.field ?? '';
      byField.set(key, [...(byField.get(key) ?? []), f]);
    }
    out.push({ severity, count: list.length, fields: [...byField].map(([field, findings]) => ({ field, findings })) });
  }
  return out;
}
