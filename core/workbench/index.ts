export { workbench, COUNTER_IDS } from './model';
export type { Workbench, WorkbenchRow, WorkbenchInput, CounterId, ActionKind } from './model';
export { workbenchMessages } from './messages';
