import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { mergePauses, replyDeadline, ReplyDeadlineInput } from '../../../../core/rules/deadlines';
import { referenceAddWorkdays, referenceDays } from '../../calendar/holidayReference';

const calendar = WorkCalendar.standard();
const reference = referenceDays();
const due = (input: ReplyDeadlineInput) => replyDeadline(input, calendar).due;

describe('replyDeadline — the worked example of the issue', () => {
  it('explains National Day 2025 with its make-up Sunday and Saturday, step by step', () => {
    const r = replyDeadline({ received: d('2025-09-26') }, calendar);
    expect(r).toMatchObject({ start: '2025-09-26', due: '2025-10-30', uncertain: false, problems: [] });
    expect(r.steps.join(' → ')).toBe(
      '适用《中华人民共和国政府信息公开条例》（2019年修订）：20个工作日内答复，延长最长20个工作日（条例第三十三条） → ' +
        '收到申请 2025-09-26（周五；条例第三十一条） → 次日起算 → 10-01至10-08国庆中秋假期不计，09-28、10-11调休上班计入 → ' +
        '第20个工作日 2025-10-30（条例第三十三条）',
    );
  });
});

describe('replyDeadline — 20 working days across the State Council holidays', () => {
  const cases: [string, string, string][] = [
    ['a Friday before National Day 2025 (ogi-reference §2.3)', '2025-09-26', '2025-10-30'],
    ['New Year 2026 across the year end (§2.3)', '2025-12-31', '2026-01-29'],
    ['Spring Festival 2026 with make-up Saturdays 02-14 and 02-28 (§2.3)', '2026-02-12', '2026-03-18'],
    ['National Day 2024 with make-up Saturday 10-12 (§2.3)', '2024-09-30', '2024-11-01'],
    ['National Day 2026 with make-up days 09-20 and 10-10 (§2.3)', '2026-09-24', '2026-10-29'],
    ['Spring Festival 2024 with make-up Sundays 02-04 and 02-18', '2024-02-01', '2024-03-05'],
    ['Labour Day 2025 with make-up Sunday 04-27', '2025-04-25', '2025-05-27'],
    ['National Day 2019 with make-up days 09-29 and 10-12', '2019-09-27', '2019-10-30'],
    ['Qingming 2025', '2025-03-07', '2025-04-07'],
    ['the 2020 Spring Festival extended to 02-02', '2020-01-20', '2020-02-25'],
    ['a plain stretch of November 2026', '2026-11-20', '2026-12-18'],
  ];
  it.each(cases)('counts %s: %s → %s', (_label, received, expected) => {
    expect(due({ received: d(received) })).toBe(expected);
    // The same answer walking day by day through the independent holiday-cn data:
    expect(referenceAddWorkdays(reference, received, 20)).toBe(expected);
  });

  it('names the extended 2020 Spring Festival in its explanation', () => {
    const r = replyDeadline({ received: d('2020-01-20') }, calendar);
    expect(r.steps).toContain('01-24至02-02春节假期不计');
  });

  it('writes full dates for days in the following year', () => {
    const r = replyDeadline({ received: d('2025-12-31') }, calendar);
    expect(r.steps.join(' → ')).toContain('2026-01-01至2026-01-03元旦假期不计，2026-01-04调休上班计入');
  });
});

describe('replyDeadline — receipt on a day that is not an ordinary working day', () => {
  it('gives a Saturday receipt the same deadline as the Friday before', () => {
    expect(due({ received: d('2025-03-08') })).toBe(due({ received: d('2025-03-07') }));
    expect(replyDeadline({ received: d('2025-03-08') }, calendar).steps[1]).toBe('收到申请 2025-03-08（周六，休息日；条例第三十一条）');
  });
  it('gives a receipt during the holiday the same deadline as the last day before it', () => {
    expect(due({ received: d('2025-10-03') })).toBe('2025-11-04');
    expect(due({ received: d('2025-09-30') })).toBe('2025-11-04');
  });
  it('counts from the day after a receipt on a make-up Sunday, which is itself a working day', () => {
    expect(due({ received: d('2025-09-27') })).toBe('2025-10-30');
    expect(due({ received: d('2025-09-28') })).toBe('2025-10-31');
    expect(replyDeadline({ received: d('2025-09-28') }, calendar).steps[1]).toBe('收到申请 2025-09-28（周日，调休上班日；条例第三十一条）');
  });
  it('counts the 2020 make-up Sunday 01-19 for a receipt on the Saturday before', () => {
    const r = replyDeadline({ received: d('2020-01-18') }, calendar);
    expect(r.due).toBe('2020-02-21');
    expect(r.steps).toContain('01-24至02-02春节假期不计，01-19调休上班计入');
  });
});

