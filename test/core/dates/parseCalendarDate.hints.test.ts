import { parseCalendarDate } from '../../../core/dates';

// Each hint is given for exactly its shape; a text that only resembles it gets the general reason.
const unknown = (text: string) => ({ ok: false, reason: `无法识别的日期“${text}”，请写成 YYYY-MM-DD` });

describe('parseCalendarDate: “只有年月” only for a year and a month', () => {
  it.each(['2025年12月', '2025 年 3 月', '2025年3月'])('%s', (text) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reason: `“${text}”只有年月，缺少日` });
  });
  it.each(['2025x年3月', '2025年x3月', '2025年3x月'])('%s is not a year and a month', (text) => {
    expect(parseCalendarDate(text)).toEqual(unknown(text));
  });
});

describe('parseCalendarDate: a serial typed as text follows the workbook’s date system', () => {
  it('1904: 44259 is 2025-03-05', () => {
    expect(parseCalendarDate('44259', { dateSystem: '1904' })).toEqual({ ok: true, date: '2025-03-05', source: 'excel-serial-text' });
  });
});

describe('parseCalendarDate: the other hints, each for one- and two-digit months and days', () => {
  it.each([
    ['25-12-05', '“25-12-05”的年份只有两位，无法确定世纪，请写四位年份'],
    ['25-3-15', '“25-3-15”的年份只有两位，无法确定世纪，请写四位年份'],
    ['2025-12/05', '“2025-12/05”混用了不同的分隔符，请写成 YYYY-MM-DD'],
    ['2025-3/15', '“2025-3/15”混用了不同的分隔符，请写成 YYYY-MM-DD'],
  ])('%s', (text, reason) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reason });
  });
});

describe('parseCalendarDate quotes the text without the blanks around it', () => {
  it.each([
    [' 2025年3月 ', '“2025年3月”只有年月，缺少日'],
    [' 05/03/2025 ', '“05/03/2025”的日、月顺序不明确，请写成 YYYY-MM-DD'],
    [' 25-3-5 ', '“25-3-5”的年份只有两位，无法确定世纪，请写四位年份'],
    [' 2025-3/5 ', '“2025-3/5”混用了不同的分隔符，请写成 YYYY-MM-DD'],
    [' 下周三 ', '无法识别的日期“下周三”，请写成 YYYY-MM-DD'],
    [' abc ', '无法识别的日期“abc”，请写成 YYYY-MM-DD'],
    [' 二〇二五年十十月五日 ', '无法识别的日期“二〇二五年十十月五日”，请写成 YYYY-MM-DD'],
    [' 二〇二五年三月五 ', '无法识别的日期“二〇二五年三月五”，请写成 YYYY-MM-DD'],
    [' 2025-02-30 ', '“2025-02-30”不是真实存在的日期'],
  ])('%j', (text, reason) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reason });
  });
});

describe('parseCalendarDate: Chinese numerals', () => {
  it('blanks between the parts are dropped', () => {
    expect(parseCalendarDate('二〇二五年 三月 五日')).toEqual({ ok: true, date: '2025-03-05', source: 'chinese-numerals' });
  });
  it('a month with 十 in the wrong place is unreadable, not an impossible date', () => {
    expect(parseCalendarDate('二〇二五年十十月五日')).toEqual(unknown('二〇二五年十十月五日'));
    expect(parseCalendarDate('二〇二五年三月十十日')).toEqual(unknown('二〇二五年三月十十日'));
  });
});

describe('parseCalendarDate: Chinese numerals digit by digit', () => {
  it('一二月〇五日 is month 12, day 5', () => {
    expect(parseCalendarDate('二〇二五年一二月〇五日')).toEqual({ ok: true, date: '2025-12-05', source: 'chinese-numerals' });
  });
});
