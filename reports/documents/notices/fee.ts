import { ApplicationRecord } from '../../../core/register/types';
import { ApplicationFee, applicationFees, FeeGap } from '../../../core/rules/fees';

/**
 * The 109号文 fee of one application, counted against the register it belongs to (按件 needs the
 * applicant's other applications of the month); without a register it stands alone.
 */
export function feeOf(app: ApplicationRecord, register: readonly ApplicationRecord[] | undefined): ApplicationFee | FeeGap {
  const all = register?.includes(app) ? register : [...(register ?? []), app];
  return applicationFees(all).get(app) ?? 'noReceivedDate';
}
