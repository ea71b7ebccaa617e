/// <reference lib="webworker" />
/**
 * The page's Web Worker: parses and checks files off the main thread so a 100,000-row ledger
 * never freezes the page. One request at a time per message; cancelling = the page terminates us.
 */
import type { WorkerMethods } from './protocol';
import { Session } from './session';
import { messages } from './messages';
import { FontChannel, workerFontSource } from './workerFonts';
import { buffersOf } from './transferables';
import { serveRpc } from '../pane/rpc';
import { useChineseZodMessages } from '../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

// Fonts come through the page when this worker was started from a blob (page opened as a file).
const fonts = new FontChannel((message) => self.postMessage(message));
const session = new Session(workerFontSource(fonts, self.location.href));

serveRpc<WorkerMethods>(fonts.wrap(self), (method, params, progress) => session.handle(method, params, progress), {
  transfer: buffersOf,
  thrownText: (e) => messages.workerFailed(String(e)),
});
