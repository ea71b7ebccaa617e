import * as path from 'node:path';
import { asCalendarDate } from '../../core/dates';
import { officeCalendar } from '../../core/workbook';
import { replyDeadline, ReplyDeadlineInput } from '../../core/rules/deadlines';
import { writeFileAtomic } from '../output';

/** Worked examples for `npm run demo`: the clock across holidays, corrections, pauses and an uncovered year. */
const EXAMPLES: { title: string; input: ReplyDeadlineInput }[] = [
  { title: '国庆中秋前收到申请', input: { received: asCalendarDate('2025-09-26') } },
  { title: '同一申请延期20个工作日', input: { received: asCalendarDate('2025-09-26'), extension: 20 } },
  { title: '2020年春节延长假期', input: { received: asCalendarDate('2020-01-20') } },
  {
    title: '补正后重新起算，并征求第三方意见',
    input: {
      received: asCalendarDate('2025-03-03'),
      correctionReceived: asCalendarDate('2025-03-10'),
      pauses: [{ from: asCalendarDate('2025-03-17'), to: asCalendarDate('2025-03-28'), reason: '征求第三方意见' }],
    },
  },
  { title: '年底收到申请，期限跨入尚未公布安排的2027年', input: { received: asCalendarDate('2026-12-10') } },
  {
    title: '原期限届满后才告知延期：延期不计入，答复逾期',
    input: {
      received: asCalendarDate('2025-03-03'),
      extension: 20,
      extensionNotice: asCalendarDate('2025-04-03'),
      replied: asCalendarDate('2025-04-18'),
    },
  },
  {
    title: '第三方逾期未答复：暂停最多计至收到后15个工作日',
    input: {
      received: asCalendarDate('2025-03-03'),
      consultations: [{ from: asCalendarDate('2025-03-10'), replied: asCalendarDate('2025-04-20') }],
    },
  },
  { title: '2019-05-15前收到：适用2008年版条例（15个工作日）', input: { received: asCalendarDate('2019-03-01') } },
];

/** The demo step 期限计算示例: prints each explanation and writes them to out/deadline-examples.json. */
export const deadlineDemoStep = {
  title: '期限计算示例',
  async run(ctx: { outDir: string; log(line: string): void }): Promise<void> {
    const calendar = officeCalendar(undefined);
    const results = EXAMPLES.map(({ title, input }) => ({ title, input, result: replyDeadline(input, calendar) }));
    for (const { title, result } of results) {
      ctx.log(`【${title}】答复期限 ${result.due}${result.uncertain ? '（待核实）' : ''}`);
      ctx.log(`  ${result.steps.join(' → ')}`);
    }
    writeFileAtomic(path.join(ctx.outDir, 'deadline-examples.json'), `${JSON.stringify(results, null, 2)}\n`);
  },
};
