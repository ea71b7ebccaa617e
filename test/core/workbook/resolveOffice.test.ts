import { resolveOffice, officeCalendar } from '../../../core/workbook';
import { WorkCalendar } from '../../../core/calendar';
import { asCalendarDate } from '../../../core/dates';
import type { Grid } from '../../../core/grid';
import { defaultSettings } from '../../../core/settings/schema';

const today = asCalendarDate('2025-12-01');
const settingsGrid = (rows: Grid['rows']): Grid => ({ sheet: '设置', rows, firstRow: 1, firstColumn: 1 });
const OFFICE_SHEET = settingsGrid([
  ['设置项', '值'],
  ['机关名称', '上海市普陀区应急管理局'],
  ['规则预设', 'changning'],
  ['放假', '2025-10-20'],
]);

describe('resolveOffice: settings → preset → calendar, once', () => {
  it('without settings: the defaults, the national preset, the standard calendar', () => {
    const office = resolveOffice({ today });
    expect(office.settings).toEqual(defaultSettings());
    expect(office.preset.name).toBe('national');
    expect(office.presetProblem).toBeUndefined();
    expect(office.findings).toEqual([]);
    expect(office.settingsGrid).toBeUndefined();
    expect(office.calendar).toBe(WorkCalendar.standard({}));
    expect(office.today).toBe(today);
  });

  it('reads the 设置 sheet: its office, its preset and its own days off in the calendar', () => {
    const office = resolveOffice({ settingsGrid: OFFICE_SHEET, today });
    expect(office.settings.office.name).toBe('上海市普陀区应急管理局');
    expect(office.preset.name).toBe('changning');
    expect(office.settingsGrid).toBe(OFFICE_SHEET);
    // 2025-10-20 is a Monday: a working day, except for this office.
    expect(WorkCalendar.standard({}).isWorkday(asCalendarDate('2025-10-20'))).toBe(true);
    expect(office.calendar.isWorkday(asCalendarDate('2025-10-20'))).toBe(false);
    expect(office.calendar).toBe(officeCalendar(office.settings));
  });

  it('given settings win over the sheet (whose findings are then not reported); a named preset wins over both', () => {
    const given = { ...defaultSettings(), preset: 'shanghai' };
    const bad = settingsGrid([['收费通知暂停计时', '也许']]);
    const office = resolveOffice({ settings: given, settingsGrid: bad, today });
    expect(office.settings).toBe(given);
    expect(office.findings).toEqual([]);
    expect(office.settingsGrid).toBeUndefined();
    expect(office.preset.name).toBe('shanghai');
    expect(resolveOffice({ settings: given, presetName: 'taopu', today }).preset.name).toBe('taopu');
    expect(resolveOffice({ settingsGrid: bad, today }).findings.length).toBeGreaterThan(0);
  });

  it('an unknown preset: the national one, and why', () => {
    const office = resolveOffice({ presetName: 'nowhere', today });
    expect(office.presetName).toBe('nowhere');
    expect(office.preset.name).toBe('national');
    expect(office.presetProblem).toMatch(/nowhere/);
    expect(office.presetProblem).toMatch(/已按全国通用规则检查/);
  });
});
