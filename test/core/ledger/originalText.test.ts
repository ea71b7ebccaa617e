import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';
import { ApplicationRecord } from '../../../core/register/types';

describe('values the ledger cannot read are never lost', () => {
  const grid = {
    sheet: '台账',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['申请编号', '收到日期', '申请人类型', '申请方式', '答复日期', '延期工作日'],
      ['2025-001', '2025-02-30', '自然人', '飞鸽传书', '', '十天'],
      ['2025-002', '2025-03-03', '公民', '网上', '2025-03-20', ''],
    ],
  };
  const outcome = validateLedger(grid, { today: asCalendarDate('2025-12-31') });
  const [bad, good] = outcome.register!.records as ApplicationRecord[];

  it('keeps the typed text of an impossible date, an unknown channel and a bad number in original', () => {
    expect(bad.receivedDate).toBeUndefined();
    expect(bad.original).toMatchObject({ receivedDate: '2025-02-30', channel: '飞鸽传书', extensionDays: '十天' });
    const codes = outcome.findings.filter((f) => f.row === 2).map((f) => `${f.field}:${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(['receivedDate:date.invalid', 'channel:enum.invalid', 'extensionDays:enum.invalid']));
  });

  it('records a synonym it normalised, and nothing for values left as typed', () => {
    expect(good.applicantType).toBe('自然人');
    expect(good.original).toEqual({ applicantType: '公民', channel: '网上' });
  });
});
