import { parseCalendarDate } from '../../../core/dates';

const ok = (input: unknown, expected: string, options = {}) =>
  it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
    const r = parseCalendarDate(input, options);
    expect(r).toMatchObject({ ok: true, date: expected });
  });
const bad = (input: unknown, reasonPart: RegExp) =>
  it(`refuses ${JSON.stringify(input)}`, () => {
    const r = parseCalendarDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reasonPart);
  });

describe('parseCalendarDate — text forms real ledgers use', () => {
  ok('2025-03-05', '2025-03-05');
  ok('2025/3/5', '2025-03-05');
  ok('2025.3.5', '2025-03-05');
  ok('2025年3月5日', '2025-03-05');
  ok('2025 年 3 月 5 日', '2025-03-05');
  ok('2025年03月05号', '2025-03-05');
  ok('20250305', '2025-03-05');
  ok('２０２５－０３－０５', '2025-03-05');
  ok('２０２５年３月５日', '2025-03-05');
  ok('2025/03/05 14:30:00', '2025-03-05');
  ok('2025-03-05T14:30', '2025-03-05');
  ok('2025年3月5日 下午3:30', '2025-03-05');
  ok('  2025-3-5  ', '2025-03-05');
  ok('二〇二五年三月五日', '2025-03-05');
  ok('二〇二四年十二月三十一日', '2024-12-31');
  ok('二○二五年十月二十日', '2025-10-20');
  ok('2024-02-29', '2024-02-29');
});

describe('parseCalendarDate — Excel serials and JS dates', () => {
  ok(45721, '2025-03-05');
  ok(45721.6041, '2025-03-05');
  ok(59, '1900-02-28');
  ok(61, '1900-03-01');
  ok(1, '1900-01-01');
  ok(44259, '2025-03-05', { dateSystem: '1904' });
  ok('45721', '2025-03-05');
  ok(new Date(Date.UTC(2025, 2, 5)), '2025-03-05');
  ok(new Date(Date.UTC(2025, 11, 31, 23, 59)), '2025-12-31');
});

describe('parseCalendarDate — never guesses', () => {
  bad('2025-02-30', /不是真实存在的日期/);
  bad('2023-02-29', /不是真实存在的日期/);
  bad('25/3/5', /两位/);
  bad('05/03/2025', /顺序不明确/);
  bad('2025年3月', /缺少日/);
  bad('2025-3/5', /分隔符/);
  bad('明天', /无法识别/);
  bad('', /为空/);
  bad(null, /为空/);
  bad(60, /1900-02-29/);
  bad(-5, /超出/);
  bad(new Date(NaN), /无效/);
  bad('二〇二五年二月三十日', /不是真实存在的日期/);
  bad('2025-13-01', /不是真实存在的日期/);
});

describe('parseCalendarDate — notes staff add after the date', () => {
  ok('2025年3月5日上午', '2025-03-05');
  ok('2025-3-5 星期三', '2025-03-05');
  ok('2025年3月5日（周三）', '2025-03-05');
  ok('2025/03/05 (Wed)', '2025-03-05');
  ok('2025年3月5日（周三）下午2:30', '2025-03-05');
  bad('2025年3月5日（会议）', /无法识别/);
});
