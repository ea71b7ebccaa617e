import { ApplicationFee } from './fromRegister';
import { FEE_TEXT as T } from './messages';

/**
 * The computation of an application's fee in words, for the 收费通知书 (依据、标准、数额).
 * @example 12th 件 of June 2025 → '按件计收（…第四条…）：您于2025年6月累计提出…第12件。…第11—12件 2件×100元=200元，合计200元；本申请应缴纳…100元。'
 */
export function describeFee(fee: ApplicationFee): string {
  const unit = fee.basis === '按件' ? '件' : '页';
  const bands = fee.computation.bands.map((b) => T.band(b.from, b.to, b.units, unit, b.unitPrice, b.amount)).join('；');
  if (fee.basis === '按量') {
    return T.byPages(fee.computation.units, T.byPagesRule) + (bands ? T.pagesTotal(bands, fee.computation.amount) : T.free);
  }
  const [year, month] = fee.month.split('-').map(Number) as [number, number];
  const head = T.byCount(year, month, fee.position ?? fee.computation.units, T.byCountRule);
  if (!bands) return head + T.free;
  return head + T.countTotal(bands, fee.computation.amount, fee.position ?? fee.computation.units, fee.amount);
}
