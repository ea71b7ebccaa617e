import { registerTable, neutraliseText } from '../../pane/registerTable';
import { settingsFromGrid, settingsToRows } from '../../core/settings/fromGrid';
import { applicationsRegister } from '../addin/fixtures';
import { defaultSettings } from '../../core/settings/schema';

describe('registerTable', () => {
  it('lays out source row, canonical columns in order, extras, then computed columns', () => {
    const t = registerTable(applicationsRegister());
    const headers = t.columns.map((c) => c.header);
    expect(headers[0]).toBe('源行号');
    expect(headers.slice(1, 4)).toEqual(['申请编号', '收到日期', '申请方式']);
    expect(headers.indexOf('经办人')).toBeLessThan(headers.indexOf('法定期限'));
    expect(headers.slice(-4)).toEqual(['法定期限', '剩余工作日', '状态', '期限说明']);
    expect(t.columns.find((c) => c.header === '收到日期')?.type).toBe('date');
    expect(t.columns.find((c) => c.header === '申请人类型')?.list).toBe('申请人类型');
    expect(t.lists['申请人类型']).toContain('法律服务机构');
    expect(t.rows[0][headers.indexOf('期限说明')]).toBe('收到 2025-03-03；次日起第20个工作日');
  });

  it('neutralises formula-looking text only', () => {
    expect(['=1+1', '+86', '-', '@x', '普通', '１=1'].map(neutraliseText)).toEqual(["'=1+1", "'+86", "'-", "'@x", '普通', '１=1']);
  });
});

describe('settings sheet', () => {
  it('reads back what it writes and reports bad entries without losing the rest', () => {
    const s = defaultSettings();
    s.office.name = '某区某局';
    s.feePausesClock = false;
    const rows: (string | null)[][] = settingsToRows(s);
    rows.push(['本单位额外休息日', '2026-13-01', 'calendar.offDays'], ['不存在的设置', 'x', 'nope']);
    const read = settingsFromGrid({ sheet: '设置', firstRow: 1, firstColumn: 1, rows });
    expect(read.settings.office.name).toBe('某区某局');
    expect(read.settings.feePausesClock).toBe(false);
    expect(read.settings.calendar.offDays).toEqual([]);
    expect(read.findings.map((f) => f.code).sort()).toEqual(['settings.invalid', 'settings.unknownKey']);
  });
});
