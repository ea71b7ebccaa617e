import { calendarDate } from '../../../../core/dates';
import { RESULT_TYPES, ResultType } from '../../../../core/register/types';
import { MonthlyReportModel, MonthlyRow } from '../../../../reports/statistics/monthly';

function row(department: string, seed: number, rates: { cat: number | null; app: number | null; avg: number | null }): MonthlyRow {
  const byType = Object.fromEntries(RESULT_TYPES.map((t, i) => [t, seed + 20 + i])) as Record<ResultType, number>;
  return {
    department,
    catalogue: {
      formed: seed + 1,
      published: seed + 2,
      publishedOnTime: seed,
      publishedLate: 2,
      onTimeRate: rates.cat,
      avgWorkdaysToPublish: rates.avg,
    },
    applications: {
      received: seed + 3,
      answered: seed + 4,
      open: seed + 5,
      overdue: seed + 6,
      answeredOnTime: seed,
      onTimeRate: rates.app,
      byType,
    },
  };
}

/** A March 2025 monthly report of a district bureau with three departments; every figure distinct. */
export function marchModel(): MonthlyReportModel {
  const counts = [
    [12, 9],
    [30, 25],
    [41, 38],
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
  ];
  return {
    month: '2025-03',
    office: '上海市某某区规划和自然资源局',
    period: { from: calendarDate(2025, 3, 1), to: calendarDate(2025, 3, 31) },
    departments: [
      row('办公室', 100, { cat: 0.875, app: 0.9, avg: 6.5 }),
      row('规划管理科', 200, { cat: 1, app: null, avg: 12.25 }),
      row('未填科室', 300, { cat: null, app: 0.5, avg: null }),
    ],
    total: row('合计', 400, { cat: 0.9333, app: 0.8125, avg: 8.4 }),
    yearToDate: row('本年累计', 500, { cat: 0.95, app: 0.9, avg: 7.1 }),
    series: counts.map(([received, answered], i) => ({
      month: `2025-${String(i + 1).padStart(2, '0')}`,
      received: received!,
      answered: answered!,
    })),
    publicationDays: 20,
    replyDays: 20,
    excluded: 1,
    notCounted: [],
    notes: [
      '主动公开按期率：生成日期后 20 个工作日内公开为按期；平均用时按工作日计。',
      '有 1 条记录缺少统计所需日期，未计入；请先运行台账检查补全。',
    ],
  };
}
