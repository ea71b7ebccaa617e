/** What the pane says when an action fails: a cancel, a user error as it is, or a bug. */
import { isCancelled, isUserError } from '../core/errors';
import { MSG } from './messages';

/** The status-line text for an error thrown by an action. */
export function failureText(e: unknown): string {
  if (isCancelled(e)) return MSG.cancelled;
  if (isUserError(e)) return e.userMessage;
  return MSG.failed((e instanceof Error && e.message) || String(e));
}
