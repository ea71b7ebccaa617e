import { caseNames } from '../../pane/views';
import { validateLedger } from '../../core/ledger';
import { WorkCalendar } from '../../core/calendar';
import { asCalendarDate } from '../../core/dates';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';

const options = { today: asCalendarDate(APPLICATIONS_TODAY), calendar: WorkCalendar.standard() };

describe('the case a finding names in the 检查 view', () => {
  it('is the 申请编号 of an application row', () => {
    const names = caseNames(validateLedger(applicationsGrid(), options).register);
    expect(names.get(18)).toBe('2025013');
    // Full-width digits are named as normalised.
    expect(names.get(8)).toBe('2025003');
  });
  it('is the 信息名称 of a catalogue row', () => {
    const reg = validateLedger(catalogueGrid(), options).register!;
    const first = reg.records[0] as { title?: string; source: { row: number } };
    expect(caseNames(reg).get(first.source.row)).toBe(first.title);
    expect(first.title).toBeTruthy();
  });
  it('is nothing without a register', () => {
    expect(caseNames(undefined).size).toBe(0);
  });
});
