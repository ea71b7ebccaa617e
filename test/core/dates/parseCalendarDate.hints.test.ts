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
