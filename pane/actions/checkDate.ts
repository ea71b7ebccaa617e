/**
 * 按哪一天检查: the one check date of the pane (检查, 期限, 工作台 show it and change it). Changing it
 * re-runs the pipeline on the grids already read, so every finding and deadline is of that day;
 * nothing is read from the workbook again.
 */
import { isCalendarDate, type CalendarDate } from '../../core/dates';
import { MSG } from '../messages';
import { withChecked } from '../state';
import type { PaneContext } from './context';
import { checkAsOf } from './sheets';

/** The check date's actions. */
export class CheckDateActions {
  constructor(private readonly ctx: PaneContext) {}

  /** The day checks, deadlines and documents use. */
  get(): CalendarDate {
    return this.ctx.today();
  }

  /** Today by the pane's clock (回到今天). */
  clock(): CalendarDate {
    return this.ctx.clock();
  }

  /** Checks (and dates documents) by `date` from now on; re-checks what was checked. Bad input is ignored. */
  async set(date: string): Promise<void> {
    if (!isCalendarDate(date) || date === this.ctx.today()) return;
    this.ctx.set({ checkDate: date });
    if (this.ctx.state.checked.size === 0) return;
    await this.ctx.guarded(async () => {
      for (const [sheet, c] of this.ctx.state.checked) {
        const outcome = await checkAsOf(this.ctx, c, date);
        this.ctx.set({ checked: withChecked(this.ctx.state, sheet, { grid: c.grid, outcome, at: Date.now() }) });
      }
      this.ctx.say('info', MSG.checkDateSet(date));
    });
  }

  /** Back to today by the clock. */
  toToday(): Promise<void> {
    return this.set(this.ctx.clock());
  }
}
