/// <reference lib="webworker" />
/**
 * The page's Web Worker: parses and checks files off the main thread so a 100,000-row ledger
 * never freezes the page. One request at a time per message; cancelling = the page terminates us.
 */
import type { WorkerMethods } from './protocol';
import { Session } from './session';
import { messages } from './messages';
import { pageFontSource } from '../pane/fonts';
import { buffersOf } from './transferables';
import { serveRpc } from '../pane/rpc';
import { useChineseZodMessages } from '../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

const session = new Session(pageFontSource());

serveRpc<WorkerMethods>(self, (method, params, progress) => session.handle(method, params, progress), {
  transfer: buffersOf,
  thrownText: (e) => messages.workerFailed(String(e)),
});
