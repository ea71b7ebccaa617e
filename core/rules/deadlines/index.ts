export { replyDeadline, mergePauses, MAX_EXTENSION, DUE_SOON_WORKDAYS } from './replyDeadline';
export type { Pause, PendingState, ReplyDeadlineInput, DeadlineResult, DeadlineProblem } from './replyDeadline';
export { periodDeadline } from './periodDeadline';
export { explainRange, shortDate } from './explainRange';
export { deadlineMessages } from './messages';
