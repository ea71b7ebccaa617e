import { readFileSync } from 'node:fs';
import { checkAnnualReport, hasHardFailure, ruleName, RULES } from '../../../reports/statistics/checks';
import { parseReportJson } from '../../../reports/statistics/parseReport';
import { AnnualReportModel } from '../../../reports/statistics/model';

const load = (name: string): AnnualReportModel => {
  const parsed = parseReportJson(JSON.parse(readFileSync(`${__dirname}/fixtures/${name}`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.model;
};

describe('checkAnnualReport on published reports', () => {
  it('passes every rule on 淮安市 2024', () => {
    const checks = checkAnnualReport(load('huaian_city_2024.json'));
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(hasHardFailure(checks)).toBe(false);
  });
  it('names table 四 totals of 洪泽区 2023 with both numbers', () => {
    const failed = checkAnnualReport(load('huaian_hongze_2023.json')).filter((c) => !c.ok);
    expect(failed.map((c) => [c.table, c.row, c.column, c.expected, c.actual])).toEqual([
      ['四', 'review', 'total', 11, 0],
      ['四', 'suitAfterReview', 'total', 5, 0],
    ]);
    expect(failed[0].message).toBe('表四“行政复议”：“总计”为 0，结果维持＋结果纠正＋其他结果＋尚未审结＝ 11');
    expect(failed[1].message).toContain('复议后起诉');
    expect(hasHardFailure(failed)).toBe(true);
  });
});

describe('checkAnnualReport rules', () => {
  const base = () => load('huaian_city_2024.json');

  it('finds a row whose total column is not the sum', () => {
    const m = base();
    m.table3.rows.granted[0] = 1289;
    const failed = checkAnnualReport(m).filter((c) => !c.ok);
    expect(failed.map((c) => c.rule)).toEqual(['table3.rowTotal', 'table3.columnTotal']);
    expect(failed[0]).toMatchObject({ table: '三', row: 'granted', column: 'total', expected: 1363, actual: 1362 });
    expect(failed[0].message).toContain('（一）予以公开');
    expect(failed[1]).toMatchObject({ row: 'total', column: 'natural', expected: 2933, actual: 2932 });
  });
  it('finds a broken 勾稽 relation', () => {
    const m = base();
    m.table3.rows.carry_out = [104, 0, 0, 0, 0, 0, 104];
    const failed = checkAnnualReport(m).filter((c) => !c.ok);
    expect(failed).toHaveLength(2);
    expect(failed.map((c) => [c.rule, c.column, c.expected, c.actual])).toEqual([
      ['table3.balance', 'natural', 3035, 3036],
      ['table3.balance', 'total', 3153, 3154],
    ]);
    expect(failed[0].message).toContain('勾稽');
  });
  it('warns on blank cells and counts them as 0', () => {
    const m = base();
    m.table3.rows.np_mass = [null, null, 0, 0, 0, 0, 0];
    const failed = checkAnnualReport(m).filter((c) => !c.ok);
    expect(failed.map((c) => [c.rule, c.severity, c.column])).toEqual([
      ['cells.blank', 'warning', 'natural'],
      ['cells.blank', 'warning', 'business'],
    ]);
    expect(hasHardFailure(failed)).toBe(false);
  });
  it('rejects negative and fractional counts, accepts decimal fees but not negative ones', () => {
    const m = base();
    m.table4.review.other = -1;
    m.table4.review.upheld = 72.5;
    m.table2.feesWanYuan = 1.25;
    let failed = checkAnnualReport(m).filter((c) => c.rule === 'cells.nonNegativeInteger' && !c.ok);
    expect(failed.map((c) => c.actual)).toEqual([72.5, -1]);
    m.table2.feesWanYuan = -0.5;
    failed = checkAnnualReport(m).filter((c) => c.rule === 'table2.fees' && !c.ok);
    expect(failed).toHaveLength(1);
  });
  it('compares carry-in with last year carry-out as a warning', () => {
    const checks = checkAnnualReport(base(), { lastYearCarryOut: [30, 0, 0, 0, 0, 0, 30] });
    const failed = checks.filter((c) => !c.ok);
    expect(failed.map((c) => [c.rule, c.severity, c.column, c.expected, c.actual])).toEqual([
      ['table3.carryIn', 'warning', 'natural', 30, 34],
      ['table3.carryIn', 'warning', 'total', 30, 34],
    ]);
  });
});

describe('table 二 continuity (soft)', () => {
  const withTable2 = () => {
    const m = load('huaian_city_2024.json');
    m.table2.rules = { issued: 2, abolished: 1, inForce: 11 };
    m.table2.normativeDocs = { issued: 5, abolished: 0, inForce: 40 };
    return m;
  };
  it('warns when 现行有效 is not last year + 制发 − 废止, naming both numbers', () => {
    const checks = checkAnnualReport(withTable2(), { lastYearInForce: { rules: 10, normativeDocs: 30 } });
    const failed = checks.filter((c) => !c.ok);
    expect(failed.map((c) => [c.rule, c.severity, c.table, c.row, c.expected, c.actual])).toEqual([
      ['table2.inForce', 'warning', '二', 'normativeDocs', 35, 40],
    ]);
    expect(failed[0].message).toContain('上年现行有效 30＋本年制发 5－本年废止 0＝ 35');
    expect(hasHardFailure(checks)).toBe(false);
    expect(checks).toContainEqual(expect.objectContaining({ rule: 'table2.inForce', ok: false }));
  });
  it('is not run without last year, and passes when it adds up or a number is unknown', () => {
    expect(checkAnnualReport(withTable2()).some((c) => c.rule === 'table2.inForce')).toBe(false);
    const unknown = withTable2();
    unknown.table2.normativeDocs.issued = null;
    const checks = checkAnnualReport(unknown, { lastYearInForce: { rules: 10, normativeDocs: 30 } });
    expect(checks.filter((c) => c.rule === 'table2.inForce')).toEqual([expect.objectContaining({ ok: true, severity: 'warning' })]);
  });
});

describe('parseReportJson', () => {
  it('rejects something that is not a report', () => {
    expect(parseReportJson({ hello: 1 })).toEqual({ ok: false, message: expect.stringContaining('table3') });
    expect(parseReportJson([1, 2]).ok).toBe(false);
  });
  it('reads "/" and empty strings as blank, and missing rows as blank with a note', () => {
    const m = load('huaian_city_2024.json');
    const rows: Record<string, unknown[]> = { ...m.table3.rows };
    rows.deny_secret = ['/', '', 0, 0, 0, 0, '2'];
    delete rows.np_mass;
    const parsed = parseReportJson({ year: 2024, office: 'x', table3: { columns: m.table3.columns, rows }, table4: m.table4 });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.model.table3.rows.deny_secret).toEqual([null, null, 0, 0, 0, 0, 2]);
    expect(parsed.model.table3.rows.np_mass).toEqual([null, null, null, null, null, null, null]);
    expect(parsed.notes).toHaveLength(1);
    expect(parsed.model.table2.licensing).toBeNull();
  });
});

describe('rule names', () => {
  it('names every consistency rule in Chinese, and an unknown id as 其他规则', () => {
    for (const id of Object.values(RULES)) expect(ruleName(id)).toMatch(/^[^A-Za-z]+$/);
    expect(ruleName('table9.unknown')).toBe('其他规则');
  });
});
