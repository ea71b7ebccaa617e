import type { Severity } from '../core/findings';

/** ANSI colours for a terminal; every function returns its text unchanged when colour is off. */
export interface Paint {
  severity(severity: Severity, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const CODES: Record<Severity | 'bold' | 'dim', string> = { error: '31', warning: '33', info: '36', bold: '1', dim: '2' };
const wrap = (code: string, text: string) => `\x1b[${code}m${text}\x1b[0m`;

/** The painter of an output: ANSI codes only when `enabled`. */
export function paint(enabled: boolean): Paint {
  if (!enabled)
    return {
      severity: (_s, text) => text,
      bold: (text) => text,
      dim: (text) => text,
    };
  return {
    severity: (s, text) => wrap(CODES[s], text),
    bold: (text) => wrap(CODES.bold, text),
    dim: (text) => wrap(CODES.dim, text),
  };
}

/** Colour on stdout: only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColour(stdoutIsTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return stdoutIsTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}
