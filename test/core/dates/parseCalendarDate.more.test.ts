import { parseCalendarDate } from '../../../core/dates';

const reads = (input: unknown, expected: string, options = {}) =>
  it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
    expect(parseCalendarDate(input, options)).toMatchObject({ ok: true, date: expected });
  });
const refuses = (input: unknown, reasonPart: RegExp, options = {}) =>
  it(`refuses ${JSON.stringify(input)}`, () => {
    const r = parseCalendarDate(input, options);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reasonPart);
  });

describe('parseCalendarDate — leap years by the Gregorian rule', () => {
  reads('2000-02-29', '2000-02-29');
  reads('2024/2/29', '2024-02-29');
  refuses('1900-02-29', /不是真实存在的日期/);
  refuses('2100-02-29', /不是真实存在的日期/);
  refuses('2025/2/29', /不是真实存在的日期/);
  refuses('20250230', /不是真实存在的日期/);
});

describe('parseCalendarDate — more real-ledger text', () => {
  reads('２０２５／３／５', '2025-03-05');
  reads('2025年3月5号', '2025-03-05');
  reads(' 2025年 3 月 5 日 ', '2025-03-05');
  reads('2025-03-05 00:00:00', '2025-03-05');
  reads('2025/12/31 23:59', '2025-12-31');
  reads('二〇二五年三月三十一日', '2025-03-31');
  refuses('2025年13月1日', /不是真实存在的日期/);
  refuses('2025/0/5', /不是真实存在的日期/);
  refuses('2025-00-10', /不是真实存在的日期/);
  refuses('3/5', /无法识别/);
  refuses('二〇二五年十二月', /无法识别/);
  refuses('2025.03.05.', /无法识别/);
});

describe('parseCalendarDate — Excel serials at the edges', () => {
  reads(0, '1904-01-01', { dateSystem: '1904' });
  reads(1462, '1908-01-02', { dateSystem: '1904' });
  reads(2958465, '9999-12-31');
  reads('45721.5', '2025-03-05');
  refuses(2958466, /超出/);
  refuses(0, /超出/);
  refuses(NaN, /不是有效数字/);
  refuses(Infinity, /不是有效数字/);
});

describe('parseCalendarDate — values that are not dates at all', () => {
  refuses(true, /无法识别.*boolean/);
  refuses({}, /无法识别.*object/);
  refuses([2025, 3, 5], /无法识别/);
  reads(new Date(Date.UTC(1904, 0, 1)), '1904-01-01');
});
