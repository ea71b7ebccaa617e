import { asCalendarDate } from '../../../core/dates';
import type { CellValue, Grid } from '../../../core/grid';
import { validateLedger } from '../../../core/ledger';
import { openApplications } from '../../../core/ledger/openApplications';
import type { AnyRegister } from '../../../core/register/types';
import { applicationsGrid, APPLICATIONS_TODAY } from '../../fixtures/grids/applications';
import { catalogueGrid } from '../../fixtures/grids/catalogue';

const today = asCalendarDate('2025-12-01');

function register(sheet: string, rows: CellValue[][]): AnyRegister {
  const grid: Grid = { sheet, firstRow: 1, firstColumn: 1, rows: [['申请编号', '收到日期', '申请人类型', '答复日期'], ...rows] };
  return validateLedger(grid, { today }).register!;
}

describe('open applications for the deadline view', () => {
  const ledger = register('台账', [
    ['A-late', '2025-10-09', '自然人', null],
    ['A-later', '2025-09-01', '商业企业', null],
    ['A-soon', '2025-11-03', '自然人', null],
    ['A-open2', '2025-11-25', '自然人', null],
    ['A-open1', '2025-11-20', '自然人', null],
    ['A-replied', '2025-09-01', '自然人', '2025-09-20'],
  ]);

  it('groups by the status computed for today: overdue, due soon, in progress; replied ones are left out', () => {
    const groups = openApplications([ledger]);
    expect(groups.overdue.map((x) => x.appNo)).toEqual(['A-later', 'A-late']);
    expect(groups.dueSoon.map((x) => x.appNo)).toEqual(['A-soon']);
    expect(groups.inProgress.map((x) => x.appNo)).toEqual(['A-open1', 'A-open2']);
  });

  it('orders each group by working days left and carries what the view shows', () => {
    const { overdue, inProgress } = openApplications([ledger]);
    expect(overdue[0].workdaysLeft!).toBeLessThan(overdue[1].workdaysLeft!);
    expect(inProgress[0].workdaysLeft!).toBeLessThan(inProgress[1].workdaysLeft!);
    expect(overdue[0]).toMatchObject({
      sheet: '台账',
      row: 3,
      applicant: '商业企业',
      received: '2025-09-01',
      status: '已逾期',
      uncertain: false,
    });
    expect(overdue[0].due).toBeDefined();
    expect(overdue[0].steps.length).toBeGreaterThan(0);
  });

  it('reads every applications register and ignores the other kinds', () => {
    const catalogue = validateLedger(catalogueGrid(), { today: asCalendarDate(APPLICATIONS_TODAY) }).register!;
    const fixture = validateLedger(applicationsGrid(), { today: asCalendarDate(APPLICATIONS_TODAY) }).register!;
    const groups = openApplications([catalogue, ledger, fixture]);
    const all = [...groups.overdue, ...groups.dueSoon, ...groups.inProgress];
    expect(new Set(all.map((x) => x.sheet))).toEqual(new Set(['台账', fixture.sheet]));
    expect(groups.overdue.map((x) => `${x.sheet}:${x.row}`)).toContain(`${fixture.sheet}:18`);
    expect(groups.dueSoon.map((x) => `${x.sheet}:${x.row}`)).toContain(`${fixture.sheet}:9`);
    expect(groups.inProgress.map((x) => `${x.sheet}:${x.row}`)).toContain(`${fixture.sheet}:15`);
  });

  it('is empty without applications', () => {
    expect(openApplications([])).toEqual({ overdue: [], dueSoon: [], inProgress: [] });
  });
});
