/** The 期限 view's actions: the open applications of the checked registers, and going to one. */
import { openApplications, type OpenApplication, type OpenApplicationGroups } from '../../core/ledger/openApplications';
import { checkedRegisters } from '../state';
import type { PaneContext } from './context';

/** A row of the 期限 view. */
export type DeadlineItem = OpenApplication;
/** The 期限 view's three lists. */
export type DeadlineGroups = OpenApplicationGroups;

/** Actions of the 期限 view. */
export class DeadlineActions {
  constructor(private readonly ctx: PaneContext) {}

  /** Open applications grouped as overdue, due within 3 working days, in progress. */
  grouped(): DeadlineGroups {
    return openApplications(checkedRegisters(this.ctx.state));
  }

  /** Selects the application's row in the workbook. */
  select(item: DeadlineItem): Promise<void> {
    return this.ctx.host.selectCell(item.sheet, `A${item.row}`);
  }
}
