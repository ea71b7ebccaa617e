/// <reference lib="webworker" />
/**
 * The page's Web Worker: parses and checks files off the main thread so a 100,000-row ledger
 * never freezes the page. One request at a time per message; cancelling = the page terminates us.
 */
import type { RequestMessage, ResponseMessage } from './protocol';
import { Session } from './session';
import { messages } from './messages';
import { pageFontSource } from '../pane/fonts';
import { buffersOf } from './transferables';
import { useChineseZodMessages } from '../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new Session(pageFontSource());

scope.onmessage = async (event: MessageEvent<RequestMessage>) => {
  const { id, method, params } = event.data;
  const post = (m: ResponseMessage, transfer: Transferable[] = []): void => scope.postMessage(m, transfer);
  try {
    const result = await session.handle(method, params, (stage, done, total) => post({ id, type: 'progress', stage, done, total }));
    const transfer = buffersOf(result);
    post({ id, type: 'result', result }, transfer);
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : messages.workerFailed(String(e)) });
  }
};
