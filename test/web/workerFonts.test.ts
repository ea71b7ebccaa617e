import { FontChannel, workerFontSource } from '../../web/workerFonts';
import type { FontReply, FontRequest } from '../../web/fontChannel';
import type { WorkerScope } from '../../pane/rpc';

/** A page that answers the channel's requests with `answer`. */
function pageAnswering(answer: (r: FontRequest) => Omit<FontReply, 'seq' | 'ogiFont'>) {
  const asked: FontRequest[] = [];
  const channel: FontChannel = new FontChannel((m) => {
    const request = m as FontRequest;
    asked.push(request);
    setTimeout(() => channel.receive({ ogiFont: request.ogiFont, seq: request.seq, ...answer(request) }), 0);
  });
  return { channel, asked };
}

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');

describe('the worker’s fonts', () => {
  it('started from a blob (page opened as a file): Noto Serif SC from the page’s font scripts, never fetched', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const { channel, asked } = pageAnswering((r) => (r.ogiFont === 'bundled' ? { regular: b64([1, 2]), bold: b64([3]) } : {}));
    const fonts = await workerFontSource(channel, 'blob:null/abc').load();
    expect([...fonts.regular.bytes]).toEqual([1, 2]);
    expect([...fonts.bold.bytes]).toEqual([3]);
    expect(await fonts.official?.()).toBeUndefined();
    expect(asked.map((a) => a.ogiFont).sort()).toEqual(['bundled', 'official']);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('the 公文 fonts the page found, for notices', async () => {
    const body = { bytes: new Uint8Array([9]) };
    const { channel } = pageAnswering((r) =>
      r.ogiFont === 'bundled' ? { regular: b64([1]), bold: b64([1]) } : { body, label: '仿宋_GB2312' },
    );
    const fonts = await workerFontSource(channel, 'blob:null/abc').load();
    expect(await fonts.official?.()).toEqual({ body, label: '仿宋_GB2312' });
  });

  it('a font script the page could not load: its Chinese message', async () => {
    const { channel } = pageAnswering(() => ({ error: '字体文件 fonts/NotoSerifSC-Bold.ttf.js 无法载入。' }));
    await expect(workerFontSource(channel, 'blob:null/abc').load()).rejects.toThrow('字体文件 fonts/NotoSerifSC-Bold.ttf.js 无法载入。');
  });

  it('served over http but the fetch fails: the page’s font scripts instead', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
    const { channel, asked } = pageAnswering((r) => (r.ogiFont === 'bundled' ? { regular: b64([5]), bold: b64([6]) } : {}));
    const fonts = await workerFontSource(channel, 'http://intranet/ogi/worker.js').load();
    expect(fetchSpy).toHaveBeenCalledWith('http://intranet/ogi/fonts/NotoSerifSC-Regular.ttf');
    expect([...fonts.regular.bytes]).toEqual([5]);
    expect(asked.some((a) => a.ogiFont === 'bundled')).toBe(true);
    fetchSpy.mockRestore();
  });

  it('the page’s font replies never reach the worker’s RPC', () => {
    const scope: WorkerScope = { onmessage: null, postMessage: () => undefined };
    const channel = new FontChannel(() => undefined);
    const got = jest.fn();
    const replies = jest.spyOn(channel, 'receive');
    channel.wrap(scope).onmessage = got;
    scope.onmessage?.({ data: { ogiFont: 'official', seq: 1 } } as MessageEvent);
    scope.onmessage?.({ data: { id: 1, method: 'open' } } as MessageEvent);
    expect(replies).toHaveBeenCalledWith({ ogiFont: 'official', seq: 1 });
    expect(got).toHaveBeenCalledTimes(1);
    expect(got.mock.calls[0][0].data).toEqual({ id: 1, method: 'open' });
  });
});
