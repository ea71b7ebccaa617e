import { asCalendarDate } from '../../../core/dates';
import { duplicateIdFindings, validateLedger } from '../../../core/ledger';

describe('duplicateIdFindings', () => {
  it('gives exactly the id.duplicate findings of a full check, from the records alone', () => {
    const grid = {
      sheet: '台账',
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ['申请编号', '收到日期', '申请人类型'],
        ['A-1', '2025-03-03', '自然人'],
        ['A-2', '2025-03-04', '自然人'],
        ['A-1', '2025-03-05', '自然人'],
        ['A-2', '2025-03-06', '自然人'],
        ['A-1', '2025-03-07', '自然人'],
      ],
    };
    const outcome = validateLedger(grid, { today: asCalendarDate('2025-03-10') });
    const full = outcome.findings.filter((f) => f.code === 'id.duplicate');
    expect(full.map((f) => f.row)).toEqual([4, 5, 6]);
    expect(duplicateIdFindings(outcome.register!)).toEqual(full);
  });
});
