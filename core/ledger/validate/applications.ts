import { checkCreditCode, checkResidentId } from '../../rules/identifiers';
import { lawfulGround } from '../normalise/grounds';
import { ApplicationComputed, ApplicationRecord } from '../../register/types';
import { SheetContext } from '../context';
import { messages } from '../messages';
import { RowRead } from '../readRow';
import { checkApplicationDeadlines } from './applicationDeadlines';

// 17 digits and a check digit: a resident ID whatever the 证件类型 column says.
const RESIDENT_SHAPE = /^\d{17}[\dX]$/;
const RESIDENT_LEGACY = /^\d{15}$/;
const CREDIT_SHAPE = /^[0-9A-Z]{18}$/;

/** Application checks: result type once replied, ID checksums, every deadline of the preset; gives the record with its computed values. */
export function checkApplication(ctx: SheetContext, read: RowRead): ApplicationRecord {
  const { record: r, invalid } = read;
  const row = r.source.row;

  if (r.replyDate !== undefined && r.resultType === undefined && ctx.has('resultType') && !invalid?.has('resultType')) {
    ctx.add(row, 'resultType', 'error', 'field.required', messages.requiredResultType(r.replyDate));
  }
  if (r.resultType !== undefined && r.replyDate === undefined && ctx.has('replyDate') && !invalid?.has('replyDate')) {
    ctx.add(row, 'replyDate', 'warning', 'result.noReplyDate', messages.resultWithoutReply(r.resultType));
  }
  if (r.resultType !== undefined) checkOutcome(ctx, row, r);
  if (r.idNumber && !invalid?.has('idNumber')) checkId(ctx, row, r.idNumber, r.idType ?? '');

  const computed: ApplicationComputed = {};
  const record: ApplicationRecord = Object.assign(r, { computed });
  if (r.receivedDate !== undefined) checkApplicationDeadlines(ctx, row, r, r.receivedDate, computed);
  return record;
}

/**
 * The reason of an answer: 不予公开 and the withheld part of 部分公开 need a lawful ground (条例第十四、十五、
 * 十六条, 第三十六条; 第三十七条 for the part), every other outcome a reason that names its table 三 row.
 */
function checkOutcome(ctx: SheetContext, row: number, r: Pick<ApplicationRecord, 'resultType' | 'resultRow' | 'resultReason'>): void {
  const field = ctx.has('resultReason') ? 'resultReason' : 'resultType';
  const type = r.resultType;
  const reason = r.resultReason?.trim() ?? '';
  if (type === '部分公开' || (type === '不予公开' && reason !== '')) {
    if (reason === '') {
      ctx.add(row, field, 'error', 'result.partial.noReason', messages.partialNoReason);
      return;
    }
    const g = lawfulGround(reason, 'answer', type === '不予公开' ? { outcome: '不予公开' } : {});
    if (!g.ok) {
      ctx.add(row, field, 'error', 'result.ground.unlawful', messages.groundUnlawful(type, g.message));
      return;
    }
    if (type === '不予公开' && r.resultRow === undefined) {
      ctx.add(row, field, 'error', 'result.reason.missing', messages.groundRowUnclear(reason, g.article));
    }
    return;
  }
  if (type !== undefined && r.resultRow === undefined) {
    ctx.add(row, field, 'error', 'result.reason.missing', messages.resultReasonMissing(type, reason));
  }
}

function checkId(ctx: SheetContext, row: number, id: string, idType: string): void {
  const typeSaysResident = /身份证/.test(idType);
  const typeSaysCredit = /信用代码|营业执照|组织机构/.test(idType);
  // 护照, 港澳台通行证 …: no national checksum to apply.
  if (idType.trim() !== '' && !typeSaysResident && !typeSaysCredit) return;
  if (typeSaysResident || (!typeSaysCredit && (RESIDENT_SHAPE.test(id) || RESIDENT_LEGACY.test(id)))) {
    const res = checkResidentId(id, { today: ctx.today });
    if (!res.ok) ctx.add(row, 'idNumber', 'warning', 'id.resident.checksum', messages.residentId(id, res.reason ?? ''));
  } else if (typeSaysCredit || CREDIT_SHAPE.test(id)) {
    const res = checkCreditCode(id);
    if (!res.ok) ctx.add(row, 'idNumber', 'warning', 'id.creditCode.checksum', messages.creditCode(id, res.reason ?? ''));
  }
}
