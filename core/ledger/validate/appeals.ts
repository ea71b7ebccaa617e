import { AppealRecord } from '../../register/types';
import { SheetContext } from '../context';
import { messages } from '../messages';
import { RowRead } from '../readRow';

/** Appeal checks: a closed case needs its result, and a pending one no closing date. Returns the record as an appeal. */
export function checkAppeal(ctx: SheetContext, read: RowRead): AppealRecord {
  const { record, invalid } = read;
  const row = record.source.row;
  if (record.closedDate === undefined || invalid?.has('result')) return record;
  if (record.result === undefined && ctx.has('result')) {
    ctx.add(row, 'result', 'warning', 'appeal.result.missing', messages.appealResultMissing(record.closedDate));
  } else if (record.result === '尚未审结') {
    ctx.add(row, 'result', 'warning', 'appeal.result.pendingButClosed', messages.appealPendingButClosed(record.closedDate));
  }
  return record;
}
