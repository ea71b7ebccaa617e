import { Command } from './types';
import { checkCommand } from './check';

/** Every `ogi` sub-command, in the order `ogi --help` lists them. Add new commands here. */
export const commands: Command[] = [checkCommand];
