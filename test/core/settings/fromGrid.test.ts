import { Grid } from '../../../core/grid';
import { defaultSettings, SettingsSchema } from '../../../core/settings/schema';
import { effectiveSettings, settingsFromGrid, settingsToRows } from '../../../core/settings/fromGrid';

function grid(rows: Grid['rows']): Grid {
  return { sheet: '设置', rows, firstRow: 1, firstColumn: 1 };
}

describe('the 设置 sheet', () => {
  it('reads readable Chinese labels into Settings', () => {
    const { settings, findings } = settingsFromGrid(
      grid([
        ['台账助手设置', null],
        ['项目', '值'],
        ['机关名称', '上海市普陀区应急管理局'],
        ['机构代码：', 'MB2F300040'],
        ['规则预设', 'changning'],
        ['调休上班', '2026-10-10、2026年9月20日'],
        ['放假', new Date(Date.UTC(2026, 11, 31))],
        ['收费通知暂停计时', '否'],
        ['列映射', '收到日期=C；申请人类型=申请人性质'],
        ['列映射：2025年台账', '答复日期=M'],
        ['列映射：目录 / 公开日期', 'H'],
      ]),
    );
    expect(findings).toEqual([]);
    expect(settings.office.name).toBe('上海市普陀区应急管理局');
    expect(settings.office.code).toBe('MB2F300040');
    expect(settings.preset).toBe('changning');
    expect(settings.calendar).toEqual({ workdays: ['2026-10-10', '2026-09-20'], offDays: ['2026-12-31'], notices: [] });
    expect(settings.feePausesClock).toBe(false);
    expect(settings.columns).toEqual({
      '*': { 收到日期: 'C', 申请人类型: '申请人性质' },
      '2025年台账': { 答复日期: 'M' },
      目录: { 公开日期: 'H' },
    });
    expect(() => SettingsSchema.parse(settings)).not.toThrow();
  });

  it('reads a 节假日调整 table (date | 放假 or 上班) below the settings', () => {
    const { settings, findings } = settingsFromGrid(
      grid([
        ['规则预设', 'shanghai'],
        [null, null],
        ['节假日调整', null],
        ['日期', '类型'],
        [new Date(Date.UTC(2026, 11, 31)), '放假'],
        ['2026-10-10', '调休上班'],
        ['2026年9月30日', '休息'],
      ]),
    );
    expect(findings).toEqual([]);
    expect(settings.preset).toBe('shanghai');
    expect(settings.calendar).toEqual({ offDays: ['2026-12-31', '2026-09-30'], workdays: ['2026-10-10'], notices: [] });
  });

  it('turns bad values into findings at their row and keeps the defaults', () => {
    const { settings, findings } = settingsFromGrid(
      grid([
        ['设置项', '值'],
        ['调休上班', '2026-10-10、10月32日'],
        ['收费通知暂停计时', '也许'],
        ['颜色', '红'],
        ['列映射', '收到日期'],
      ]),
    );
    expect(findings.map((f) => [f.row, f.code, f.severity])).toEqual([
      [2, 'settings.invalid', 'warning'],
      [3, 'settings.invalid', 'warning'],
      [4, 'settings.unknownKey', 'warning'],
      [5, 'settings.invalid', 'warning'],
    ]);
    expect(findings[0].message).toContain('10月32日');
    expect(settings.calendar.workdays).toEqual(['2026-10-10']);
    expect(settings.feePausesClock).toBe(defaultSettings().feePausesClock);
  });

  it('writes rows that read back to the same settings (and keeps the add-in key column)', () => {
    const original = SettingsSchema.parse({
      office: { name: '某街道办事处', code: '11310107002', phone: '021-12345678' },
      preset: 'shanghai',
      calendar: { offDays: ['2026-12-31'], workdays: ['2026-10-10'] },
      columns: { '*': { receivedDate: 'C' }, 台账: { 答复日期: '办结日期' } },
      feePausesClock: false,
    });
    const rows = settingsToRows(original);
    expect(rows[0]).toEqual(['设置项', '值', '键（请勿修改）']);
    expect(rows).toContainEqual(['规则预设', 'shanghai', 'preset']);
    expect(rows).toContainEqual(['调休上班', '2026-10-10', 'calendar.workdays']);
    const back = settingsFromGrid(grid(rows));
    expect(back.findings).toEqual([]);
    expect(back.settings).toEqual(original);
    // The same rows without the key column read back the same too.
    const twoColumns = settingsFromGrid(grid(rows.map((r) => [r[0], r[1]])));
    expect(twoColumns.settings).toEqual(original);
  });

  it('reads and writes the 补正期限 in working days (correctionPeriodDays) and refuses what is not a positive whole number', () => {
    const original = SettingsSchema.parse({ correctionPeriodDays: 10 });
    const rows = settingsToRows(original);
    expect(rows).toContainEqual(['补正期限（工作日）', '10', 'correctionPeriodDays']);
    expect(settingsFromGrid(grid(rows)).settings.correctionPeriodDays).toBe(10);
    expect(settingsFromGrid(grid(rows.map((r) => [r[0], r[1]])))).toEqual({ settings: original, findings: [] });
    const read = (value: string | number) => settingsFromGrid(grid([['补正期限', value]]));
    expect(read(7).settings.correctionPeriodDays).toBe(7);
    expect(read('１５个工作日').settings.correctionPeriodDays).toBe(15);
    const bad = read('十五天');
    expect(bad.settings.correctionPeriodDays).toBeUndefined();
    expect(bad.findings).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'correctionPeriodDays',
        code: 'settings.invalid',
        message: expect.stringContaining('应为正整数'),
      }),
    ]);
    expect(read(0).findings.map((f) => f.code)).toEqual(['settings.invalid']);
    // Not set: the row is written empty and reads back as the preset's default.
    expect(settingsToRows(defaultSettings())).toContainEqual(['补正期限（工作日）', '', 'correctionPeriodDays']);
    expect(settingsFromGrid(grid(settingsToRows(defaultSettings()))).settings.correctionPeriodDays).toBeUndefined();
  });
});

describe('effectiveSettings', () => {
  const sheet = {
    sheet: '设置',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['设置项', '值'],
      ['规则预设', 'shanghai'],
      ['收费通知暂停计时', '也许'],
    ],
  };
  it('takes given settings over the 设置 sheet, the sheet (with its findings) over the defaults', () => {
    const given = { ...defaultSettings(), preset: 'changning' };
    expect(effectiveSettings(given, sheet)).toEqual({ settings: given, findings: [] });
    const fromSheet = effectiveSettings(undefined, sheet);
    expect(fromSheet.settings.preset).toBe('shanghai');
    expect(fromSheet.findings.map((f) => f.code)).toEqual(['settings.invalid']);
    expect(effectiveSettings(undefined, undefined)).toEqual({ settings: defaultSettings(), findings: [] });
  });
});
