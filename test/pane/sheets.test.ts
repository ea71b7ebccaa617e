import { registerTable, neutraliseText } from '../../pane/registerTable';
import { annualSheetDocument } from '../../pane/annualSheet';
import { settingsFromGrid, settingsToRows } from '../../core/settings/fromGrid';
import { annualReport } from '../../reports/statistics/annual';
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

describe('annualSheetDocument', () => {
  it('stacks tables 二 三 四 under their headings with merged and bordered table ranges', () => {
    const { model } = annualReport([], { year: 2025, office: '某局' });
    const doc = annualSheetDocument(model);
    const texts = doc.rows.flat().filter((c): c is string => typeof c === 'string');
    expect(doc.name).toBe('年报2025');
    expect(texts[0]).toBe('某局2025年政府信息公开工作年度报告（统计表）');
    for (const h of ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'])
      expect(texts).toContain(h);
    expect(doc.bordered).toHaveLength(3);
    expect(doc.merges!.length).toBeGreaterThan(10);
    // Made from no register at all: every table 未提供, the status 不完整 — never 全部通过.
    expect(texts).toContain('未提供');
    expect(texts.some((t) => t.startsWith('报告状态：不完整'))).toBe(true);
    expect(texts.some((t) => t.includes('全部通过'))).toBe(false);
  });

  it('names a missing office as missing, never 本机关', () => {
    const { model } = annualReport([], { year: 2025, office: '' });
    const texts = annualSheetDocument(model)
      .rows.flat()
      .filter((c): c is string => typeof c === 'string');
    expect(texts[0]).toBe('2025年政府信息公开工作年度报告（统计表）');
    expect(texts[1]).toContain('机关名称');
    // 本机关 appears only in the official row label 本机关不掌握相关政府信息, never as the office.
    expect(texts.filter((t) => t.includes('本机关'))).toEqual(['1.本机关不掌握相关政府信息']);
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
