import { pageWorkerFactory, workerStart, type RawWorker, type WorkerStarter } from '../../web/pageWorker';
import { WorkerClient, CancelledError } from '../../web/workerClient';
import { fileMessages } from '../../web/fileMessages';
import type { FontRequest } from '../../web/fontChannel';
import { InProcessWorker } from './inProcessWorker';
import { messyWorkbookBytes } from './messyWorkbook';

jest.setTimeout(30_000);

/** A worker that records what it is sent and can send messages back. */
class FakeWorker implements RawWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor(readonly url: string) {}
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function starter(overrides: Partial<WorkerStarter> = {}) {
  const workers: FakeWorker[] = [];
  const fontRequests: FontRequest[] = [];
  const s: WorkerStarter = {
    worker: (url) => {
      const w = new FakeWorker(url);
      workers.push(w);
      return w;
    },
    source: jest.fn(async () => 'self.onmessage = () => {}'),
    blobUrl: jest.fn(() => 'blob:null/1'),
    fonts: async (request) => {
      fontRequests.push(request);
      return { reply: { ogiFont: request.ogiFont, seq: request.seq, regular: 'AA==', bold: 'AA==' }, transfer: [] };
    },
    ...overrides,
  };
  return { s, workers, fontRequests };
}

describe('how the page starts its worker', () => {
  it('by URL when served, from a blob when opened as a file', () => {
    expect(workerStart('http:')).toBe('url');
    expect(workerStart('https:')).toBe('url');
    expect(workerStart('file:')).toBe('blob');
  });

  it('served over http: worker.js by URL, no worker-source.js', async () => {
    const { s, workers } = starter();
    const w = pageWorkerFactory('http:', 'http://127.0.0.1/worker.js', s)();
    w.postMessage({ id: 1 }, []);
    await settle();
    expect(workers.map((x) => x.url)).toEqual(['http://127.0.0.1/worker.js']);
    expect(workers[0]!.sent).toEqual([{ id: 1 }]);
    expect(s.source).not.toHaveBeenCalled();
  });

  it('opened as a file: worker-source.js from a blob, messages sent before it started arrive in order', async () => {
    const { s, workers } = starter();
    const w = pageWorkerFactory('file:', 'file:///x/worker.js', s)();
    w.postMessage({ id: 1 }, []);
    w.postMessage({ id: 2 }, []);
    expect(workers).toHaveLength(0);
    await settle();
    expect(workers.map((x) => x.url)).toEqual(['blob:null/1']);
    expect(workers[0]!.sent).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('falls back to the blob when the browser throws on a worker by URL', async () => {
    const { s, workers } = starter({
      worker: (url) => {
        if (!url.startsWith('blob:')) throw new Error('SecurityError');
        const w = new FakeWorker(url);
        workers.push(w);
        return w;
      },
    });
    pageWorkerFactory('http:', 'http://intranet/worker.js', s)();
    await settle();
    expect(workers.map((x) => x.url)).toEqual(['blob:null/1']);
  });

  it('answers the worker’s font requests itself; the RPC sees only its own messages', async () => {
    const { s, workers, fontRequests } = starter();
    const w = pageWorkerFactory('file:', 'file:///x/worker.js', s)();
    const seen: unknown[] = [];
    w.onmessage = (e) => seen.push(e.data);
    await settle();
    workers[0]!.emit({ ogiFont: 'bundled', seq: 7 });
    workers[0]!.emit({ id: 1, type: 'result', result: 3 });
    await settle();
    expect(fontRequests).toEqual([{ ogiFont: 'bundled', seq: 7 }]);
    expect(seen).toEqual([{ id: 1, type: 'result', result: 3 }]);
    expect(workers[0]!.sent).toEqual([{ ogiFont: 'bundled', seq: 7, regular: 'AA==', bold: 'AA==' }]);
  });

  it('a missing font script reaches the worker as an error reply, in Chinese', async () => {
    const { s, workers } = starter({ fonts: async () => Promise.reject(new Error(fileMessages.fontScriptMissing('fonts/a.js'))) });
    pageWorkerFactory('file:', 'file:///x/worker.js', s)();
    await settle();
    workers[0]!.emit({ ogiFont: 'bundled', seq: 1 });
    await settle();
    expect(workers[0]!.sent).toEqual([
      { ogiFont: 'bundled', seq: 1, error: '字体文件 fonts/a.js 无法载入。请确认 fonts 文件夹与页面一起复制。' },
    ]);
  });

  it('cancelled before the blob worker started: it is stopped on arrival and gets nothing', async () => {
    const { s, workers } = starter();
    const w = pageWorkerFactory('file:', 'file:///x/worker.js', s)();
    w.postMessage({ id: 1 }, []);
    w.terminate();
    await settle();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[0]!.sent).toEqual([]);
  });
});

describe('what the page says when a browser refuses (through WorkerClient)', () => {
  it('worker-source.js missing: 后台处理出错 with what to copy', async () => {
    const { s } = starter({ source: async () => Promise.reject(new Error('worker-source.js')) });
    const client = new WorkerClient(pageWorkerFactory('file:', 'file:///x/worker.js', s));
    await expect(client.call('readSettingsSheet', {})).rejects.toThrow(`后台处理出错：${fileMessages.workerSourceMissing}`);
  });

  it('a browser that refuses blob workers on file://: names it and says which browsers work', async () => {
    const { s } = starter({
      worker: () => {
        throw new Error('SecurityError: blob workers are not allowed');
      },
    });
    const client = new WorkerClient(pageWorkerFactory('file:', 'file:///x/worker.js', s));
    await expect(client.call('readSettingsSheet', {})).rejects.toThrow(
      '后台处理出错：此浏览器不允许直接从文件夹打开的页面（file://）启动后台处理（SecurityError: blob workers are not allowed）。请用 Chrome、Edge 或 360、QQ 等 Chromium 内核的浏览器打开，或把 dist/web 放到单位内网的网站服务器上访问。',
    );
  });

  it('opened as a file, a real session opens a workbook, and after a cancel a fresh blob worker answers', async () => {
    const started: InProcessWorker[] = [];
    const { s } = starter({
      worker: () => {
        const w = new InProcessWorker();
        started.push(w);
        return w;
      },
    });
    const client = new WorkerClient(pageWorkerFactory('file:', 'file:///x/worker.js', s));
    const bytes = await messyWorkbookBytes();
    const first = client.call('open', { fileName: 'messy.xlsx', bytes: bytes.slice().buffer });
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    const opened = await client.call('open', { fileName: 'messy.xlsx', bytes: bytes.slice().buffer });
    expect(opened.sheets.length).toBeGreaterThan(0);
    expect(started).toHaveLength(2);
    expect(started[0]!.terminated).toBe(true);
  });
});