describe('replyDeadline — correction (补正) restarts the clock', () => {
  it('counts 20 working days from the day the corrected application arrived (条例第三十条)', () => {
    const r = replyDeadline({ received: d('2025-03-03'), correctionReceived: d('2025-03-20') }, calendar);
    expect(r.start).toBe('2025-03-20');
    expect(r.due).toBe('2025-04-18');
    expect(r.steps[2]).toBe('03-20（周四）收到补正后的申请，期限自此重新起算，此前的时间均不计（条例第三十条）');
  });
  it('restarts across a holiday: a correction arriving in the National Day break', () => {
    expect(due({ received: d('2025-09-15'), correctionReceived: d('2025-10-02') })).toBe('2025-11-04');
  });
  it('flags a correction date before the receipt and counts from the receipt', () => {
    const r = replyDeadline({ received: d('2025-03-20'), correctionReceived: d('2025-03-03') }, calendar);
    expect(r.problems.map((p) => p.code)).toEqual(['deadline.correction.beforeReceived']);
    expect(r.due).toBe(due({ received: d('2025-03-20') }));
  });
});

describe('replyDeadline — pauses (第三十三条第三款), half-open (from, to]', () => {
  it('adds the working days of one consultation', () => {
    const r = replyDeadline(
      { received: d('2025-03-03'), pauses: [{ from: d('2025-03-10'), to: d('2025-03-12'), reason: '征求第三方意见' }] },
      calendar,
    );
    expect(r.due).toBe(calendar.addWorkdays(d('2025-03-03'), 22).date);
    expect(r.steps).toContain('暂停计时 03-10次日至03-12（征求第三方意见），其间2个工作日不计入（条例第三十三条第三款）');
  });
  it('adds disjoint pauses one after the other', () => {
    const r = replyDeadline(
      {
        received: d('2025-03-03'),
        pauses: [
          { from: d('2025-03-20'), to: d('2025-03-24'), reason: '征求其他机关意见' },
          { from: d('2025-03-10'), to: d('2025-03-12'), reason: '征求第三方意见' },
        ],
      },
      calendar,
    );
    expect(r.due).toBe('2025-04-07');
    expect(r.steps.at(-1)).toBe('20+暂停4，即第24个工作日 2025-04-07（条例第三十三条）');
  });
  it('merges overlapping pauses so no day is counted twice', () => {
    const r = replyDeadline(
      {
        received: d('2025-03-03'),
        pauses: [
          { from: d('2025-03-10'), to: d('2025-03-14') },
          { from: d('2025-03-12'), to: d('2025-03-20') },
        ],
      },
      calendar,
    );
    expect(r.due).toBe('2025-04-11'); // 8 working days in (03-10, 03-20], not 4 + 6
    expect(r.steps.filter((s) => s.startsWith('暂停计时'))).toHaveLength(1);
  });
  it('merges touching pauses (a, b] and (b, c] into (a, c]', () => {
    expect(
      mergePauses([
        { from: d('2025-03-12'), to: d('2025-03-20') },
        { from: d('2025-03-10'), to: d('2025-03-12') },
      ]),
    ).toEqual([{ from: '2025-03-10', to: '2025-03-20' }]);
  });
  it('does not count the first day of a pause, only the days after it', () => {
    const oneDay = replyDeadline({ received: d('2025-03-03'), pauses: [{ from: d('2025-03-10'), to: d('2025-03-11') }] }, calendar);
    expect(oneDay.due).toBe(calendar.addWorkdays(d('2025-03-03'), 21).date);
    const empty = replyDeadline({ received: d('2025-03-03'), pauses: [{ from: d('2025-03-10'), to: d('2025-03-10') }] }, calendar);
    expect(empty.due).toBe(due({ received: d('2025-03-03') }));
  });
  it('counts only working days of a pause that spans the National Day break', () => {
    const r = replyDeadline({ received: d('2025-09-22'), pauses: [{ from: d('2025-09-29'), to: d('2025-10-10') }] }, calendar);
    expect(r.due).toBe('2025-10-29'); // 09-30, 10-09, 10-10 paused
  });
  it('ignores a pause that ends before it starts, with a problem', () => {
    const r = replyDeadline({ received: d('2025-03-03'), pauses: [{ from: d('2025-03-12'), to: d('2025-03-10') }] }, calendar);
    expect(r.due).toBe(due({ received: d('2025-03-03') }));
    expect(r.problems.map((p) => p.code)).toEqual(['deadline.pause.invalid']);
  });
});

describe('replyDeadline — extension (第三十三条第二款)', () => {
  it('adds up to 20 working days', () => {
    const r = replyDeadline({ received: d('2025-09-26'), extension: 20 }, calendar);
    expect(r.due).toBe('2025-11-27');
    expect(r.problems).toEqual([]);
    expect(r.steps).toContain('延长答复期限20个工作日（条例第三十三条第二款）');
  });
  it('reports more than 20 as an error deadline.extension.tooLong and counts only 20', () => {
    const r = replyDeadline({ received: d('2025-09-26'), extension: 21 }, calendar);
    expect(r.due).toBe('2025-11-27');
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['deadline.extension.tooLong', 'error']]);
    expect(r.problems[0].message).toMatch(/20个工作日/);
    expect(r.steps).toContain('延期21个工作日超过最长20个工作日，只计20个工作日（条例第三十三条第二款）');
  });
  it('combines a correction, a pause and an extension', () => {
    const r = replyDeadline(
      {
        received: d('2025-08-01'),
        correctionReceived: d('2025-09-26'),
        pauses: [{ from: d('2025-10-13'), to: d('2025-10-15') }],
        extension: 10,
      },
      calendar,
    );
    expect(r.due).toBe(calendar.addWorkdays(d('2025-09-26'), 32).date);
    expect(r.steps.at(-1)).toMatch(/^20\+暂停2\+延长10，即第32个工作日 /);
  });
  it('refuses a negative extension', () => {
    const r = replyDeadline({ received: d('2025-09-26'), extension: -3 }, calendar);
    expect(r.due).toBe('2025-10-30');
    expect(r.problems.map((p) => p.code)).toEqual(['deadline.extension.invalid']);
  });
});

