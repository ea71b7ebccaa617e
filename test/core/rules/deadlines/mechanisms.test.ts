import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { replyDeadline, ReplyDeadlineInput } from '../../../../core/rules/deadlines';

// Worked examples of contracts §1, one mechanism per block, on the published 2019 and 2025 calendars.
const calendar = WorkCalendar.standard();
const run = (input: ReplyDeadlineInput) => replyDeadline(input, calendar);
const codes = (input: ReplyDeadlineInput) => run(input).problems.map((p) => [p.code, p.severity]);
const plain = d('2025-03-03'); // a Monday; 20 working days → 2025-03-31, Qingming 04-04..04-06

describe('pauses count only while the clock runs (条例第三十三条第三款)', () => {
  it('does not let a consultation begun after the due date move it (the issue: two weeks gained)', () => {
    const r = run({ received: plain, consultations: [{ from: d('2025-04-10'), replied: d('2025-04-20') }] });
    expect(r.due).toBe('2025-03-31');
    expect(r.paused).toBe(0);
    expect(r.steps).toContain(
      '征求第三方意见自 04-10 开始，已晚于当时的答复期限 03-31：期限届满后不能再暂停计时，不计入（条例第三十二条、条例第三十三条第三款）',
    );
    expect(codes({ received: plain, consultations: [{ from: d('2025-04-10'), replied: d('2025-04-20') }] })).toEqual([
      ['deadline.pause.afterDue', 'warning'],
    ]);
  });
  it('counts a pause that begins on the due day itself', () => {
    const r = run({ received: plain, pauses: [{ from: d('2025-03-31'), to: d('2025-04-02') }] });
    expect(r.due).toBe('2025-04-02'); // 04-01 and 04-02 paused
  });
  it('lets a pause begun after the original date count when an extension told in time moved the date first', () => {
    const input = {
      received: plain,
      extension: 10,
      extensionNotice: d('2025-03-20'),
      consultations: [{ from: d('2025-04-08'), replied: d('2025-04-10') }],
    };
    const r = run(input);
    expect(r).toMatchObject({ due: '2025-04-17', paused: 2, extension: 10 });
    expect(r.steps.at(-1)).toBe('20+暂停2+延长10，即第32个工作日 2025-04-17（条例第三十三条）');
  });
  it('applies pauses in date order: the second pause counts because the first one moved the date', () => {
    const r = run({
      received: plain,
      pauses: [
        { from: d('2025-04-07'), to: d('2025-04-09'), reason: '征求其他机关意见', kind: 'agency' },
        { from: d('2025-03-20'), to: d('2025-04-03'), reason: '征求第三方意见', kind: 'thirdParty' },
      ],
    });
    // (03-20, 04-03] = 10 working days → due 04-15; then (04-07, 04-09] = 2 more → 04-17.
    expect(r).toMatchObject({ due: '2025-04-17', paused: 12 });
  });
  it('explains merged pauses of two kinds once, naming both and each article once', () => {
    const r = run({
      received: plain,
      consultations: [
        { from: d('2025-03-10'), replied: d('2025-03-14') },
        { from: d('2025-03-14'), replied: d('2025-03-18'), party: 'agency' },
      ],
    });
    expect(r.paused).toBe(6);
    expect(r.steps).toContain(
      '暂停计时 03-10次日至03-18（征求第三方意见、征求其他机关意见），其间6个工作日不计入（条例第三十二条、条例第三十三条第三款、条例第三十四条）',
    );
  });
});

describe('a correction restarts the clock and voids what came before (条例第三十条)', () => {
  it('does not count the correction wait twice when it was also entered as a pause (the issue)', () => {
    const withPause = run({
      received: plain,
      correctionNotice: d('2025-03-05'),
      correctionReceived: d('2025-03-20'),
      pauses: [{ from: d('2025-03-05'), to: d('2025-03-20'), reason: '等待补正' }],
    });
    expect(withPause.due).toBe('2025-04-18');
    expect(withPause.due).toBe(run({ received: plain, correctionReceived: d('2025-03-20') }).due);
    expect(withPause.steps).toContain('等待补正 03-05次日至03-20在收到补正后的申请之前，不计（条例第三十条）');
  });
  it('counts only the part of a consultation after the corrected application arrived', () => {
    const r = run({
      received: plain,
      correctionReceived: d('2025-03-20'),
      consultations: [{ from: d('2025-03-17'), replied: d('2025-03-25') }],
    });
    expect(r.paused).toBe(3); // 03-21, 03-24, 03-25
    expect(r.due).toBe(calendar.addWorkdays(d('2025-03-20'), 23).date);
    expect(r.steps).toContain('征求第三方意见 03-20次日至03-25，其间3个工作日不计入（条例第三十二条、条例第三十三条第三款）');
  });
});

