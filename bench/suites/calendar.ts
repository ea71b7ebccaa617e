import { BenchSuite } from '../types';
import { WorkCalendar } from '../../core/calendar';
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

/** addWorkdays / countWorkdays / replyDeadline throughput over many random calls. */
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
    const add = perSecond(N, loop((i) => calendar.addWorkdays(starts[i], lengths[i]).date.length));
    const count = perSecond(N, loop((i) => calendar.countWorkdays(starts[i], starts[(i + 1) % N]).count));
    const M = 50_000;
    const reply = perSecond(M, () => {
      let acc = 0;
      for (let i = 0; i < M; i++) acc += replyDeadline({ received: starts[i], extension: lengths[i] % 21 }, calendar).steps.length;
      return acc;
    });
    log(`addWorkdays: ${Math.round(add.rate).toLocaleString('en-US')} 次/秒 (${N.toLocaleString('en-US')} 次随机调用)`);
    log(`countWorkdays: ${Math.round(count.rate).toLocaleString('en-US')} 次/秒`);
    log(`replyDeadline（含说明步骤）: ${Math.round(reply.rate).toLocaleString('en-US')} 次/秒`);
    return {
      calendarIndexBuildMs: Math.round(buildMs * 10) / 10,
      addWorkdaysPerSecond: Math.round(add.rate),
      countWorkdaysPerSecond: Math.round(count.rate),
      replyDeadlinePerSecond: Math.round(reply.rate),
    };
  },
};
