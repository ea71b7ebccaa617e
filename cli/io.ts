import { wantsColour } from './colour';

/** Where a command writes: stdout for results (JSON only with --json), stderr for progress and messages. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean;
  /** True when stdout is a terminal and NO_COLOR is unset: results may be coloured. */
  readonly colour?: boolean;
  /** The working directory paths are resolved against. */
  readonly cwd: string;
}

let pipeGuarded = false;
/**
 * `ogi check … | head` closes stdout early: further output is dropped (the command still finishes its
 * files) instead of crashing on EPIPE with a stack.
 */
function guardClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

/** The real process streams. */
export const processIO: CliIO = {
  out: (text) => {
    guardClosedPipe();
    process.stdout.write(text);
  },
  err: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  colour: wantsColour(process.stdout.isTTY, process.env),
  cwd: process.cwd(),
};

/** An in-memory IO for tests. */
export function memoryIO(cwd = process.cwd()): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    cwd,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
