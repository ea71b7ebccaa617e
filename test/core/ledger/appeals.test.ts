import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';
import { AppealRecord } from '../../../core/register/types';
import { APPEALS_CLEAN_ROWS, APPEALS_TODAY, appealsGrid } from '../../fixtures/grids/appeals';

describe('an appeals ledger that starts at B2', () => {
  const outcome = validateLedger(appealsGrid(), { today: asCalendarDate(APPEALS_TODAY) });
  const register = outcome.register!;
  const records = register.records as AppealRecord[];

  it('is detected as appeals and maps with the grid origin', () => {
    expect(register.kind).toBe('appeals');
    expect(register.headerRow).toBe(2);
    expect(register.mapping).toEqual({ caseNo: 'B', appNo: 'C', caseType: 'D', filedDate: 'E', result: 'F', closedDate: 'G' });
  });

  it('normalises case types and results', () => {
    expect(records[0]).toMatchObject({ caseType: '行政复议', result: '维持', filedDate: '2025-11-20' });
    expect(records[1]).toMatchObject({ caseType: '直接起诉', result: '尚未审结', original: { caseType: '行政诉讼', result: '审理中' } });
    expect(records[3]).toMatchObject({ result: '纠正' });
  });

  it('reports the unknown case type and the impossible order, and nothing on clean rows', () => {
    const got = outcome.findings
      .filter((f) => f.severity !== 'info')
      .map(({ row, column, field, severity, code }) => ({ row, column, field, severity, code }));
    expect(got).toEqual([
      { row: 5, column: 'D', field: 'caseType', severity: 'error', code: 'enum.invalid' },
      { row: 6, column: 'G', field: 'closedDate', severity: 'error', code: 'date.order' },
      { row: 7, column: 'F', field: 'result', severity: 'warning', code: 'appeal.result.missing' },
    ]);
    for (const row of APPEALS_CLEAN_ROWS) expect(got.filter((f) => f.row === row)).toEqual([]);
  });
});
