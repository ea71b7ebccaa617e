import { existsSync } from 'node:fs';
import { loadPdfFonts } from '../../../../cli/fonts';
import { asCalendarDate } from '../../../../core/dates';
import { monthlyChartSvg, monthlyPdf, niceAxisMax } from '../../../../reports/render/monthly';
import { pageOnePng, pdfFonts, pdfText, saveOutput, squeeze } from '../pdf/pdfTools';
import { marchModel } from './fixtures';

jest.setTimeout(60_000);

describe('monthly report PDF', () => {
  const fonts = loadPdfFonts();

  it('prints the title, every column label, every department line with its figures, and the notes', async () => {
    const model = marchModel();
    const { bytes, findings } = await monthlyPdf(model, fonts, asCalendarDate('2025-03-31'));
    expect(findings).toEqual([]);
    const path = saveOutput('monthly-2025-03.pdf', bytes);
    const raw = squeeze(pdfText(path, false));
    expect(raw).toContain('上海市某某区规划和自然资源局2025年3月政府信息公开工作月度统计');
    for (const label of [
      '承办科室',
      '主动公开目录',
      '依申请公开',
      '本月答复类型',
      '本月生成',
      '本月公开',
      '按期公开率',
      '平均公开用时（工作日）',
      '本月收到',
      '本月办结',
      '月末未办结',
      '其中已逾期',
      '按期办结率',
      '予以公开',
      '部分公开',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
    ]) {
      expect(raw).toContain(label);
    }
    for (const note of model.notes) expect(raw).toContain(squeeze(note));
    const lines = pdfText(path).split('\n');
    const has = (cells: string[]) => lines.some((l) => new RegExp(cells.join('\\s+')).test(l));
    expect(has(['办公室', '101', '102', '87.5%', '6.5', '103', '104', '105', '106', '90%', '120', '121', '122', '123', '124', '125'])).toBe(
      true,
    );
    // Unknown rates stay blank, not 0%.
    expect(has(['规划管理科', '201', '202', '100%', '12.3', '203', '204', '205', '206', '220'])).toBe(true);
    expect(has(['未填科室', '301', '302', '303', '304', '305', '306', '50%', '320'])).toBe(true);
    expect(has(['合计', '401', '402', '93.3%', '8.4'])).toBe(true);
    expect(has(['本年累计', '501', '502', '95%', '7.1'])).toBe(true);
    for (const f of pdfFonts(path)) expect([f.name, f.embedded, f.subset]).toEqual([f.name, true, true]);
    expect(existsSync(pageOnePng(path, 'monthly-2025-03-page1'))).toBe(true);
  });

  it('draws the 12-month chart with its legend, axis figures and month labels', async () => {
    const { bytes } = await monthlyPdf(marchModel(), fonts, asCalendarDate('2025-03-31'));
    const text = squeeze(pdfText(saveOutput('monthly-chart.pdf', bytes), false));
    expect(text).toContain('二、2025年各月收到与办结申请情况');
    expect(text).toContain('收到');
    expect(text).toContain('办结');
    for (let m = 1; m <= 12; m++) expect(text).toContain(`${m}月`);
    for (const tick of ['80', '60', '40', '20']) expect(text).toContain(tick);
  });

  it('gives identical bytes twice', async () => {
    const a = await monthlyPdf(marchModel(), fonts, asCalendarDate('2025-03-31'));
    const b = await monthlyPdf(marchModel(), fonts, asCalendarDate('2025-03-31'));
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
  });
});

describe('monthlyChartSvg', () => {
  const rects = (svg: string) =>
    [...svg.matchAll(/<rect data-kind="(\w+)" data-month="([\d-]+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map(
      (m) => ({
        kind: m[1],
        month: m[2],
        x: Number(m[3]),
        height: Number(m[6]),
      }),
    );

  it('draws a received and an answered bar per month, heights to scale', () => {
    const { svg, axisMax } = monthlyChartSvg(marchModel().series, { width: 630, height: 160, axis: 30 });
    expect(axisMax).toBe(80);
    const bars = rects(svg);
    expect(bars).toHaveLength(24);
    const march = bars.filter((b) => b.month === '2025-03');
    expect(march.map((b) => [b.kind, b.height])).toEqual([
      ['received', 82],
      ['answered', 76],
    ]);
    expect(bars.filter((b) => b.month === '2025-12').map((b) => b.height)).toEqual([0, 0]);
    // Months left to right.
    const xs = bars.filter((b) => b.kind === 'received').map((b) => b.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
  });

  it('picks a round axis maximum with four ticks', () => {
    expect(niceAxisMax(0)).toBe(4);
    expect(niceAxisMax(3)).toBe(4);
    expect(niceAxisMax(7)).toBe(8);
    expect(niceAxisMax(41)).toBe(80);
    expect(niceAxisMax(1000)).toBe(1000);
    expect(niceAxisMax(1001)).toBe(2000);
  });
});
