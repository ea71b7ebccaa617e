/** The pane's 工作台 without DOM: the model of the checked registers on a day, and the document each action prints. */
import type { CalendarDate } from '../core/dates';
import { presetOrNational } from '../core/presets';
import { officeCalendar } from '../core/workbook/resolveOffice';
import { workbench, type ActionKind, type Workbench, type WorkbenchRow } from '../core/workbench';
import type { NoticeKind } from '../reports/documents/notices/kinds';
import type { PrintJob } from './jobs';
import { checkedRegisters, type PaneState } from './state';

/** The notice each 工作台 action produces ('reply': the 答复书 of the row's 答复类型). */
export const ACTION_NOTICE: Readonly<Record<ActionKind, NoticeKind | 'reply'>> = {
  reply: 'reply',
  extension: 'extension',
  correction: 'correction',
  consult: 'consult',
};

/** The 工作台 of every checked register on `today`, with the office's calendar, preset and settings. */
export function paneWorkbench(state: PaneState, today: CalendarDate): Workbench {
  const { settings } = state;
  const { preset } = presetOrNational(settings.preset);
  return workbench({ registers: checkedRegisters(state), today, calendar: officeCalendar(settings), preset, settings });
}

/** What a row's action needs from the pane: the 表单 view's notice job. */
export interface NoticeJobs {
  noticeJob(kind: NoticeKind | 'reply', at?: { sheet: string; row: number }, draft?: boolean): Promise<PrintJob | null>;
}

/** The print job of one row's action: that row's document, through the same notice job as the 表单 view. */
export function rowJob(
  forms: NoticeJobs,
  row: Pick<WorkbenchRow, 'sheet' | 'row'>,
  action: ActionKind,
  draft = false,
): Promise<PrintJob | null> {
  return forms.noticeJob(ACTION_NOTICE[action], { sheet: row.sheet, row: row.row }, draft);
}
