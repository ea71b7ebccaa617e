import { fromExcelSerial, parseCalendarDate } from '../../../core/dates';

// The exact answer for each input: the date with how it was recognised, or the whole Chinese reason.
const read = (value: unknown, dateSystem?: '1900' | '1904') => parseCalendarDate(value, { dateSystem });

describe('parseCalendarDate says how it read a date', () => {
  it.each([
    ['2025-03-05', 'iso'],
    ['2025-3-05', 'text'],
    ['2025-03-5', 'text'],
    ['2025/03/05', 'text'],
    ['2025.03.05', 'text'],
    ['2025年3月5日', 'text'],
    ['20250305', 'compact'],
    ['二〇二五年三月五日', 'chinese-numerals'],
  ])('%s → %s', (text, source) => {
    expect(read(text)).toEqual({ ok: true, date: '2025-03-05', source });
  });

  it('a number is an excel-serial, five-digit text an excel-serial-text, a Date a js-date', () => {
    expect(read(45721)).toEqual({ ok: true, date: '2025-03-05', source: 'excel-serial' });
    expect(read('45721')).toEqual({ ok: true, date: '2025-03-05', source: 'excel-serial-text' });
    expect(read('45721.5')).toEqual({ ok: true, date: '2025-03-05', source: 'excel-serial-text' });
    expect(read(new Date(Date.UTC(2025, 2, 5)))).toEqual({ ok: true, date: '2025-03-05', source: 'js-date' });
  });
});

describe('parseCalendarDate drops a time of day, a zone and a weekday after the date', () => {
  it.each([
    '2025-03-05T14:30:00+08:00',
    '2025-03-05T14:30:00.123+0800',
    '2025-03-05 14:30:00-05:00',
    '2025-03-05T14:30Z',
    '2025-03-05 2:30 PM',
    '2025-03-05 9:05 am',
    '2025-03-05 14时30分',
    '2025-03-05 14点30分05秒',
    '2025年3月5日14:30',
    '2025年3月5日上午',
    '2025年3月5日（星期三）',
    '2025-03-05 周三',
    '2025-03-05 (Wed)',
    '2025-03-05（礼拜三）',
    '2025年3月5日 下午3:30（周三）',
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ ok: true, date: '2025-03-05' });
  });

  it('but not digits glued to the date (a zone needs its sign, a time its separator)', () => {
    expect(read('2025-03-05 0800').ok).toBe(false);
    expect(read('2025-03-0514:30').ok).toBe(false);
  });
});

describe('parseCalendarDate gives the whole reason', () => {
  it.each([
    [null, '日期为空'],
    [undefined, '日期为空'],
    ['   ', '日期为空'],
    [true, '无法识别的日期值（类型 boolean）'],
    [Number.NaN, '日期序号不是有效数字'],
    [Number.POSITIVE_INFINITY, '日期序号不是有效数字'],
    [new Date(Number.NaN), '无效的日期对象'],
    [new Date(Date.UTC(10000, 0, 1)), '日期超出可处理的范围（1000–9999 年）'],
    ['2025年3月', '“2025年3月”只有年月，缺少日'],
    ['2025-03', '“2025-03”只有年月，缺少日'],
    ['05/03/2025', '“05/03/2025”的日、月顺序不明确，请写成 YYYY-MM-DD'],
    ['25-3-5', '“25-3-5”的年份只有两位，无法确定世纪，请写四位年份'],
    ['25年3月5日', '“25年3月5日”的年份只有两位，无法确定世纪，请写四位年份'],
    ['2025-3/5', '“2025-3/5”混用了不同的分隔符，请写成 YYYY-MM-DD'],
    ['2025-02-30', '“2025-02-30”不是真实存在的日期'],
    [' 二〇二五年二月三十日 ', '“二〇二五年二月三十日”不是真实存在的日期'],
    ['二〇二五年十三十月五日', '无法识别的日期“二〇二五年十三十月五日”，请写成 YYYY-MM-DD'],
    ['二〇二五年四十月五日', '无法识别的日期“二〇二五年四十月五日”，请写成 YYYY-MM-DD'],
    ['下周三', '无法识别的日期“下周三”，请写成 YYYY-MM-DD'],
    ['明天', '无法识别的日期“明天”，请写成 YYYY-MM-DD'],
  ])('%p → %s', (value, reason) => {
    expect(read(value)).toEqual({ ok: false, reason });
  });
});

