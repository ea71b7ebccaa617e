import { localOfficialFonts, officialLabel, pickOfficialFonts, type LocalFont } from '../../web/localFonts';

function font(postscriptName: string, fullName: string, family: string, style = 'Regular', bytes = [1, 2, 3]): LocalFont {
  return { postscriptName, fullName, family, style, blob: async () => new Blob([new Uint8Array(bytes)]) };
}

const FANGSONG_GB2312 = font('FangSong_GB2312', '仿宋_GB2312', '仿宋_GB2312');
const FANGSONG = font('FangSong', '仿宋', '仿宋');
const XIAOBIAOSONG = font('FZXBSJW--GB1-0', '方正小标宋简体', '方正小标宋简体');
const SIMSUN = font('SimSun', '宋体', '宋体');

describe('choosing the office’s 公文 fonts among the installed ones', () => {
  it('takes 仿宋_GB2312 over Windows’ 仿宋, and 方正小标宋 for titles', () => {
    const picked = pickOfficialFonts([SIMSUN, FANGSONG, XIAOBIAOSONG, FANGSONG_GB2312]);
    expect(picked?.body.postscriptName).toBe('FangSong_GB2312');
    expect(picked?.title?.postscriptName).toBe('FZXBSJW--GB1-0');
    expect(officialLabel(picked!)).toBe('仿宋_GB2312、方正小标宋简体');
  });

  it('uses Windows’ 仿宋 (simfang) when there is no GB2312 one; no title font without 小标宋', () => {
    const picked = pickOfficialFonts([SIMSUN, FANGSONG]);
    expect(picked).toEqual({ body: FANGSONG });
    expect(officialLabel(picked!)).toBe('仿宋');
  });

  it('matches English family names and the FZXiaoBiaoSong release, ignoring case', () => {
    const picked = pickOfficialFonts([
      font('fangsong_gb2312', 'FangSong_GB2312', 'FangSong_GB2312'),
      font('FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05S'),
    ]);
    expect(picked?.body.family).toBe('FangSong_GB2312');
    expect(picked?.title?.postscriptName).toBe('FZXiaoBiaoSong-B05S');
  });

  it('takes the regular face of a family that also has a bold one', () => {
    const bold = font('FangSong-Bold', '仿宋 Bold', '仿宋', 'Bold');
    expect(pickOfficialFonts([bold, FANGSONG])?.body).toBe(FANGSONG);
  });

  it('no 仿宋: none (notices keep Noto Serif SC), even with 方正小标宋 installed', () => {
    expect(pickOfficialFonts([SIMSUN, XIAOBIAOSONG])).toBeUndefined();
    expect(pickOfficialFonts([])).toBeUndefined();
  });
});

describe('asking the browser (window.queryLocalFonts)', () => {
  const g = globalThis as unknown as { queryLocalFonts?: unknown; navigator?: unknown };
  const saved = { query: g.queryLocalFonts, navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator') };
  afterEach(() => {
    g.queryLocalFonts = saved.query;
    if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator);
    else delete g.navigator;
  });
  function browser(state: PermissionState, active: boolean, fonts: LocalFont[]) {
    const query = jest.fn(async () => fonts);
    g.queryLocalFonts = query;
    Object.defineProperty(globalThis, 'navigator', {
      configurable: true,
      value: { permissions: { query: async () => ({ state }) }, userActivation: { isActive: active } },
    });
    return query;
  }

  it('without the API (Firefox, Safari, old Chromium): none', async () => {
    delete g.queryLocalFonts;
    expect(await localOfficialFonts()).toBeUndefined();
  });

  it('granted: the faces’ bytes and their names', async () => {
    browser('granted', false, [font('FangSong', '仿宋', '仿宋', 'Regular', [7, 8]), XIAOBIAOSONG]);
    const found = await localOfficialFonts();
    expect(found?.label).toBe('仿宋、方正小标宋简体');
    expect([...found!.body.bytes]).toEqual([7, 8]);
    expect(found?.body.postscriptName).toBeUndefined();
    expect([...found!.title!.bytes]).toEqual([1, 2, 3]);
  });

  it('a TrueType collection keeps the face’s PostScript name', async () => {
    browser('granted', false, [font('FangSong', '仿宋', '仿宋', 'Regular', [0x74, 0x74, 0x63, 0x66, 0])]);
    expect((await localOfficialFonts())?.body.postscriptName).toBe('FangSong');
  });

  it('refused, or not askable without a click: none, and the browser is not asked', async () => {
    const denied = browser('denied', true, [FANGSONG]);
    expect(await localOfficialFonts()).toBeUndefined();
    expect(denied).not.toHaveBeenCalled();
    const noClick = browser('prompt', false, [FANGSONG]);
    expect(await localOfficialFonts()).toBeUndefined();
    expect(noClick).not.toHaveBeenCalled();
  });

  it('the user says no (NotAllowedError): none', async () => {
    const query = browser('prompt', true, []);
    query.mockRejectedValueOnce(new Error('NotAllowedError'));
    expect(await localOfficialFonts()).toBeUndefined();
    expect(query).toHaveBeenCalledTimes(1);
  });
});
