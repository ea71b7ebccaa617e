import { answer, RpcClient, WorkerFailedError, type RpcRequest, type RpcDispatch, type WorkerLike } from '../../pane/rpc';
import { CancelledError, UserError } from '../../core/errors';

interface Methods {
  /** Counts to `to`, reporting each step. */
  count: { params: { to: number }; result: number };
  /** Answers with a buffer. */
  bytes: { params: { size: number }; result: Uint8Array };
  /** Fails: as the user's doing, as a bug, or with something that is not an Error. */
  fail: { params: { how: 'user' | 'bug' | 'string' }; result: never };
}

const handle: RpcDispatch<Methods> = async (method, params, onProgress) => {
  if (method === 'count') {
    const { to } = params as Methods['count']['params'];
    for (let i = 1; i <= to; i++) onProgress('计数', i, to);
    return to;
  }
  if (method === 'bytes') return new Uint8Array((params as Methods['bytes']['params']).size);
  const { how } = params as Methods['fail']['params'];
  if (how === 'user') throw new UserError('文件中没有工作表「甲」。');
  if (how === 'bug') throw new TypeError('x is undefined');
  // A library throwing a bare string (the worker must still answer).
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw 'boom';
};

/** A worker answering in-process with `answer`, asynchronously; records what was transferred back. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  transferred: Transferable[] = [];
  postMessage(message: unknown): void {
    setTimeout(() => {
      void answer<Methods>(
        message as RpcRequest<Methods>,
        handle,
        (m, t) => {
          this.transferred.push(...t);
          if (!this.terminated) this.onmessage?.({ data: m } as MessageEvent);
        },
        { transfer: (r) => (r instanceof Uint8Array ? [r.buffer] : []), thrownText: (v) => `后台处理出错：${String(v)}` },
      );
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setUp() {
  const workers: FakeWorker[] = [];
  const client = new RpcClient<Methods>(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    (detail) => `后台处理出错：${detail}`,
  );
  return { client, workers };
}

describe('RpcClient over answer', () => {
  it('resolves with the result and passes progress on', async () => {
    const { client } = setUp();
    const seen: string[] = [];
    expect(await client.call('count', { to: 3 }, { onProgress: (s, d, t) => seen.push(`${s}${d}/${t}`) })).toBe(3);
    expect(seen).toEqual(['计数1/3', '计数2/3', '计数3/3']);
  });

  it('moves the buffers of a result instead of copying them', async () => {
    const { client, workers } = setUp();
    const bytes = await client.call('bytes', { size: 4 });
    expect(bytes).toHaveLength(4);
    expect(workers[0].transferred).toEqual([bytes.buffer]);
  });

  it('keeps a user error a UserError, and a bug a plain Error', async () => {
    const { client } = setUp();
    const user = client.call('fail', { how: 'user' });
    await expect(user).rejects.toBeInstanceOf(UserError);
    await expect(user).rejects.toThrow('文件中没有工作表「甲」。');
    const bug = await client.call('fail', { how: 'bug' }).catch((e: unknown) => e);
    expect(bug).toBeInstanceOf(Error);
    expect(bug).not.toBeInstanceOf(UserError);
    expect((bug as Error).message).toBe('x is undefined');
    await expect(client.call('fail', { how: 'string' })).rejects.toThrow('后台处理出错：boom');
  });

  it('cancel rejects every pending call with CancelledError, and the next call gets a fresh worker', async () => {
    const { client, workers } = setUp();
    const idle = jest.fn();
    client.onIdle = idle;
    const a = client.call('count', { to: 1 });
    const b = client.call('count', { to: 2 });
    expect(client.busy).toBe(true);
    client.cancel();
    await expect(a).rejects.toBeInstanceOf(CancelledError);
    await expect(b).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0].terminated).toBe(true);
    expect(client.generation).toBe(1);
    expect(await client.call('count', { to: 2 })).toBe(2);
    expect(workers).toHaveLength(2);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('a worker that fails rejects what is pending with WorkerFailedError and the page’s message', async () => {
    const { client, workers } = setUp();
    const pending = client.call('count', { to: 1 });
    workers[0].onerror?.({ message: 'SyntaxError', preventDefault: () => undefined } as ErrorEvent);
    await expect(pending).rejects.toBeInstanceOf(WorkerFailedError);
    await expect(pending).rejects.toThrow('后台处理出错：SyntaxError');
    expect(workers[0].terminated).toBe(true);
    expect(client.generation).toBe(1);
  });
});
