import { parseCalendarDate } from '../../../core/dates';

// A serial typed as text is exactly five digits with an optional fraction: nothing before, nothing after.
describe('parseCalendarDate reads a serial typed as text only when that is all the text is', () => {
  it('a fraction of several digits is the time of day', () => {
    expect(parseCalendarDate('45721.25')).toEqual({ ok: true, date: '2025-03-05', source: 'excel-serial-text' });
  });
  it.each(['123456', '45721a', 'a45721'])('%s is no serial', (text) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reason: `无法识别的日期“${text}”，请写成 YYYY-MM-DD` });
  });
});
