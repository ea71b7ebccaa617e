import { Command } from './types';
import { checkCommand } from './check';
import { deadlineCommand } from './deadline';
import { calendarCommand } from './calendar';
import { reportCommand } from './report';
import { confirmCommand, transferCommand } from './transfer';
import { noticeCommand } from './notice';
import { workbenchCommand } from './workbench';

/** Every `ogi` sub-command, in the order `ogi --help` lists them. Add new commands here. */
export const commands: Command[] = [
  deadlineCommand,
  calendarCommand,
  checkCommand,
  workbenchCommand,
  reportCommand,
  transferCommand,
  confirmCommand,
  noticeCommand,
];
