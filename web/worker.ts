/// <reference lib="webworker" />
/**
 * The page's Web Worker: parses and checks files off the main thread so a 100,000-row ledger
 * never freezes the page. One request at a time per message; cancelling = the page terminates us.
 */
import type { RequestMessage, ResponseMessage } from './protocol';
import { Session } from './session';
import { messages } from './messages';
import { loadWebFonts } from './fonts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new Session(() => loadWebFonts());

scope.onmessage = async (event: MessageEvent<RequestMessage>) => {
  const { id, method, params } = event.data;
  const post = (m: ResponseMessage, transfer: Transferable[] = []): void => scope.postMessage(m, transfer);
  try {
    const result = await session.handle(method, params, (stage, done, total) =>
      post({ id, type: 'progress', stage, done, total }),
    );
    const transfer = buffersOf(result);
    post({ id, type: 'result', result }, transfer);
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : messages.workerFailed(String(e)) });
  }
};

/** The byte buffers inside a result, moved to the page instead of copied. */
function buffersOf(value: unknown, out: ArrayBuffer[] = [], depth = 0): ArrayBuffer[] {
  // Files sit at most three levels deep ({ files: [{ bytes }] }); grids and models are never walked.
  if (value instanceof Uint8Array) {
    if (value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer);
  } else if (depth < 3 && Array.isArray(value)) {
    for (const v of value) buffersOf(v, out, depth + 1);
  } else if (depth < 3 && value && typeof value === 'object' && !(value instanceof Date) && !('rows' in value)) {
    for (const [k, v] of Object.entries(value)) if (k !== 'model' && k !== 'findings') buffersOf(v, out, depth + 1);
  }
  return out;
}
