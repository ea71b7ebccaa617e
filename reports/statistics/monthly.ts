import { CalendarDate, calendarDate, daysInMonth } from '../../core/dates';
import { WorkCalendar } from '../../core/calendar';
import { Preset } from '../../core/presets';
import { AnyRegister, ApplicationRecord, CatalogueRecord, RESULT_TYPES, ResultType } from '../../core/register/types';
import { receiptIn } from './countable';
import { UserError } from '../../core/errors';

/** Catalogue (主动公开) figures of one department for one period. */
export interface MonthlyCatalogueStats {
  /** Items whose 生成日期 falls in the period, whatever their 公开属性 (公文制发数). */
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
  /** Records without the date they would be counted by (the ledger check reports each as a finding). */
  excluded: number;
  /**
   * Applications received from 1 January to the month end that no 收到 figure counts (the annual
   * report's 本年新收 leaves them out by the same rule, countable.receiptIn), each with its row and why.
   */
  notCounted: { sheet: string; row: number; appNo?: string; reason: string }[];
  /** Chinese notes on how the figures were counted (shown under the table), the reconciliation lines among them. */
  notes: string[];
}

export interface MonthlyOptions {
  /** YYYY-MM */
  month: string;
  office?: string;
  calendar: WorkCalendar;
  /** The office's rule preset: `publication` and `reply` periods (defaults 20 and 20 working days). */
  preset?: Preset;
}

/** Thrown for a `month` that is not YYYY-MM. */
export class MonthError extends UserError {}

/** First and last day of a YYYY-MM month; throws MonthError (Chinese message) otherwise. */
export function monthBounds(month: string): { year: number; month: number; from: CalendarDate; to: CalendarDate } {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  const y = m ? Number(m[1]) : NaN;
  const mo = m ? Number(m[2]) : NaN;
  if (!m || mo < 1 || mo > 12 || y < 1900) throw new MonthError(`月份“${month}”无效，应写成 YYYY-MM，例如 2025-03`);
  return { year: y, month: mo, from: calendarDate(y, mo, 1), to: calendarDate(y, mo, daysInMonth(y, mo)) };
}

const NO_DEPARTMENT = '未填科室';
/** Rows left out of 收到 named one by one in the notes (the rest are counted in one line). */
const MAX_NOTED = 20;
const department = (text: string | undefined) => (text && text.trim() ? text.trim() : NO_DEPARTMENT);

interface Period {
  from: CalendarDate;
  to: CalendarDate;
}
const within = (d: CalendarDate | undefined, p: Period): d is CalendarDate => d !== undefined && d >= p.from && d <= p.to;

/**
 * Monthly statistics (月度报表): for the month, per 承办科室 and in total, catalogue items formed and
 * published (on time against the preset publication period, average working days to publish) and
 * applications received, answered, open and overdue at the month end, on-time answers and answers by
 * type; the same from 1 January (本年累计); and the 12 months of the year, received vs answered.
 */
