import { asCalendarDate as d } from '../../../../core/dates';
import { loadPreset, Preset } from '../../../../core/presets';
import { clockInputOf, clockKey, clockOptionsOf, ClockOptions } from '../../../../core/rules/deadlines/fromRecord';
import { SettingsSchema } from '../../../../core/settings/schema';

const national = loadPreset('national');
// A preset with only the answer period and the fee switch off: every optional period is absent.
const bare: Preset = {
  name: 'bare',
  label: '只有答复期限',
  periods: { reply: { ...national.periods.reply, days: 15 } },
  feePausesClock: false,
};
const plainOptions: ClockOptions = { replyDays: 20, feePausesClock: true };

describe('clockOptionsOf — the clock numbers of an office', () => {
  it("takes the national preset's periods when there are no settings", () => {
    expect(clockOptionsOf(national, undefined)).toStrictEqual({
      replyDays: 20,
      correctionDays: 15,
      consultWindow: 15,
      feeDays: 20,
      feePausesClock: true,
    });
  });
  it("lets the settings' 补正期限 and fee switch win, and carries today", () => {
    const settings = SettingsSchema.parse({ correctionPeriodDays: 10, feePausesClock: false });
    expect(clockOptionsOf(national, settings, d('2025-04-02'))).toStrictEqual({
      replyDays: 20,
      correctionDays: 10,
      consultWindow: 15,
      feeDays: 20,
      feePausesClock: false,
      today: '2025-04-02',
    });
  });
  it('keeps the fee clock running when the settings leave it to the preset (default true)', () => {
    expect(clockOptionsOf(national, SettingsSchema.parse({})).feePausesClock).toBe(true);
  });
  it('leaves absent periods absent and lets a preset without the fee pause win over the settings', () => {
    const settings = SettingsSchema.parse({ feePausesClock: true });
    expect(clockOptionsOf(bare, settings)).toStrictEqual({
      replyDays: 15,
      correctionDays: undefined,
      consultWindow: undefined,
      feeDays: undefined,
      feePausesClock: false,
    });
  });
});

describe('clockInputOf — the clock input of one register row', () => {
  it('gives only the receipt, the period and the fee switch for a bare row', () => {
    expect(clockInputOf({ receivedDate: d('2025-03-03') }, plainOptions)).toStrictEqual({
      input: { received: '2025-03-03', days: 20, feePausesClock: true },
      intervalErrors: [],
    });
  });

  it('carries every field of a complete row, the 征求意见 columns before the 征求意见记录 cell', () => {
    const { input, intervalErrors } = clockInputOf(
      {
        receivedDate: d('2025-03-03'),
        correctionNoticeDate: d('2025-03-04'),
        correctionDueDate: d('2025-03-20'),
        correctionReceivedDate: d('2025-03-10'),
        consultSentDate: d('2025-03-12'),
        consultReplyDate: d('2025-03-18'),
        // The second entry repeats the columns' consultation (with another reply day): it counts once, as the columns say.
        consultations: '其他机关：2025-03-20至2025-03-25；2025-03-12至2025-03-19；2025-03-26；不是日期',
        feeNoticeDate: d('2025-03-05'),
        feePaidDate: d('2025-03-07'),
        extensionDays: 10,
        extensionNoticeDate: d('2025-03-28'),
        delayToDate: d('2025-05-06'),
        delayNoticeDate: d('2025-04-01'),
        replyDate: d('2025-04-20'),
      },
      { replyDays: 20, correctionDays: 15, consultWindow: 15, feeDays: 20, feePausesClock: false, today: d('2025-04-02') },
    );
    expect(input).toStrictEqual({
      received: '2025-03-03',
      days: 20,
      correctionNotice: '2025-03-04',
      correctionUntil: '2025-03-20',
      correctionDays: 15,
      correctionReceived: '2025-03-10',
      consultations: [
        { from: '2025-03-12', replied: '2025-03-18', party: 'thirdParty' },
        { from: '2025-03-20', replied: '2025-03-25', party: 'agency' },
        { from: '2025-03-26', party: 'thirdParty' },
      ],
      consultWindow: 15,
      fee: { notice: '2025-03-05', paid: '2025-03-07' },
      feeDays: 20,
      feePausesClock: false,
      extension: 10,
      extensionNotice: '2025-03-28',
      delay: { to: '2025-05-06', notified: '2025-04-01' },
      replied: '2025-04-20',
      today: '2025-04-02',
    });
    expect(intervalErrors.map((e) => e.text)).toEqual(['不是日期']);
  });

  it('takes the dates on the receipt day itself (the day is not before it)', () => {
    const day = d('2025-03-03');
    const { input } = clockInputOf(
      {
        receivedDate: day,
        correctionNoticeDate: day,
        correctionReceivedDate: day,
        feeNoticeDate: day,
        feePaidDate: day,
        extensionDays: 1,
        extensionNoticeDate: day,
      },
      plainOptions,
    );
    expect(input).toMatchObject({
      correctionNotice: day,
      correctionReceived: day,
      fee: { notice: day, paid: day },
      extension: 1,
      extensionNotice: day,
    });
  });

  it('leaves out what cannot count: dates before the receipt, a payment before its notice, a payment without a notice', () => {
    const { input } = clockInputOf(
      {
        receivedDate: d('2025-03-03'),
        correctionNoticeDate: d('2025-03-02'),
        correctionReceivedDate: d('2025-03-01'),
        feeNoticeDate: d('2025-03-10'),
        feePaidDate: d('2025-03-09'),
        extensionDays: 5,
        extensionNoticeDate: d('2025-02-28'),
      },
      plainOptions,
    );
    expect(input).toStrictEqual({ received: '2025-03-03', days: 20, feePausesClock: true, extension: 5 });
    expect(clockInputOf({ receivedDate: d('2025-03-03'), feePaidDate: d('2025-03-09') }, plainOptions).input).not.toHaveProperty('fee');
  });

  it('keeps an unpaid fee notice and a delay not told yet without their missing dates', () => {
    const { input } = clockInputOf(
      { receivedDate: d('2025-03-03'), feeNoticeDate: d('2025-03-10'), delayToDate: d('2025-05-06'), consultSentDate: d('2025-03-12') },
      plainOptions,
    );
    expect(input.fee).toStrictEqual({ notice: '2025-03-10' });
    expect(input.delay).toStrictEqual({ to: '2025-05-06' });
    expect(input.consultations).toStrictEqual([{ from: '2025-03-12', party: 'thirdParty' }]);
  });

  it.each([0, -3, 2.5])('ignores an extension of %p days, and its notice with it', (extensionDays) => {
    const { input } = clockInputOf({ receivedDate: d('2025-03-03'), extensionDays, extensionNoticeDate: d('2025-03-20') }, plainOptions);
    expect(input).toStrictEqual({ received: '2025-03-03', days: 20, feePausesClock: true });
  });
});

describe('clockKey', () => {
  it('is the same for rows that share their dates and differs when one date differs', () => {
    const a = clockInputOf({ receivedDate: d('2025-03-03'), replyDate: d('2025-03-20') }, plainOptions).input;
    const b = clockInputOf({ receivedDate: d('2025-03-03'), replyDate: d('2025-03-20') }, plainOptions).input;
    const c = clockInputOf({ receivedDate: d('2025-03-03'), replyDate: d('2025-03-21') }, plainOptions).input;
    expect(clockKey(a)).toBe(clockKey(b));
    expect(clockKey(a)).not.toBe(clockKey(c));
    expect(clockKey(a)).toContain('2025-03-20');
  });
});
