/**
 * Runs the ledger pipeline off the task pane's main thread, so a 100,000-row sheet does not freeze
 * the pane. Built as its own file (`checkWorker.js`) and started on the first check.
 */
import { validateLedger } from '../core/ledger';
import { WorkCalendar } from '../core/calendar';
import type { CheckRequest, CheckResponse } from './checkProtocol';
import { useChineseZodMessages } from '../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(m: CheckResponse): void };

scope.onmessage = (e) => {
  const { id, grid, settings, today, kind } = e.data;
  try {
    const outcome = validateLedger(grid, { settings, today, kind, calendar: WorkCalendar.standard(settings.calendar) });
    scope.postMessage({ id, outcome });
  } catch (err) {
    scope.postMessage({ id, error: (err as Error).message || String(err) });
  }
};