export function monthlyReport(registers: readonly AnyRegister[], options: MonthlyOptions): MonthlyReportModel {
  const bounds = monthBounds(options.month);
  const publicationDays = options.preset?.periods.publication?.days ?? 20;
  const replyDays = options.preset?.periods.reply.days ?? 20;
  const cal = options.calendar;
  const catalogue: CatalogueRecord[] = [];
  const applications: ApplicationRecord[] = [];
  for (const reg of registers) {
    if (reg.kind === 'catalogue') catalogue.push(...reg.records);
    else if (reg.kind === 'applications') applications.push(...reg.records);
  }
  const excluded = catalogue.filter((c) => !c.formedDate && !c.publishedDate).length + applications.filter((a) => !a.receivedDate).length;

  const publicationDue = (c: CatalogueRecord) =>
    c.computed.publicationDue ?? (c.formedDate ? cal.addWorkdays(c.formedDate, publicationDays).date : undefined);
  const replyDue = (a: ApplicationRecord): CalendarDate | undefined => {
    if (a.computed.due) return a.computed.due;
    const start = a.correctionReceivedDate ?? a.receivedDate;
    return start ? cal.addWorkdays(start, replyDays + (a.extensionDays ?? 0)).date : undefined;
  };

  const row = (name: string, items: CatalogueRecord[], apps: ApplicationRecord[], p: Period): MonthlyRow => {
    const published = items.filter((c) => (c.attribute === undefined || c.attribute === '主动公开') && within(c.publishedDate, p));
    let onTime = 0;
    let late = 0;
    let days = 0;
    let measured = 0;
    for (const c of published) {
      const due = publicationDue(c);
      if (due && c.publishedDate) {
        if (c.publishedDate <= due) onTime++;
        else late++;
      }
      if (c.formedDate && c.publishedDate && c.formedDate <= c.publishedDate) {
        days += cal.countWorkdays(c.formedDate, c.publishedDate).count;
        measured++;
      }
    }
    const answered = apps.filter((a) => within(a.replyDate, p));
    const open = apps.filter(
      (a) => a.receivedDate !== undefined && a.receivedDate <= p.to && (a.replyDate === undefined || a.replyDate > p.to),
    );
    const byType = Object.fromEntries(RESULT_TYPES.map((t) => [t, 0])) as Record<ResultType, number>;
    let answeredOnTime = 0;
    for (const a of answered) {
      if (a.resultType) byType[a.resultType]++;
      const due = replyDue(a);
      if (due && a.replyDate && a.replyDate <= due) answeredOnTime++;
    }
    const overdue = open.filter((a) => {
      const due = replyDue(a);
      return due !== undefined && p.to > due;
    }).length;
    return {
      department: name,
      catalogue: {
        formed: items.filter((c) => within(c.formedDate, p)).length,
        published: published.length,
        publishedOnTime: onTime,
        publishedLate: late,
        onTimeRate: onTime + late > 0 ? round(onTime / (onTime + late), 4) : null,
        avgWorkdaysToPublish: measured > 0 ? round(days / measured, 1) : null,
      },
      applications: {
        received: apps.filter((a) => receiptIn(a, p.from, p.to).kind === 'received').length,
        answered: answered.length,
        open: open.length,
        overdue,
        answeredOnTime,
        onTimeRate: answered.length > 0 ? round(answeredOnTime / answered.length, 4) : null,
        byType,
      },
    };
  };

  const month: Period = { from: bounds.from, to: bounds.to };
  const names = [
    ...new Set([...catalogue.map((c) => department(c.department)), ...applications.map((a) => department(a.department))]),
  ].sort((a, b) => (a === NO_DEPARTMENT ? 1 : b === NO_DEPARTMENT ? -1 : a.localeCompare(b, 'zh-CN')));
  const departments = names.map((n) =>
    row(
      n,
      catalogue.filter((c) => department(c.department) === n),
      applications.filter((a) => department(a.department) === n),
      month,
    ),
  );
  const series: MonthlySeriesPoint[] = [];
  for (let m = 1; m <= 12; m++) {
    const p = { from: calendarDate(bounds.year, m, 1), to: calendarDate(bounds.year, m, daysInMonth(bounds.year, m)) };
    series.push({
      month: `${bounds.year}-${String(m).padStart(2, '0')}`,
      received: applications.filter((a) => receiptIn(a, p.from, p.to).kind === 'received').length,
      answered: applications.filter((a) => within(a.replyDate, p)).length,
    });
  }
  // The same rule as the annual report's 本年新收: what it leaves out is named, row by row.
  const yearFrom = calendarDate(bounds.year, 1, 1);
  const notCounted: MonthlyReportModel['notCounted'] = [];
  for (const a of applications) {
    const r = receiptIn(a, yearFrom, bounds.to);
    if (r.kind === 'excluded')
      notCounted.push({ sheet: a.source.sheet, row: a.source.row, ...(a.appNo ? { appNo: a.appNo } : {}), reason: r.message });
  }
  const yearToDate = row('本年累计', catalogue, applications, { from: yearFrom, to: bounds.to });
  const reconciliation = [
    bounds.month === 12
      ? `本年累计收到 ${yearToDate.applications.received} 件，与 ${bounds.year} 年度报告表三“本年新收”按同一规则统计，两者相等。`
      : `本年累计收到按年度报告“本年新收”的同一规则统计（1 月 1 日至 ${bounds.to}）。`,
    // Each row by name up to a page's worth; the model's notCounted keeps them all.
    ...notCounted.slice(0, MAX_NOTED).map((n) => `未计入收到数：［${n.sheet}］第 ${n.row} 行——${n.reason}`),
    ...(notCounted.length > MAX_NOTED ? [`另有 ${notCounted.length - MAX_NOTED} 行未计入收到数，原因同上，见台账检查结果。`] : []),
  ];
  return {
    month: options.month.trim(),
    office: options.office ?? '',
    period: month,
    departments,
    total: row('合计', catalogue, applications, month),
    yearToDate,
    series,
    publicationDays,
    replyDays,
    excluded,
    notCounted,
    notes: [
      ...reconciliation,
      `主动公开按期率：生成日期后 ${publicationDays} 个工作日内公开为按期；平均用时按工作日计。`,
      `依申请公开：“未办结”“已逾期”按月末（${bounds.to}）统计；无法定期限计算结果的申请按收到（或补正收到）后 ${replyDays} 个工作日加延期计算。`,
      ...(excluded > 0 ? [`有 ${excluded} 条记录缺少统计所需日期，未计入；请先运行台账检查补全。`] : []),
    ],
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
