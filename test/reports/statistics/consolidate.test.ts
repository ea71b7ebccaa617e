import { readFileSync } from 'node:fs';
import { consolidate, ConsolidateError } from '../../../reports/statistics/consolidate';
import { parseReportJson } from '../../../reports/statistics/parseReport';
import { AnnualReportModel } from '../../../reports/statistics/model';
import { annualReport } from '../../../reports/statistics/annual';
import { asCalendarDate } from '../../../core/dates';
import { app, register } from './builders';

const load = (name: string): AnnualReportModel => {
  const parsed = parseReportJson(JSON.parse(readFileSync(`${__dirname}/fixtures/${name}`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.model;
};
const d = asCalendarDate;

describe('consolidate', () => {
  it('sums tables 三 and 四 cell by cell and keeps the offices', () => {
    const a = load('huaian_city_2024.json');
    const b = { ...load('huaian_city_2024.json'), office: '乙局' };
    b.table2 = { ...b.table2, licensing: 7, feesWanYuan: 0.35 };
    const c = { ...load('huaian_city_2024.json'), office: '丙局' };
    c.table2 = { ...c.table2, licensing: 5, feesWanYuan: 0.4 };
    const sum = consolidate([a, b, c], { office: '淮安市汇总' });
    expect(sum.table3.rows.new).toEqual([9003, 159, 0, 0, 183, 12, 9357]);
    expect(sum.table3.rows.carry_out[6]).toBe(309);
    expect(sum.table4.review).toEqual({ upheld: 216, corrected: 192, other: 534, pending: 111, total: 1053 });
    expect(sum.offices?.map((o) => o.office)).toEqual(['淮安市人民政府', '乙局', '丙局']);
    expect(sum.table2.licensing).toBe(12);
    expect(sum.table2.feesWanYuan).toBe(0.75);
    expect(sum.table2.penalty).toBeNull();
    const warnings = sum.checks.filter((x) => x.rule === 'consolidate.table2.partial');
    expect(warnings.map((w) => w.message)).toEqual([
      '表二“行政许可”只汇总了已填报的单位，淮安市人民政府未填报',
      '表二“行政事业性收费（万元）”只汇总了已填报的单位，淮安市人民政府未填报',
    ]);
    expect(sum.checks.filter((x) => !x.ok && x.severity === 'error')).toEqual([]);
  });
  it('carries an office’s broken totals into a failing check of the sum', () => {
    const sum = consolidate([load('huaian_hongze_2023.json'), { ...load('huaian_hongze_2023.json'), office: '另一区' }], {
      office: '汇总',
    });
    const failed = sum.checks.filter((x) => !x.ok && x.severity === 'error');
    expect(failed.map((x) => [x.row, x.expected, x.actual])).toEqual([
      ['review', 22, 0],
      ['suitAfterReview', 10, 0],
    ]);
  });
  it('refuses reports of different years', () => {
    expect(() => consolidate([load('huaian_city_2024.json'), load('huaian_hongze_2023.json')], { office: 'x' })).toThrow(ConsolidateError);
    expect(() => consolidate([], { office: 'x' })).toThrow('没有');
  });
  it('recounts the fee sentence from all offices’ applications', () => {
    const one = [
      app({
        applicantType: '自然人',
        receivedDate: d('2025-03-01'),
        feeNoticeDate: d('2025-03-10'),
        feePaidDate: d('2025-03-15'),
        feeAmount: 100,
      }),
    ];
    const two = [
      app({
        applicantType: '自然人',
        receivedDate: d('2025-04-01'),
        feeNoticeDate: d('2025-04-10'),
        feePaidDate: d('2025-04-12'),
        feeAmount: 280.5,
      }),
    ];
    const m1 = annualReport([register('applications', one)], { year: 2025, office: '甲' }).model;
    const m2 = annualReport([register('applications', two)], { year: 2025, office: '乙' }).model;
    expect(consolidate([m1, m2], { office: '区', applications: [...one, ...two] }).text?.fees).toContain(
      '实际收取信息处理费 2 件，共计 380.5 元',
    );
    expect(consolidate([m1, m2], { office: '区' }).text?.fees).toMatch(/^甲：.*100 元.*乙：.*280\.5 元/);
  });
});
