// 信息处理费 (国办函〔2020〕109号): the schedules, the fee of each application of a register, the year's figures.
export { feeByCount, feeByPages } from './schedule';
export type { FeeBand, FeeBasis, FeeComputation } from './schedule';
export { applicationFees, feeBasisOf } from './fromRegister';
export type { ApplicationFee, FeeGap } from './fromRegister';
export { feeSummary } from './summary';
export type { FeeSummary } from './summary';
export { describeFee } from './describe';
