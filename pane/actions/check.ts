/**
 * The 检查 view's actions: 运行检查 (cancellable), live re-checks of changed rows, the findings
 * list and clicking a finding, marking in place, and writing the register as a table.
 */
import type { Finding } from '../../core/findings';
import { summarise } from '../../core/findings';
import type { AnyRegister } from '../../core/register/types';
import { mergeRecheck, recheckGrids, recheckWidth } from '../../core/ledger/recheck';
import type { SheetChange } from '../host';
import { MSG } from '../messages';
import { checkedRegisters, checkedSheet, withChecked, type CheckedSheet } from '../state';
import type { PaneContext } from './context';
import { checkGrid, isLedgerCandidate, readAndCheck, refreshSheets } from './sheets';
import { findingsModel, stepItem, type FindingItem, type FindingSection, type FindingsModel } from '../findingsModel';
import { FINDINGS_MSG } from '../views/findingsMessages';

/** Findings grouped for display: 期限, errors, warnings, hints, then cells that only want their normal form; each by field. */
export type FindingGroups = FindingSection[];

/** Actions of the 检查 view. */
export class CheckActions {
  private abort: AbortController | null = null;
  private unwatch: (() => Promise<void>) | null = null;
  // The findings model of each check (a check is replaced, never changed, so it keys the cache).
  private readonly models = new WeakMap<CheckedSheet, FindingsModel>();
  /** Key of the item 上一条 / 下一条 last went to. */
  private cursor: string | null = null;

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

  /** Findings of the selected sheet in their sections (期限 first, then errors, warnings, hints, tidier forms). */
  groups(sheet?: string): FindingGroups {
    return this.findings(sheet).sections;
  }

  /** The findings list of a checked sheet: summary counts, sections and the walking order. */
  findings(sheet?: string): FindingsModel {
    const checked = this.current(sheet);
    if (!checked) return findingsModel([]);
    let model = this.models.get(checked);
    if (!model) {
      model = findingsModel(checked.outcome.findings, checked.outcome.register, checked.grid);
      this.models.set(checked, model);
    }
    return model;
  }

  /** The key of the item 上一条 / 下一条 went to last, if it is still listed. */
  currentItem(): FindingItem | undefined {
    return this.cursor === null ? undefined : this.findings().order.find((i) => i.key === this.cursor);
  }

  /** 下一条 (1) or 上一条 (-1): goes to that item of the list and selects its cell. */
  async step(direction: 1 | -1): Promise<FindingItem | undefined> {
    const item = stepItem(this.findings().order, this.currentItem()?.key ?? null, direction);
    if (!item) return undefined;
    this.cursor = item.key;
    this.ctx.set({});
    await this.selectFinding(item);
    return item;
  }

  /** Clicking a finding selects its cell. */
  async selectFinding(f: Pick<Finding, 'sheet' | 'row' | 'column'> & { key?: string }): Promise<string | null> {
    // A clicked item of the list is where 上一条 / 下一条 go on from.
    if (f.key !== undefined) this.cursor = f.key;
    if (f.row === null || f.column === null) return null;
    const address = `${f.column}${f.row}`;
    await this.ctx.guarded(() => this.ctx.host.selectCell(f.sheet, address));
    return address;
  }

  /** 改为 …: writes the item's fix into its one cell (as text), then re-checks that row. */
  async applyFix(item: FindingItem): Promise<boolean> {
    const { fix } = item;
    const write = this.ctx.host.writeCell?.bind(this.ctx.host);
    if (!fix) return false;
    if (!write || this.ctx.host.capabilities.editCells !== true) {
      this.ctx.say('error', FINDINGS_MSG.cannotEdit);
      return false;
    }
    const address = `${fix.column}${fix.row}`;
    const done = await this.ctx.guarded(async () => {
      await write(fix.sheet, address, fix.value);
      // Our own write is not a user edit (the hosts fence it off), so the row is re-checked here.
      await this.recheckRows({ sheet: fix.sheet, rows: [fix.row] });
      return true;
    });
    if (done) this.ctx.say('info', FINDINGS_MSG.fixed(address, fix.value));
    return done === true;
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
    const name = await this.ctx.guarded(() => this.ctx.host.writeRegisterSheet(register, this.ctx.today()));
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
