import { CliIO } from '../io';

/** One `ogi` sub-command. `run` returns the exit code; it throws UsageError for exit 2. */
export interface Command {
  name: string;
  /** One line for the command list (Chinese). */
  summary: string;
  /** Full help text: Chinese description with the English flag names. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}