describe('Excel serials at the edges of both date systems', () => {
  it('1900 system: 1 is 1900-01-01, 59 is 1900-02-28, 60 never existed, 61 is 1900-03-01, 2958465 is 9999-12-31', () => {
    expect(fromExcelSerial(1)).toMatchObject({ ok: true, date: '1900-01-01' });
    expect(fromExcelSerial(59)).toMatchObject({ ok: true, date: '1900-02-28' });
    expect(fromExcelSerial(60)).toEqual({ ok: false, reason: 'Excel 序号 60 对应不存在的 1900-02-29' });
    expect(fromExcelSerial(61)).toMatchObject({ ok: true, date: '1900-03-01' });
    expect(fromExcelSerial(2_958_465)).toMatchObject({ ok: true, date: '9999-12-31' });
    expect(fromExcelSerial(2_958_465.99)).toMatchObject({ ok: true, date: '9999-12-31' });
    expect(fromExcelSerial(2_958_466)).toEqual({ ok: false, reason: '日期序号 2958466 超出 Excel 日期范围' });
    expect(fromExcelSerial(0)).toEqual({ ok: false, reason: '日期序号 0 超出 Excel 日期范围' });
    expect(fromExcelSerial(0.5)).toEqual({ ok: false, reason: '日期序号 0.5 超出 Excel 日期范围' });
  });

  it('1904 system: 0 is 1904-01-01, 2957003 is 9999-12-31, one past either end is refused', () => {
    expect(fromExcelSerial(0, '1904')).toMatchObject({ ok: true, date: '1904-01-01' });
    expect(fromExcelSerial(2_957_003, '1904')).toMatchObject({ ok: true, date: '9999-12-31' });
    expect(fromExcelSerial(-1, '1904')).toEqual({ ok: false, reason: '日期序号 -1 超出 Excel 日期范围' });
    expect(fromExcelSerial(2_957_004, '1904')).toEqual({ ok: false, reason: '日期序号 2957004 超出 Excel 日期范围' });
  });

  it('a source passed in is kept', () => {
    expect(fromExcelSerial(45721, '1900', 'excel-serial-text')).toEqual({ ok: true, date: '2025-03-05', source: 'excel-serial-text' });
    expect(fromExcelSerial(44259, '1904')).toEqual({ ok: true, date: '2025-03-05', source: 'excel-serial' });
  });
});

describe('parseCalendarDate reads the whole text, never a date inside other text', () => {
  it.each([
    'x2025-03-05',
    '2025-03-05x',
    'x20250305',
    '202503051',
    'No.45721',
    '45721号',
    '45721.5x',
    '第2025年3月5日',
    '2025年3月5日第2号',
    'x二〇二五年三月五日',
    '二〇二五年三月五日x',
    '二〇二五年三月十五日x',
  ])('%s is refused', (text) => {
    expect(read(text)).toMatchObject({ ok: false });
  });

  it.each([
    ['x2025-03', '无法识别的日期“x2025-03”，请写成 YYYY-MM-DD'],
    ['2025-03x', '无法识别的日期“2025-03x”，请写成 YYYY-MM-DD'],
    ['x2025年3月', '无法识别的日期“x2025年3月”，请写成 YYYY-MM-DD'],
    ['x05/03/2025', '无法识别的日期“x05/03/2025”，请写成 YYYY-MM-DD'],
    ['05/03/2025x', '无法识别的日期“05/03/2025x”，请写成 YYYY-MM-DD'],
    ['x25-3-5', '无法识别的日期“x25-3-5”，请写成 YYYY-MM-DD'],
    ['25-3-5x', '无法识别的日期“25-3-5x”，请写成 YYYY-MM-DD'],
    ['x2025-3/5', '无法识别的日期“x2025-3/5”，请写成 YYYY-MM-DD'],
    ['2025-3/5x', '无法识别的日期“2025-3/5x”，请写成 YYYY-MM-DD'],
  ])('%s: the specific hint only for exactly that shape', (text, reason) => {
    expect(read(text)).toEqual({ ok: false, reason });
  });

  it('2025年3月5 without 日 is still read', () => {
    expect(read('2025年3月5')).toEqual({ ok: true, date: '2025-03-05', source: 'text' });
  });
});
