/**
 * What replyDeadline says and decides in the cases its other tests leave open: the article each kind of stop
 * cites, a stop voided by a correction (and one that is not), the wording of a consultation counted to the end of
 * its window, the sum of a due date, where an undated or mid-way extension falls among the stops, the fee and
 * correction waits, and a reply after the due date while a fee window is still open.
 */
import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { explainRange, replyDeadline, type ReplyDeadlineInput } from '../../../../core/rules/deadlines';

let calendar: WorkCalendar;
beforeAll(() => {
  calendar = WorkCalendar.standard();
});
const run = (input: ReplyDeadlineInput) => replyDeadline(input, calendar);
const plain = d('2025-03-03'); // a Monday; 20 working days → 2025-03-31
const FEE_ARTICLES = '条例第四十二条、《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

describe('replyDeadline — the article of each kind of stop', () => {
  it.each([
    ['fee', FEE_ARTICLES],
    ['agency', '条例第三十四条'],
    ['thirdParty', '条例第三十二条'],
    ['other', '条例第三十三条第三款'],
    [undefined, '条例第三十三条第三款'],
  ] as const)('a pause of kind %s cites %s', (kind, article) => {
    const r = run({ received: plain, pauses: [{ from: d('2025-03-10'), to: d('2025-03-14'), kind, reason: '理由' }] });
    expect(r.steps).toContain(`暂停计时 03-10次日至03-14（理由），其间4个工作日不计入（${article}）`);
    expect(r.due).toBe('2025-04-07');
  });
});

describe('replyDeadline — stops before the start', () => {
  it('without a correction, a stop before the receipt is not counted and not said to be voided', () => {
    const r = run({ received: plain, pauses: [{ from: d('2025-02-20'), to: d('2025-02-25') }] });
    expect(r.paused).toBe(0);
    expect(r.steps.filter((s) => s.includes('不计（'))).toEqual([]);
    expect(r.due).toBe('2025-03-31');
  });

  it('after a correction, a stop before it is said to be voided, unless it lasted no time', () => {
    const r = run({
      received: plain,
      correctionReceived: d('2025-03-10'),
      pauses: [
        { from: d('2025-03-05'), to: d('2025-03-05') },
        { from: d('2025-03-04'), to: d('2025-03-06') },
      ],
    });
    expect(r.steps.filter((s) => s.includes('在收到补正后的申请之前'))).toEqual([
      '暂停计时 03-04次日至03-06在收到补正后的申请之前，不计（条例第三十条）',
    ]);
    expect(r.due).toBe('2025-04-08');
  });
});

describe('replyDeadline — consultations and their window', () => {
  it('one not answered is counted to the end of its 15 working days, and says so', () => {
    const r = run({ received: plain, today: d('2025-03-12'), consultations: [{ from: d('2025-03-10') }] });
    expect(r.steps).toContain(
      '征求第三方意见 03-10次日至03-31（对方15个工作日内未答复，计至期满），其间15个工作日不计入（条例第三十二条、条例第三十三条第三款）',
    );
    expect(r.status).toBe('征求意见中');
  });

  it('one answered in time is counted to the answer, without the window’s wording', () => {
    const r = run({ received: plain, consultations: [{ from: d('2025-03-10'), replied: d('2025-03-14') }] });
    expect(r.steps).toContain('征求第三方意见 03-10次日至03-14，其间4个工作日不计入（条例第三十二条、条例第三十三条第三款）');
  });

  it('under the old regulation, which sets no window, one not answered runs to the check date without it', () => {
    const r = run({ received: d('2018-03-05'), today: d('2018-03-12'), consultations: [{ from: d('2018-03-07') }] });
    expect(r.steps).toContain('征求第三方意见 03-07次日至03-12，其间3个工作日不计入（旧条例第二十三条、旧条例第二十四条第三款）');
    expect(r.due).toBe('2018-03-29');
  });
});

describe('replyDeadline — the sum and the extension among the stops', () => {
  it('an extension alone adds only 延长 to the sum', () => {
    const r = run({ received: plain, extension: 15, extensionNotice: d('2025-03-20') });
    expect(r.steps.at(-1)).toBe('20+延长15，即第35个工作日 2025-04-22（条例第三十三条）');
  });

  it('two stops merged after the due date are named together', () => {
    const r = run({
      received: plain,
      pauses: [
        { from: d('2025-04-02'), to: d('2025-04-10'), reason: '甲' },
        { from: d('2025-04-03'), to: d('2025-04-12'), reason: '乙' },
      ],
    });
    expect(r.steps).toContain('甲、乙自 04-02 开始，已晚于当时的答复期限 03-31：期限届满后不能再暂停计时，不计入（条例第三十三条第三款）');
  });

  it('a fee and a consultation merged after the due date cite both articles', () => {
    const r = run({
      received: plain,
      fee: { notice: d('2025-04-02'), paid: d('2025-04-08') },
      pauses: [{ from: d('2025-04-03'), to: d('2025-04-12'), kind: 'agency', reason: '征求其他机关意见' }],
    });
    expect(r.steps).toContain(
      `收费、征求其他机关意见自 04-02 开始，已晚于当时的答复期限 03-31：期限届满后不能再暂停计时，不计入（${FEE_ARTICLES}、条例第三十四条）`,
    );
  });

  it('an extension without a date comes after every stop: a stop after the unextended due date does not count', () => {
    const r = run({
      received: plain,
      extension: 15,
      pauses: [
        { from: d('2025-03-10'), to: d('2025-03-14') },
        { from: d('2025-04-10'), to: d('2025-04-15') },
      ],
    });
    expect([r.paused, r.extension, r.due]).toEqual([4, 15, '2025-04-27']);
    expect(r.problems.map((p) => p.code)).toEqual(['deadline.pause.afterDue']);
  });

  it('an extension told between two stops counts in its place: each stop once, the second within the extended time', () => {
    const r = run({
      received: plain,
      extension: 15,
      extensionNotice: d('2025-04-02'),
      pauses: [
        { from: d('2025-03-10'), to: d('2025-03-14') },
        { from: d('2025-04-08'), to: d('2025-04-15') },
      ],
    });
    expect([r.paused, r.extension, r.due, r.problems]).toEqual([9, 15, '2025-05-07', []]);
    expect(r.steps.filter((s) => s.startsWith('暂停计时') || s.includes('延长答复期限'))).toEqual([
      '暂停计时 03-10次日至03-14，其间4个工作日不计入（条例第三十三条第三款）',
      '04-02告知申请人，延长答复期限15个工作日（条例第三十三条第二款）',
      '暂停计时 04-08次日至04-15，其间5个工作日不计入（条例第三十三条第三款）',
    ]);
  });
});