describe('replyDeadline — years without State Council data', () => {
  it('marks a December 2026 receipt ending in 2027 as uncertain and says why', () => {
    const r = replyDeadline({ received: d('2026-12-10') }, calendar);
    expect(r.uncertain).toBe(true);
    // 20 working days after 12-10 reach into January 2027, whatever the 2027 notice will say.
    expect(r.due > '2027-01-06').toBe(true);
    expect(r.steps.some((s) => s.includes('2027年'))).toBe(true);
  });
  it('is certain when the whole count stays in 2026', () => {
    expect(replyDeadline({ received: d('2026-11-20') }, calendar).uncertain).toBe(false);
  });
  it('is uncertain when only the extension reaches into 2027', () => {
    expect(replyDeadline({ received: d('2026-11-20'), extension: 20 }, calendar).uncertain).toBe(true);
  });
});

describe('replyDeadline — status (contracts §1)', () => {
  const base = { received: d('2025-09-26') };
  it('is 按期办结 when replied on the due day', () => {
    const r = replyDeadline({ ...base, replied: d('2025-10-30') }, calendar);
    expect(r.status).toBe('按期办结');
    expect(r.lateBy).toBeUndefined();
  });
  it('is 逾期办结, one working day late, when replied the day after', () => {
    const r = replyDeadline({ ...base, replied: d('2025-10-31') }, calendar);
    expect(r).toMatchObject({ status: '逾期办结', lateBy: 1 });
    expect(r.steps.at(-1)).toBe('2025-10-31 答复，超过期限1个工作日，逾期办结');
  });
  it('is still one working day late for a reply on the Saturday after the Friday', () => {
    expect(replyDeadline({ ...base, replied: d('2025-11-01') }, calendar).lateBy).toBe(1);
  });
  it('is 办理中 with 4 working days left', () => {
    expect(replyDeadline({ ...base, today: d('2025-10-24') }, calendar)).toMatchObject({ status: '办理中', workdaysLeft: 4 });
  });
  it('is 即将到期 with 3 working days left', () => {
    expect(replyDeadline({ ...base, today: d('2025-10-27') }, calendar)).toMatchObject({ status: '即将到期', workdaysLeft: 3 });
  });
  it('is 即将到期 on the due day itself', () => {
    expect(replyDeadline({ ...base, today: d('2025-10-30') }, calendar)).toMatchObject({ status: '即将到期', workdaysLeft: 0 });
  });
  it('is 已逾期 the day after, with a negative count', () => {
    const r = replyDeadline({ ...base, today: d('2025-10-31') }, calendar);
    expect(r).toMatchObject({ status: '已逾期', workdaysLeft: -1 });
    expect(r.steps.at(-1)).toBe('截至 2025-10-31 已超过期限1个工作日');
  });
  it('shows a pending state as such, even past the date', () => {
    expect(replyDeadline({ ...base, today: d('2025-11-05'), pending: '征求意见中' }, calendar).status).toBe('征求意见中');
    expect(replyDeadline({ ...base, pending: '待缴费' }, calendar).status).toBe('待缴费');
  });
  it('lets a reply win over a pending state', () => {
    expect(replyDeadline({ ...base, replied: d('2025-10-20'), pending: '补正中' }, calendar).status).toBe('按期办结');
  });
  it('has no status without a reply date or today', () => {
    expect(replyDeadline(base, calendar).status).toBeUndefined();
  });
});

describe('replyDeadline — other answer periods and office calendars', () => {
  it('uses another number of days (e.g. the old 15-day rule)', () => {
    const r = replyDeadline({ received: d('2025-09-26'), days: 15 }, calendar);
    expect(r.due).toBe('2025-10-23');
    expect(r.steps.at(-1)).toBe('第15个工作日 2025-10-23（条例第三十三条）');
  });
  it('refuses a period of zero days and falls back to 20', () => {
    const r = replyDeadline({ received: d('2025-09-26'), days: 0 }, calendar);
    expect(r.due).toBe('2025-10-30');
    expect(r.problems.map((p) => p.code)).toEqual(['deadline.days.invalid']);
  });
  it("skips the office's own day off and says so", () => {
    const office = WorkCalendar.standard({ offDays: ['2025-10-20'] });
    const r = replyDeadline({ received: d('2025-09-26') }, office);
    expect(r.due).toBe('2025-10-31');
    expect(r.steps.join(' → ')).toContain('10-20本单位调整休息不计');
  });
});
