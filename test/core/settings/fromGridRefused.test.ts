import { Grid } from '../../../core/grid';
import { settingsFromGrid } from '../../../core/settings/fromGrid';

function grid(rows: Grid['rows']): Grid {
  return { sheet: '设置', rows, firstRow: 1, firstColumn: 1 };
}

describe('the 设置 sheet: values the schema refuses after reading', () => {
  it('drops an imported notice of a year out of range, and keeps the other settings', () => {
    const { settings, findings } = settingsFromGrid(
      grid([
        ['机关名称', '某区某某局'],
        ['放假', '2026-12-31'],
        ['年份', '日期', '类型', '来源', '节日'],
        ['1800', '1800-01-01', '放假', '某通知', '元旦'],
      ]),
    );
    expect(settings.office.name).toBe('某区某某局');
    expect(settings.calendar.offDays).toEqual(['2026-12-31']);
    expect(settings.calendar.notices).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({
        field: 'calendar.notices',
        code: 'settings.invalid',
        message: expect.stringContaining('“导入的节假日安排”'),
      }),
    ]);
  });

  it('keeps a notice of a year in range', () => {
    const { settings, findings } = settingsFromGrid(grid([['2027', '2027-01-01', '放假', '某通知', '元旦']]));
    expect(findings).toEqual([]);
    expect(settings.calendar.notices).toEqual([
      { year: 2027, source: '某通知', days: [{ date: '2027-01-01', off: true, holiday: '元旦' }] },
    ]);
  });
});
