import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { explainRange, mergePauses, parseIntervals, replyDeadline, ReplyDeadlineInput } from '../../../../core/rules/deadlines';

// The less travelled paths of the reply clock, each with the exact text or code it must give.
const calendar = WorkCalendar.standard();
const run = (input: ReplyDeadlineInput) => replyDeadline(input, calendar);
const plain = d('2025-03-03'); // a Monday; 20 working days → 2025-03-31

describe('replyDeadline — dates that contradict each other', () => {
  it('ignores a consultation answered before it was sent, as a consultation problem', () => {
    const r = run({ received: plain, consultations: [{ from: d('2025-03-10'), replied: d('2025-03-05') }] });
    expect(r.due).toBe('2025-03-31');
    expect(r.paused).toBe(0);
    expect(r.problems).toEqual([
      {
        code: 'deadline.pause.invalid',
        severity: 'warning',
        subject: 'consultation',
        message: '暂停计时区间 2025-03-10..2025-03-05 的结束日期早于开始日期，已忽略，请核对',
      },
    ]);
  });
  it('ignores a fee paid before its notice, as a fee problem', () => {
    const r = run({ received: plain, fee: { notice: d('2025-03-10'), paid: d('2025-03-05') } });
    expect(r.due).toBe('2025-03-31');
    expect(r.problems).toEqual([
      {
        code: 'deadline.pause.invalid',
        severity: 'warning',
        subject: 'fee',
        message: '暂停计时区间 2025-03-10..2025-03-05 的结束日期早于开始日期，已忽略，请核对',
      },
    ]);
  });
  it('puts a fee notice sent after the due date on the fee column', () => {
    const r = run({ received: plain, fee: { notice: d('2025-04-10') } });
    expect(r.due).toBe('2025-03-31');
    expect(r.problems.map((p) => [p.code, p.subject])).toEqual([['deadline.pause.afterDue', 'fee']]);
  });
});

describe('replyDeadline — other agencies and open consultations (条例第三十四条)', () => {
  it("caps another agency's late answer at its 15 working days, with the agency's code", () => {
    const r = run({ received: plain, consultations: [{ from: d('2025-03-05'), replied: d('2025-04-20'), party: 'agency' }] });
    expect(r.paused).toBe(15); // 03-06 … 03-26
    expect(r.due).toBe('2025-04-22');
    expect(r.problems).toEqual([
      {
        code: 'deadline.agencyReply.late',
        severity: 'info',
        subject: 'consultation',
        message:
          '征求其他机关意见的答复 2025-04-20 晚于收到征求意见后15个工作日（2025-03-26）：2025-03-26 起本机关即可依法作出决定（条例第三十四条），此后的时间不暂停计时',
      },
    ]);
  });
  it('names the last of the open consultations ending on the same day (the later one in the list)', () => {
    const r = run({
      received: plain,
      consultations: [{ from: d('2025-03-05') }, { from: d('2025-03-05'), party: 'agency' }],
      today: d('2025-03-12'),
    });
    expect(r.status).toBe('征求意见中');
    expect(r.steps.at(-1)).toBe('征求意见中，对方答复期限 2025-03-26（条例第三十四条、条例第三十三条第三款）');
  });
});

describe('replyDeadline — an extension told on the day a pause begins', () => {
  it('applies the extension first, then the pause', () => {
    const r = run({
      received: plain,
      extension: 5,
      extensionNotice: d('2025-03-10'),
      pauses: [{ from: d('2025-03-10'), to: d('2025-03-12') }],
    });
    expect(r).toMatchObject({ due: '2025-04-10', paused: 2, extension: 5 });
    expect(r.steps.slice(3, 5)).toEqual([
      '03-10告知申请人，延长答复期限5个工作日（条例第三十三条第二款）',
      '暂停计时 03-10次日至03-12，其间2个工作日不计入（条例第三十三条第三款）',
    ]);
  });
});

describe('replyDeadline — a fee never paid (109号文)', () => {
  it('closes an application answered after the payment window as 视为放弃, not as late', () => {
    const r = run({ received: plain, fee: { notice: d('2025-03-05') }, replied: d('2025-06-30') });
    expect(r).toMatchObject({ due: '2025-04-28', status: '按期办结', abandoned: '逾期未缴费' });
    expect(r.lateBy).toBeUndefined();
    expect(r.steps.at(-1)).toBe('2025-06-30 办结（逾期未缴费，视为放弃申请），不计逾期');
  });
});

describe('parseIntervals — entries it refuses or reads as open', () => {
  it('refuses three dates in one entry and an end before the start, and reads a bracketed 未答复 as open', () => {
    expect(parseIntervals('2025-03-10至2025-03-12至2025-03-15；2025-03-10至（未答复）；2025-03-10至2025-03-01')).toEqual({
      entries: [{ from: '2025-03-10', party: 'thirdParty', text: '2025-03-10至（未答复）' }],
      errors: [
        { text: '2025-03-10至2025-03-12至2025-03-15', reason: '一段只能有开始和结束两个日期' },
        { text: '2025-03-10至2025-03-01', reason: '结束日期早于开始日期' },
      ],
    });
  });
});