describe('replyDeadline — waiting for the applicant', () => {
  it('a fee paid says nothing of a payment still awaited', () => {
    const r = run({ received: plain, today: d('2025-03-20'), fee: { notice: d('2025-03-05'), paid: d('2025-03-07') } });
    expect(r.status).toBe('办理中');
    expect(r.steps.some((s) => s.includes('发出收费通知'))).toBe(false);
  });

  it('a fee not paid yet: the wait, its end and 当前状态：待缴费', () => {
    const r = run({ received: plain, today: d('2025-03-20'), fee: { notice: d('2025-03-05') } });
    expect(r.status).toBe('待缴费');
    expect(r.steps.slice(-2)).toEqual([
      `2025-03-05发出收费通知，缴费期限 2025-04-02（收到通知次日起20个工作日，《政府信息公开信息处理费管理办法》（国办函〔2020〕109号））`,
      '当前状态：待缴费',
    ]);
  });

  it('a fee window passed unpaid: a warning on the fee', () => {
    const r = run({ received: plain, today: d('2025-04-20'), fee: { notice: d('2025-03-05') } });
    expect(r.problems.map((p) => [p.code, p.severity, p.subject])).toEqual([['deadline.fee.abandoned', 'warning', 'fee']]);
  });

  it('a correction asked for: 当前状态：补正中 while it may come', () => {
    expect(run({ received: plain, correctionNotice: d('2025-03-05'), today: d('2025-03-10') }).steps.at(-1)).toBe('当前状态：补正中');
  });

  it.each([
    ['before', '2025-03-20'],
    ['on', '2025-03-31'],
  ])('a correction never received and a reply %s the due date: answered on time, not "closed without correction"', (_, replied) => {
    const r = run({ received: plain, correctionNotice: d('2025-03-05'), replied: d(replied) });
    expect(r.status).toBe('按期办结');
    expect(r.steps.at(-1)).toBe(`${replied} 答复，按期办结`);
  });
});

describe('replyDeadline — a reply and a fee window', () => {
  it('after the due date while the fee window (told too late to stop the clock) is still open: late, not abandoned', () => {
    for (const replied of ['2025-04-08', '2025-04-29']) {
      const r = run({ received: plain, fee: { notice: d('2025-04-01') }, replied: d(replied) });
      expect([r.status, r.abandoned]).toEqual(['逾期办结', undefined]);
    }
  });

  it.each(['2025-03-20', '2025-04-03'])(
    'on or before the due date although the fee window ran out unpaid (%s): on time, not abandoned',
    (replied) => {
      const r = run({ received: plain, fee: { notice: d('2025-03-04') }, feeDays: 3, replied: d(replied) });
      expect([r.status, r.abandoned, r.due]).toEqual(['按期办结', undefined, '2025-04-03']);
    },
  );
});

describe('replyDeadline — under the 2008 regulation', () => {
  it('cites its own articles for the correction, an agency’s pause and the extension', () => {
    const r = run({
      received: d('2018-03-05'),
      correctionReceived: d('2018-03-07'),
      extension: 10,
      extensionNotice: d('2018-03-20'),
      pauses: [{ from: d('2018-03-12'), to: d('2018-03-14'), kind: 'agency', reason: '征求其他机关意见' }],
    });
    expect(r.steps.slice(2)).toEqual([
      '03-07（周三）收到补正后的申请，期限自此重新起算，此前的时间均不计（旧条例第二十一条第（四）项）',
      '次日起算',
      '暂停计时 03-12次日至03-14（征求其他机关意见），其间2个工作日不计入（旧条例未规定征求其他机关意见的期限，按登记的暂停计算）',
      '03-20告知申请人，延长答复期限10个工作日（旧条例第二十四条第二款）',
      '04-05至04-07清明假期不计，04-08调休上班计入',
      '15+暂停2+延长10，即第27个工作日 2018-04-16（旧条例第二十四条第二款）',
    ]);
  });
});

describe('explainRange — runs of the same holiday', () => {
  it('keeps two make-up workdays of one holiday apart when days lie between them (2025 国庆)', () => {
    expect(explainRange(d('2025-09-26'), d('2025-10-31'), calendar, 2025)).toEqual([
      '10-01至10-08国庆中秋假期不计，09-28、10-11调休上班计入',
    ]);
  });
});
