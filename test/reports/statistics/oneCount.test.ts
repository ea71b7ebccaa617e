import { WorkCalendar } from '../../../core/calendar';
import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';
import { loadPreset } from '../../../core/presets';
import { TABLE3_COLUMNS } from '../../../core/register/types';
import { annualReport } from '../../../reports/statistics/annual';
import { monthlyReport } from '../../../reports/statistics/monthly';

/** One 街道 ledger for 2025, with the rows that used to make the monthly and annual figures disagree. */
function ledger() {
  return {
    sheet: '依申请公开登记台账',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['申请编号', '收到日期', '申请人类型', '承办科室', '答复日期', '答复类型', '答复依据'],
      ['2025-001', '2025-01-06', '自然人', '综合办', '2025-01-20', '予以公开', null],
      ['2025-002', '2025-03-03', '商业企业', '管理办', '2025-03-17', '予以公开，不予公开（涉及商业秘密）', null],
      ['2025-003', '2025-05-12', '自然人', '综合办', '2025-05-26', '部分予以公开，部分不予公开', '部分内容涉及个人隐私'],
      ['2025-004', '2025-06-02', '自然人', '综合办', '2025-06-16', '不予公开；无法提供', null],
      ['2025-005', '2025-07-01', '法人或其他组织', '管理办', '2025-07-15', '予以公开', null],
      ['2025-006', '2025-08-04', '自然人', '综合办', '2025-07-30', '予以公开', null],
      ['2024-058', '2024-12-23', '自然人', '综合办', '2025-01-10', '无法提供', '本机关不掌握相关政府信息'],
      ['2025-007', '2025-12-29', '社会公益组织', '管理办', null, null, null],
    ],
  };
}

describe('one count: the monthly 本年累计 for December and the annual 本年新收 come from one rule', () => {
  const today = asCalendarDate('2025-12-31');
  const register = validateLedger(ledger(), { today }).register!;
  const annual = annualReport([register], { year: 2025, office: '某某街道办事处' });
  const december = monthlyReport([register], {
    month: '2025-12',
    office: '某某街道办事处',
    calendar: WorkCalendar.standard(),
    preset: loadPreset('national'),
  });
  const total = TABLE3_COLUMNS.indexOf('total');

  it('gives the same number: 本年累计收到 = 本年新收', () => {
    expect(annual.model.table3.rows.new[total]).toBe(5);
    expect(december.yearToDate.applications.received).toBe(annual.model.table3.rows.new[total]);
    expect(december.series.reduce((s, m) => s + m.received, 0)).toBe(5);
  });

  it('names exactly the rows both leave out, and why, in a reconciliation line', () => {
    const left = annual.findings.filter((f) => f.code === 'report.annual.noApplicantType' || f.code === 'report.annual.replyBeforeReceipt');
    expect(left.map((f) => [f.row, f.field, f.severity])).toEqual([
      [6, 'applicantType', 'error'],
      [7, 'replyDate', 'error'],
    ]);
    expect(december.notCounted.map((n) => n.row)).toEqual([6, 7]);
    expect(december.notes).toContain(`未计入收到数：［依申请公开登记台账］第 6 行——${left[0].message}`);
    expect(december.notes[0]).toBe('本年累计收到 5 件，与 2025 年度报告表三“本年新收”按同一规则统计，两者相等。');
  });

  it('counts a granted-and-withheld answer as 部分公开 in both reports', () => {
    expect(annual.model.table3.rows.partial[total]).toBe(2);
    expect(annual.model.table3.rows.granted[total]).toBe(1);
    expect(december.yearToDate.applications.byType.部分公开).toBe(2);
  });

  it('keeps the unreadable answer in 本年新收 with an error naming it, and the report does not pass', () => {
    expect(annual.findings).toContainEqual(
      expect.objectContaining({ row: 5, field: 'resultType', severity: 'error', code: 'report.annual.noResult' }),
    );
    expect(annual.model.unread).toEqual([{ sheet: '依申请公开登记台账', row: 5, appNo: '2025-004' }]);
    expect(annual.model.checks.filter((c) => !c.ok).map((c) => c.rule)).toContain('table3.unread');
  });

  it('leaves clean rows out of the findings', () => {
    for (const row of [2, 3, 4, 8, 9]) expect(annual.findings.filter((f) => f.row === row)).toEqual([]);
  });
});