describe('an extension counts only when told by the original due date, at most 20 days (第三十三条第二款)', () => {
  it('counts an extension told before the original date', () => {
    const r = run({ received: plain, extension: 20, extensionNotice: d('2025-03-28') });
    expect(r).toMatchObject({ due: '2025-04-28', extension: 20, problems: [] }); // 04-27 is a make-up Sunday
    expect(r.steps).toContain('03-28告知申请人，延长答复期限20个工作日（条例第三十三条第二款）');
  });
  it('ignores an extension told after the original date: an error, and the late reply shows as late (the issue)', () => {
    const r = run({ received: plain, extension: 20, extensionNotice: d('2025-04-03'), replied: d('2025-04-18') });
    expect(r).toMatchObject({ due: '2025-03-31', extension: 0, status: '逾期办结', lateBy: 13 });
    expect(r.problems.map((p) => [p.code, p.severity, p.subject])).toEqual([['deadline.extension.late', 'error', 'extension']]);
    expect(r.steps).toContain('04-03才告知延期，晚于原答复期限 03-31，延期20个工作日不计入（条例第三十三条第二款）');
  });
  it('counts only 20 of an extension of 25 (the issue: all 25 were used)', () => {
    const r = run({ received: d('2025-09-26'), extension: 25, extensionNotice: d('2025-10-20') });
    expect(r).toMatchObject({ due: '2025-11-27', extension: 20 });
    expect(r.problems.map((p) => [p.code, p.severity, p.subject])).toEqual([['deadline.extension.tooLong', 'error', 'extensionDays']]);
    expect(r.steps).toContain('延期25个工作日超过最长20个工作日，只计20个工作日（条例第三十三条第二款）');
  });
});

describe('consultations end at the reply or after 15 working days (条例第三十二条、第三十四条)', () => {
  it('pauses for a silent third party only until its 15 working days ran out, with an info', () => {
    const r = run({ received: plain, consultations: [{ from: d('2025-03-10'), replied: d('2025-04-20') }] });
    expect(r).toMatchObject({ due: '2025-04-22', paused: 15 });
    expect(r.steps).toContain(
      '征求第三方意见 03-10次日至03-31（对方15个工作日内未答复，计至期满），其间15个工作日不计入（条例第三十二条、条例第三十三条第三款）',
    );
    expect(r.problems).toEqual([expect.objectContaining({ code: 'deadline.thirdPartyReply.late', severity: 'info' })]);
    expect(r.problems[0].message).toContain('2025-03-31 起本机关即可依法作出决定（条例第三十二条）');
  });
  it('cites 第三十四条 for another agency and ends at its reply', () => {
    const r = run({ received: plain, consultations: [{ from: d('2025-03-10'), replied: d('2025-03-17'), party: 'agency' }] });
    expect(r).toMatchObject({ due: '2025-04-08', paused: 5 });
    expect(r.steps).toContain('征求其他机关意见 03-10次日至03-17，其间5个工作日不计入（条例第三十四条、条例第三十三条第三款）');
  });
  it('is 征求意见中 while an unanswered consultation is within its window, then the clock runs again', () => {
    const open = { received: plain, consultations: [{ from: d('2025-03-10') }] };
    expect(run({ ...open, today: d('2025-03-31') })).toMatchObject({ status: '征求意见中', due: '2025-04-22' });
    expect(run({ ...open, today: d('2025-03-31') }).steps.at(-1)).toBe(
      '征求意见中，对方答复期限 2025-03-31（条例第三十二条、条例第三十三条第三款）',
    );
    expect(run({ ...open, today: d('2025-04-01') })).toMatchObject({ status: '办理中', workdaysLeft: 14 });
  });
});

describe('the fee pause and its payment window (条例第四十二条, 国办函〔2020〕109号)', () => {
  it('pauses from the notice to the payment and cites both texts', () => {
    const r = run({ received: plain, fee: { notice: d('2025-03-10'), paid: d('2025-03-14') } });
    expect(r).toMatchObject({ due: '2025-04-07', paused: 4 });
    expect(r.steps).toContain(
      '收费通知 03-10次日至缴费 03-14，其间4个工作日不计入（条例第四十二条、《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；收费是否暂停计时以本单位设置为准）',
    );
  });
  it('does not pause when the office counts fees in the period, but still keeps the payment window', () => {
    const off = { received: plain, fee: { notice: d('2025-03-10') }, feePausesClock: false };
    expect(run({ ...off, today: d('2025-03-20') })).toMatchObject({ due: '2025-03-31', paused: 0, status: '待缴费' });
  });
  it('is 待缴费 for 20 working days after the notice, then 逾期未缴费 with a warning (视为放弃)', () => {
    const unpaid = { received: plain, fee: { notice: d('2025-03-10') } };
    expect(run({ ...unpaid, today: d('2025-04-08') }).status).toBe('待缴费');
    const late = run({ ...unpaid, today: d('2025-04-09') });
    expect(late).toMatchObject({ status: '逾期未缴费', abandoned: '逾期未缴费' });
    expect(late.problems.map((p) => [p.code, p.severity])).toEqual([['deadline.fee.abandoned', 'warning']]);
    expect(late.steps).toContain(
      '缴费期限 2025-04-08 已过仍未缴费，视为放弃申请（《政府信息公开信息处理费管理办法》（国办函〔2020〕109号））：逾期未缴费',
    );
  });
  it('does not call the closing of an unpaid case late', () => {
    const r = run({ received: plain, fee: { notice: d('2025-03-10') }, replied: d('2025-05-06') });
    expect(r).toMatchObject({ status: '按期办结', abandoned: '逾期未缴费' });
  });
});

