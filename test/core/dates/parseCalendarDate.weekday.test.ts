import { parseCalendarDate } from '../../../core/dates';

// The weekday after a date (WEEKDAY_SUFFIX): blanks inside its brackets, long and dotted English names — and only at the end.
describe('parseCalendarDate drops a weekday written after the date', () => {
  it.each(['2025-03-05（周三 ）', '2025-03-05(Wed)', '2025-03-05 ( Wed )', '2025-03-05 (Wednesday)', '2025-03-05 (Wed. )'])(
    '%s',
    (text) => {
      expect(parseCalendarDate(text)).toEqual({ ok: true, date: '2025-03-05', source: 'iso' });
    },
  );
  it.each(['周三 2025-03-05', '2025-03-05周三x', '(Wed) 2025-03-05', '2025-03-05 (Wed)x'])(
    'but not one before it or followed by more text: %s',
    (text) => {
      expect(parseCalendarDate(text)).toEqual({ ok: false, reason: `无法识别的日期“${text}”，请写成 YYYY-MM-DD` });
    },
  );
});

describe('parseCalendarDate drops a time written as an hour alone, and a half-day word only after the date', () => {
  it.each([
    ['2025-03-05 9 PM', 'iso'],
    ['2025年3月5日 14', 'text'],
  ])('%s', (text, source) => {
    expect(parseCalendarDate(text)).toEqual({ ok: true, date: '2025-03-05', source });
  });
  it('上午 before the date is not dropped', () => {
    expect(parseCalendarDate('上午2025-03-05')).toEqual({ ok: false, reason: '无法识别的日期“上午2025-03-05”，请写成 YYYY-MM-DD' });
  });
});
