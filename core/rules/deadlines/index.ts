export { replyDeadline, MAX_EXTENSION, DUE_SOON_WORKDAYS, DEFAULT_CORRECTION_DAYS, DEFAULT_FEE_DAYS } from './replyDeadline';
export type {
  Pause,
  PauseKind,
  Consultation,
  PendingState,
  AbandonedState,
  ReplyDeadlineInput,
  DeadlineResult,
  DeadlineProblem,
  ProblemSubject,
} from './replyDeadline';
export { mergePauses } from './pauses';
export { parseIntervals } from './intervals';
export type { IntervalEntry, IntervalParse } from './intervals';
export { regimeFor, REGIME_2008, REGIME_2019, CURRENT_REGULATION_FROM } from './regime';
export type { Regime, RegimeId } from './regime';
export { periodDeadline } from './periodDeadline';
export { explainRange, shortDate } from './explainRange';
export { deadlineMessages, FEE_RULE, FEE_ARTICLES, DELAY_ARTICLE } from './messages';
export { clockInputOf, clockKey, clockOptionsOf } from './fromRecord';
export type { ClockFields, ClockOptions } from './fromRecord';