describe('parseIntervals — blanks and the reasons it gives', () => {
  it('skips blank entries, trims each entry, and says which date it could not read and why', () => {
    expect(parseIntervals('；  ；第三方： 2025-03-10 至 2025-03-20 ；三月十日至2025-03-20；2025-03-10至四月')).toEqual({
      entries: [{ from: '2025-03-10', to: '2025-03-20', party: 'thirdParty', text: '第三方： 2025-03-10 至 2025-03-20' }],
      errors: [
        { text: '三月十日至2025-03-20', reason: '开始日期无法识别（无法识别的日期“三月十日”，请写成 YYYY-MM-DD）' },
        { text: '2025-03-10至四月', reason: '结束日期无法识别（无法识别的日期“四月”，请写成 YYYY-MM-DD）' },
      ],
    });
  });
});

describe('mergePauses — reasons of merged pauses', () => {
  it('takes the reason of a later pause when the first had none, and names each reason once', () => {
    expect(
      mergePauses([
        { from: d('2025-03-01'), to: d('2025-03-05') },
        { from: d('2025-03-03'), to: d('2025-03-08'), reason: '征求意见' },
        { from: d('2025-03-04'), to: d('2025-03-06'), reason: '收费' },
        { from: d('2025-03-07'), to: d('2025-03-07'), reason: '征求意见' },
      ]),
    ).toEqual([{ from: '2025-03-01', to: '2025-03-08', reason: '征求意见、收费' }]);
  });
  it('keeps the reason of a pause that merges with nothing', () => {
    expect(mergePauses([{ from: d('2025-03-01'), to: d('2025-03-05'), reason: '收费' }])).toEqual([
      { from: '2025-03-01', to: '2025-03-05', reason: '收费' },
    ]);
  });
});

describe("explainRange — the office's own days", () => {
  it('names an office day off next to a holiday together with it, and lists office workdays apart from make-up days', () => {
    const office = WorkCalendar.standard({ offDays: ['2025-09-30'], workdays: ['2025-10-08'] });
    expect(explainRange(d('2025-09-26'), d('2025-10-31'), office, 2025)).toEqual([
      '09-30至10-07本单位调整休息国庆中秋假期不计，09-28、10-11调休上班计入，10-08本单位调整上班计入',
    ]);
  });
  it('says nothing of uncovered years for an empty range', () => {
    expect(explainRange(d('2027-06-01'), d('2027-06-01'), calendar, 2027)).toEqual(['期间无节假日调整，仅周六、周日不计']);
  });
  it('keeps two holidays of one range apart', () => {
    expect(explainRange(d('2025-03-31'), d('2025-05-10'), calendar, 2025)).toEqual([
      '04-04至04-06清明假期不计，05-01至05-05劳动节假期不计，04-27调休上班计入',
    ]);
  });
  it('names a lone office day off by itself', () => {
    const office = WorkCalendar.standard({ offDays: ['2025-03-12'] });
    expect(explainRange(d('2025-03-03'), d('2025-03-31'), office, 2025)).toEqual(['03-12本单位调整休息不计']);
  });
  it('lists the statutory and the estimated days of a year without a notice apart', () => {
    expect(explainRange(d('2027-02-01'), d('2027-02-28'), calendar, 2027)).toEqual([
      '02-05至02-10春节假期不计',
      '2027年的国务院节假日安排尚未发布：02-05、02-06、02-07、02-08为法定节假日（全国年节及纪念日放假办法），确定不计；' +
        '02-09、02-10按补假惯例推算不计；其余按周一至周五计算，调休上班日无法预知，结果待核实',
    ]);
  });
  it("leaves the office's own days off out of the statutory and estimated lists, and keeps a two-character name whole", () => {
    const office = WorkCalendar.standard({ offDays: ['2027-02-09', '2028-01-26'] });
    expect(explainRange(d('2027-02-01'), d('2027-02-28'), office, 2027)).toEqual([
      '02-05至02-10春节本单位调整休息假期不计',
      '2027年的国务院节假日安排尚未发布：02-05、02-06、02-07、02-08为法定节假日（全国年节及纪念日放假办法），确定不计；' +
        '02-10按补假惯例推算不计；其余按周一至周五计算，调休上班日无法预知，结果待核实',
    ]);
    expect(explainRange(d('2028-01-20'), d('2028-02-10'), office, 2028)[1]).toBe(
      '2028年的国务院节假日安排尚未发布：01-25、01-27、01-28为法定节假日（全国年节及纪念日放假办法），确定不计；其余按周一至周五计算，调休上班日无法预知，结果待核实',
    );
  });
});
