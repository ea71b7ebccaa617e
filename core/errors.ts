/**
 * The two kinds of failure that are not bugs: the user cancelled, or the input cannot be used
 * (a Chinese message that says what to do). Every face shows these as they are; anything else is
 * a bug and is shown as one.
 */

/** An expected failure whose message is Chinese, written for the user (bad input, a missing sheet, a blocked document). */
export class UserError extends Error {
  /** The text to show the user, as it is. */
  get userMessage(): string {
    return this.message;
  }
}

/** The user cancelled (a long read, a worker job); shown as 已取消。 */
export class CancelledError extends Error {
  constructor() {
    super('已取消。');
    this.name = 'CancelledError';
  }
}

/** True for a cancel: ours, or a DOM abort (`AbortSignal`'s reason, a cancelled fetch). */
export function isCancelled(e: unknown): boolean {
  if (e instanceof CancelledError) return true;
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  return name === 'CancelledError' || name === 'AbortError';
}

/** True for an expected failure with a Chinese message for the user. */
export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
