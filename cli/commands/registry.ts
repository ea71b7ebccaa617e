import { Command } from './types';

/** Every `ogi` sub-command, in the order `ogi --help` lists them. Add new commands here. */
export const commands: Command[] = [];
