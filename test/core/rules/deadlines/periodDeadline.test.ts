import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { periodDeadline } from '../../../../core/rules/deadlines';

const calendar = WorkCalendar.standard();

describe('periodDeadline', () => {
  it('gives the 7-day correction notice across Spring Festival 2025 (§2.3)', () => {
    const r = periodDeadline(d('2025-01-20'), 7, '收到申请', '条例第三十条', calendar);
    expect(r).toEqual({
      due: '2025-02-05',
      uncertain: false,
      steps: [
        '收到申请 2025-01-20（周一）',
        '次日起算',
        '01-28至02-04春节假期不计，01-26调休上班计入',
        '第7个工作日 2025-02-05（条例第三十条）',
      ],
    });
  });
  it('gives the 15-day third-party reply across Labour Day 2025 (§2.3)', () => {
    const r = periodDeadline(d('2025-04-30'), 15, '第三方收到征求意见书', '条例第三十二条', calendar);
    expect(r.due).toBe('2025-05-26');
    expect(r.steps[2]).toBe('05-01至05-05劳动节假期不计');
  });
  it('gives the 2-day platform entry when no holiday intervenes', () => {
    const r = periodDeadline(d('2025-03-06'), 2, '收到非网络申请', '长宁区实施办法第四十九条', calendar);
    expect(r.due).toBe('2025-03-10');
    expect(r.steps[2]).toBe('期间无节假日调整，仅周六、周日不计');
  });
  it('marks a 20-day publication period running into 2027 as uncertain', () => {
    const r = periodDeadline(d('2026-12-20'), 20, '信息形成', '条例第二十六条', calendar);
    expect(r.uncertain).toBe(true);
    expect(r.steps.join(' → ')).toContain('2027年');
  });
});
