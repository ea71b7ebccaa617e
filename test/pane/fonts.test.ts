/** The page's font loader: fetched from the page's own origin once, then served from memory. */

/** A fresh copy of the module (its in-memory cache is per page). */
function fontsModule(): typeof import('../../pane/fonts') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../pane/fonts') as typeof import('../../pane/fonts');
}
describe('loadPageFonts', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('fetches both font files from the page’s own fonts/ folder once per page', async () => {
    const urls: string[] = [];
    globalThis.fetch = (async (url: string) => {
      urls.push(url);
      return new Response(new Uint8Array([url.includes('Bold') ? 2 : 1]));
    }) as typeof fetch;
    await jest.isolateModulesAsync(async () => {
      const { loadPageFonts } = fontsModule();
      const fonts = await loadPageFonts('http://127.0.0.1:8090/sub/worker.js');
      expect([...fonts.regular.bytes, ...fonts.bold.bytes]).toEqual([1, 2]);
      await loadPageFonts('http://127.0.0.1:8090/sub/worker.js');
    });
    expect(urls.sort()).toEqual([
      'http://127.0.0.1:8090/sub/fonts/NotoSerifSC-Bold.ttf',
      'http://127.0.0.1:8090/sub/fonts/NotoSerifSC-Regular.ttf',
    ]);
  });

  it('says in Chinese that the fonts folder is missing, and tries again next time', async () => {
    let calls = 0;
    globalThis.fetch = (async () => {
      calls++;
      return new Response('no', { status: calls <= 2 ? 404 : 200 });
    }) as typeof fetch;
    await jest.isolateModulesAsync(async () => {
      const { loadPageFonts } = fontsModule();
      await expect(loadPageFonts('http://127.0.0.1/')).rejects.toThrow(/fonts 文件夹/);
      await expect(loadPageFonts('http://127.0.0.1/')).resolves.toHaveProperty('regular');
    });
  });
});
