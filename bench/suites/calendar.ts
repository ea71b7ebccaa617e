import { BenchSuite } from '../types';
import { HolidayData, standardHolidayData, WorkCalendar } from '../../core/calendar';
import { addDays, asCalendarDate, CalendarDate } from '../../core/dates';
import { replyDeadline } from '../../core/rules/deadlines';

/** Random starts in 2019–2026 and lengths 1–60, fixed seed so runs compare. */
function inputs(count: number): { starts: CalendarDate[]; lengths: Int32Array } {
  let seed = 20251030;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const first = asCalendarDate('2019-01-01');
  const pool = Array.from({ length: 2920 }, (_, i) => addDays(first, i));
  const starts: CalendarDate[] = new Array(count);
  const lengths = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = pool[Math.floor(random() * pool.length)];
    lengths[i] = 1 + Math.floor(random() * 60);
  }
  return { starts, lengths };
}

function perSecond(count: number, body: () => number): { rate: number; check: number } {
  const t0 = performance.now();
  const check = body();
  const seconds = (performance.now() - t0) / 1000;
  return { rate: count / seconds, check };
}

/** The published data with one year's notice taken out, as if it were not published yet. */
function withoutYear(data: HolidayData, year: number): HolidayData {
  const other = (e: { date: string }) => !e.date.startsWith(`${year}-`);
  return { offDays: data.offDays.filter(other), workdays: data.workdays.filter(other), years: data.years.filter((y) => y !== year) };
}

/**
 * Back-test of the rule for years without a notice: each year 2019–2026 in turn is taken out of the
 * data, and the 20-working-day due date of every receipt day of that year is compared with the one
 * the real calendar gives. The error is counted in real working days (negative: earlier than real).
 */
function backTest(provisional: boolean): { exactPct: number; maxErrWD: number; latePct: number } {
  const data = standardHolidayData();
  const real = WorkCalendar.fromData(data);
  let total = 0;
  let exact = 0;
  let late = 0;
  let maxErr = 0;
  for (let year = 2019; year <= 2026; year++) {
    const pretend = WorkCalendar.fromData(withoutYear(data, year), {}, { provisional });
    for (let day = asCalendarDate(`${year}-01-01`); day <= asCalendarDate(`${year}-12-31`); day = addDays(day, 1)) {
      const truth = real.addWorkdays(day, 20).date;
      const guess = pretend.addWorkdays(day, 20).date;
      const err = real.countWorkdays(truth, guess).count;
      total++;
      if (err === 0) exact++;
      if (err > 0) late++;
      maxErr = Math.max(maxErr, Math.abs(err));
    }
  }
  const pct = (k: number) => Math.round((1000 * k) / total) / 10;
  return { exactPct: pct(exact), maxErrWD: maxErr, latePct: pct(late) };
}

/** addWorkdays / countWorkdays / replyDeadline throughput over many random calls, and the back-test of unpublished years. */
export const calendarSuite: BenchSuite = {
  name: 'calendar',
  async run({ log }) {
    const t0 = performance.now();
    const calendar = WorkCalendar.standard({ offDays: ['2025-10-20'] }); // a fresh, uncached index
    const buildMs = performance.now() - t0;
    log(`日历索引构建 index build: ${buildMs.toFixed(1)} ms`);

    const N = 2_000_000;
    const { starts, lengths } = inputs(N);
    const loop = (fn: (i: number) => number) => () => {
      let acc = 0;
      for (let i = 0; i < N; i++) acc += fn(i);
      return acc;
    };
    loop((i) => calendar.addWorkdays(starts[i], lengths[i]).date.length)(); // warm-up
    const add = perSecond(
      N,
      loop((i) => calendar.addWorkdays(starts[i], lengths[i]).date.length),
    );
    const count = perSecond(
      N,
      loop((i) => calendar.countWorkdays(starts[i], starts[(i + 1) % N]).count),
    );
    const M = 50_000;
    const reply = perSecond(M, () => {
      let acc = 0;
      for (let i = 0; i < M; i++) acc += replyDeadline({ received: starts[i], extension: lengths[i] % 21 }, calendar).steps.length;
      return acc;
    });
    log(`addWorkdays: ${Math.round(add.rate).toLocaleString('en-US')} 次/秒 (${N.toLocaleString('en-US')} 次随机调用)`);
    log(`countWorkdays: ${Math.round(count.rate).toLocaleString('en-US')} 次/秒`);
    log(`replyDeadline（含说明步骤）: ${Math.round(reply.rate).toLocaleString('en-US')} 次/秒`);
    const estimate = backTest(true);
    const weekdays = backTest(false);
    log(
      `未发布年份回测 2019–2026（法定假日+补假估计）: 准确 ${estimate.exactPct}%，最大误差 ${estimate.maxErrWD} 个工作日，偏晚 ${estimate.latePct}%`,
    );
    log(
      `未发布年份回测 2019–2026（仅周一至周五）: 准确 ${weekdays.exactPct}%，最大误差 ${weekdays.maxErrWD} 个工作日，偏晚 ${weekdays.latePct}%`,
    );
    return {
      calendarIndexBuildMs: Math.round(buildMs * 10) / 10,
      addWorkdaysPerSecond: Math.round(add.rate),
      countWorkdaysPerSecond: Math.round(count.rate),
      replyDeadlinePerSecond: Math.round(reply.rate),
      provisionalExactPct: estimate.exactPct,
      provisionalMaxErrWD: estimate.maxErrWD,
      provisionalLatePct: estimate.latePct,
      mondayFridayExactPct: weekdays.exactPct,
      mondayFridayMaxErrWD: weekdays.maxErrWD,
      mondayFridayLatePct: weekdays.latePct,
    };
  },
};