describe('waiting for the correction (条例第三十条)', () => {
  const asked = { received: plain, correctionNotice: d('2025-03-05') };
  it('is 补正中 until the 15 working days of the notice end, then 逾期不补正 with a warning', () => {
    expect(run({ ...asked, today: d('2025-03-26') }).status).toBe('补正中');
    const r = run({ ...asked, today: d('2025-03-27') });
    expect(r).toMatchObject({ status: '逾期不补正', abandoned: '逾期不补正' });
    expect(r.problems.map((p) => [p.code, p.severity, p.subject])).toEqual([['deadline.correction.abandoned', 'warning', 'correction']]);
    expect(r.steps).toContain('2025-03-05告知补正，补正期限 2025-03-26（15个工作日，条例第三十条）；收到补正后的申请前答复期限不起算');
  });
  it('takes the period the notice gave, or the office default', () => {
    expect(run({ ...asked, correctionUntil: d('2025-03-12'), today: d('2025-03-13') }).status).toBe('逾期不补正');
    expect(run({ ...asked, correctionDays: 10, today: d('2025-03-20') }).status).toBe('逾期不补正');
    expect(run({ ...asked, correctionDays: 10, today: d('2025-03-19') }).status).toBe('补正中');
  });
  it('leaves the waiting state once the corrected application arrived', () => {
    expect(run({ ...asked, correctionReceived: d('2025-03-20'), today: d('2025-04-01') })).toMatchObject({
      status: '办理中',
      due: '2025-04-18',
    });
  });
});

describe('延迟答复 (条例第三十五条)', () => {
  it('judges the reply against the later date told to the applicant', () => {
    const r = run({ received: plain, delay: { to: d('2025-06-30'), notified: d('2025-03-20') }, replied: d('2025-06-20') });
    expect(r).toMatchObject({ due: '2025-06-30', status: '按期办结' });
    expect(r.steps).toContain('延迟答复：2025-03-20告知申请人，答复期限定为 2025-06-30（条例第三十五条）');
  });
  it('does not take a delay told after the due date, nor one that is not later', () => {
    expect(run({ received: plain, delay: { to: d('2025-06-30'), notified: d('2025-04-01') } })).toMatchObject({ due: '2025-03-31' });
    expect(codes({ received: plain, delay: { to: d('2025-06-30'), notified: d('2025-04-01') } })).toEqual([
      ['deadline.delay.late', 'warning'],
    ]);
    expect(codes({ received: plain, delay: { to: d('2025-03-20') } })).toEqual([['deadline.delay.notLater', 'warning']]);
  });
});

describe('the 2008 条例 for applications received before 2019-05-15 (旧条例第二十四条)', () => {
  it('gives 15 working days on 2019-05-14 and 20 on 2019-05-15, naming the regulation', () => {
    const old = run({ received: d('2019-05-14') });
    expect(old).toMatchObject({ regime: '2008', due: '2019-06-04' });
    expect(old.steps[0]).toBe(
      '适用2008年施行的《中华人民共和国政府信息公开条例》（旧条例）：15个工作日内答复，延长最长15个工作日（旧条例第二十四条第二款）',
    );
    expect(old.steps.at(-1)).toBe('第15个工作日 2019-06-04（旧条例第二十四条第二款）');
    const now = run({ received: d('2019-05-15') });
    expect(now).toMatchObject({ regime: '2019', due: '2019-06-13' });
    expect(now.steps[0]).toMatch(/^适用《中华人民共和国政府信息公开条例》（2019年修订）/);
  });
  it('allows at most 15 days of extension', () => {
    const r = run({ received: d('2019-03-01'), extension: 20 });
    expect(r).toMatchObject({ due: '2019-04-15', extension: 15 });
    expect(r.problems.map((p) => p.code)).toEqual(['deadline.extension.tooLong']);
  });
  it('keeps its own 15 days whatever the preset says for the 2019 rules', () => {
    expect(run({ received: d('2019-03-01'), days: 20 }).due).toBe('2019-03-22');
  });
});

describe('years without a State Council notice', () => {
  it('says which days of 2027 are certain and which estimated, and stays uncertain', () => {
    const r = run({ received: d('2027-01-25') });
    expect(r).toMatchObject({ uncertain: true, due: '2027-02-26' });
    expect(r.steps).toContain('02-05至02-10春节假期不计');
    expect(r.steps).toContain(
      '2027年的国务院节假日安排尚未发布：02-05、02-06、02-07、02-08为法定节假日（全国年节及纪念日放假办法），确定不计；' +
        '02-09、02-10按补假惯例推算不计；其余按周一至周五计算，调休上班日无法预知，结果待核实',
    );
  });
});
