import { asCalendarDate } from '../../../core/dates';
import { WorkCalendar } from '../../../core/calendar';
import { loadPreset } from '../../../core/presets';
import { monthBounds, MonthError, monthlyReport } from '../../../reports/statistics/monthly';
import { app, item, register } from './builders';

const d = asCalendarDate;
const calendar = WorkCalendar.standard();

describe('monthlyReport', () => {
  const registers = [
    register('catalogue', [
      // 3 March (Mon) → 10 March: 5 working days.
      item({ department: '综合科', formedDate: d('2025-03-03'), publishedDate: d('2025-03-10'), attribute: '主动公开' }),
      // 3 Feb → 31 March: 40 working days (4 Feb is Spring Festival, Saturday 8 Feb a make-up day); due 3 March.
      item({ department: '执法科', formedDate: d('2025-02-03'), publishedDate: d('2025-03-31') }),
      // Formed (counted) but never published: 不予公开.
      item({ department: '执法科', formedDate: d('2025-03-05'), publishedDate: d('2025-03-06'), attribute: '不予公开' }),
    ]),
    register('applications', [
      app({
        department: '综合科',
        applicantType: '自然人',
        receivedDate: d('2025-03-03'),
        replyDate: d('2025-03-20'),
        resultType: '予以公开',
      }),
      // Due 4 March (20 working days after 5 Feb), still open on 31 March.
      app({ department: '综合科', applicantType: '商业企业', receivedDate: d('2025-02-05') }),
      app({
        department: '执法科',
        applicantType: '自然人',
        receivedDate: d('2025-01-10'),
        replyDate: d('2025-03-05'),
        resultType: '不予公开',
        computed: { due: d('2025-02-20') },
      }),
      app({ applicantType: '自然人', receivedDate: d('2025-03-28'), applicantName: '王五' }),
    ]),
  ];
  const model = monthlyReport(registers, { month: '2025-03', office: '测试局', calendar, preset: loadPreset('national') });

  it('lists the departments by name with the blank department last', () => {
    expect(model.departments.map((r) => r.department)).toEqual(['执法科', '综合科', '未填科室']);
    expect(model.period).toEqual({ from: '2025-03-01', to: '2025-03-31' });
  });
  it('counts publication on time and the working days it took', () => {
    const [enforcement, general] = model.departments;
    expect(general.catalogue).toEqual({
      formed: 1,
      published: 1,
      publishedOnTime: 1,
      publishedLate: 0,
      onTimeRate: 1,
      avgWorkdaysToPublish: 5,
    });
    expect(enforcement.catalogue).toEqual({
      formed: 1,
      published: 1,
      publishedOnTime: 0,
      publishedLate: 1,
      onTimeRate: 0,
      avgWorkdaysToPublish: 40,
    });
    expect(model.total.catalogue).toMatchObject({ formed: 2, published: 2, onTimeRate: 0.5, avgWorkdaysToPublish: 22.5 });
  });
  it('counts applications received, answered, open and overdue at the month end', () => {
    const [enforcement, general, none] = model.departments;
    expect(general.applications).toMatchObject({ received: 1, answered: 1, open: 1, overdue: 1, answeredOnTime: 1, onTimeRate: 1 });
    expect(general.applications.byType.予以公开).toBe(1);
    expect(enforcement.applications).toMatchObject({ received: 0, answered: 1, open: 0, answeredOnTime: 0, onTimeRate: 0 });
    expect(enforcement.applications.byType.不予公开).toBe(1);
    expect(none.applications).toMatchObject({ received: 1, open: 1, overdue: 0, onTimeRate: null });
    expect(model.total.applications).toMatchObject({ received: 2, answered: 2, open: 2, overdue: 1, onTimeRate: 0.5 });
  });
  it('adds the year to date and twelve months for the chart', () => {
    expect(model.yearToDate.applications.received).toBe(4);
    expect(model.yearToDate.catalogue.formed).toBe(3);
    expect(model.series).toHaveLength(12);
    expect(model.series.slice(0, 4)).toEqual([
      { month: '2025-01', received: 1, answered: 0 },
      { month: '2025-02', received: 1, answered: 0 },
      { month: '2025-03', received: 2, answered: 2 },
      { month: '2025-04', received: 0, answered: 0 },
    ]);
  });
  it('keeps personal data out', () => {
    expect(JSON.stringify(model)).not.toContain('王五');
  });
  it('uses the preset publication period', () => {
    const strict = monthlyReport(registers, {
      month: '2025-03',
      calendar,
      preset: {
        ...loadPreset('national'),
        periods: { ...loadPreset('national').periods, publication: { name: 'x', days: 4, severity: 'error', rule: 'x' } },
      },
    });
    expect(strict.departments[1].catalogue.publishedLate).toBe(1);
    expect(strict.publicationDays).toBe(4);
  });
});

describe('monthBounds', () => {
  it('gives the last day of February in a leap year', () => {
    expect(monthBounds('2024-02').to).toBe('2024-02-29');
  });
  it('rejects a month that is not YYYY-MM', () => {
    expect(() => monthBounds('2024-13')).toThrow(MonthError);
    expect(() => monthBounds('2024/3')).toThrow('YYYY-MM');
  });
});
