/**
 * Runs the ledger pipeline off the task pane's main thread, so a 100,000-row sheet does not freeze
 * the pane. Built as its own file (`checkWorker.js`) and started on the first check.
 */
import { validateLedger } from '../core/ledger';
import { officeCalendar } from '../core/workbook/resolveOffice';
import type { CheckMethods } from './checkProtocol';
import { dispatchTo, serveRpc } from './rpc';
import { useChineseZodMessages } from '../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

serveRpc<CheckMethods>(
  self,
  dispatchTo<CheckMethods>({
    validate: ({ grid, settings, today, kind }) => validateLedger(grid, { settings, today, kind, calendar: officeCalendar(settings) }),
  }),
);
