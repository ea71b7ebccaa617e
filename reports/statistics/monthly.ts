import { CalendarDate } from '../../core/dates';
import { ResultType } from '../../core/register/types';

/** Catalogue (主动公开) figures of one department for one period. */
export interface MonthlyCatalogueStats {
  /** Items whose 生成日期 falls in the period. */
  formed: number;
  /** Items whose 公开日期 falls in the period (主动公开 only). */
  published: number;
  /** Of `published`: published within the preset publication period (default 20 working days) after forming. */
  publishedOnTime: number;
  /** Of `published`: published after that period. */
  publishedLate: number;
  /** publishedOnTime ÷ (publishedOnTime + publishedLate); null when nothing was published with a known 生成日期. */
  onTimeRate: number | null;
  /** Average working days from 生成日期 to 公开日期 over the items published in the period; null when none. */
  avgWorkdaysToPublish: number | null;
}

/** Application (依申请公开) figures of one department for one period. */
export interface MonthlyApplicationStats {
  /** Received in the period. */
  received: number;
  /** Replied in the period. */
  answered: number;
  /** Received on or before the period end and not replied by then. */
  open: number;
  /** Of `open`: past their due date at the period end. */
  overdue: number;
  /** Of `answered`: replied on or before the due date. */
  answeredOnTime: number;
  /** answeredOnTime ÷ answered; null when nothing was answered. */
  onTimeRate: number | null;
  /** Answers in the period by 答复类型 (an answer without a type is not counted here). */
  byType: Record<ResultType, number>;
}

/** One line of the monthly table: a 承办科室 (or the total line). */
export interface MonthlyRow {
  /** 承办科室 / 责任科室 as written; '未填科室' when blank; '合计' for the total line. */
  department: string;
  catalogue: MonthlyCatalogueStats;
  applications: MonthlyApplicationStats;
}

/** One month of the year for the 12-month chart (received vs answered). */
export interface MonthlySeriesPoint {
  /** YYYY-MM */
  month: string;
  received: number;
  answered: number;
}

/** Monthly statistics (月度报表) of one office: the month per department, the year to date, and the 12-month series. */
export interface MonthlyReportModel {
  /** YYYY-MM */
  month: string;
  office: string;
  /** First and last day of the month. */
  period: { from: CalendarDate; to: CalendarDate };
  /** The month, per department (sorted by name), then `total`. */
  departments: MonthlyRow[];
  /** The month, all departments (department = '合计'). */
  total: MonthlyRow;
  /** 1 January to the month end, all departments (department = '本年累计'). */
  yearToDate: MonthlyRow;
  /** The 12 months of the year, January first (months after `month` are counted too: all zero unless data exists). */
  series: MonthlySeriesPoint[];
  /** Working days allowed for proactive publication (preset period `publication`). */
  publicationDays: number;
  /** Working days allowed for a reply when a record carries no computed due date (preset period `reply`). */
  replyDays: number;
  /** Records that could not be counted (each is a finding). */
  excluded: number;
  /** Chinese notes on how the figures were counted (shown under the table). */
  notes: string[];
}
