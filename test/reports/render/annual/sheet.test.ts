import { annualSheetDocument } from '../../../../reports/render/annual/sheet';
import { annualReport } from '../../../../reports/statistics/annual';

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
