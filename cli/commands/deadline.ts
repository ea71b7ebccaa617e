import { Command } from './types';
import { CliIO } from '../io';
import { dateFlag, intFlag, parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exitCodes';
import { DEADLINE_USAGE, deadlineCliMessages as M } from './deadlineMessages';
import { CalendarDate, todayInChina, weekdayZh } from '../../core/dates';
import { WorkCalendar } from '../../core/calendar';
import { Pause, PendingState, replyDeadline } from '../../core/rules/deadlines';
import { loadPreset, PresetError } from '../../core/presets';

const PENDING: readonly PendingState[] = ['补正中', '征求意见中', '待缴费'];

function parsePause(value: string): Pause {
  const parts = value.split(/\.\.|～|~/);
  if (parts.length !== 2 || parts[0].trim() === '' || parts[1].trim() === '') throw new UsageError(M.pauseFormat(value));
  const from = dateFlag(parts[0].trim(), 'pause') as CalendarDate;
  const to = dateFlag(parts[1].trim(), 'pause') as CalendarDate;
  return { from, to };
}

/** `ogi deadline`: the reply deadline of one application, with its explanation (contracts §2). */
export const deadlineCommand: Command = {
  name: 'deadline',
  summary: '计算依申请公开答复期限并说明计算过程',
  usage: DEADLINE_USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseFlags(argv, {
      received: { type: 'string' },
      days: { type: 'string' },
      'correction-received': { type: 'string' },
      pause: { type: 'string', multiple: true },
      extension: { type: 'string' },
      replied: { type: 'string' },
      today: { type: 'string' },
      pending: { type: 'string' },
      preset: { type: 'string' },
      json: { type: 'boolean' },
    });
    const received = dateFlag(values.received, 'received');
    if (received === undefined) throw new UsageError(M.receivedMissing, true);
    let preset;
    try {
      preset = loadPreset(values.preset ?? 'national');
    } catch (e) {
      if (e instanceof PresetError) throw new UsageError(e.message);
      throw e;
    }
    const pending = values.pending;
    if (pending !== undefined && !PENDING.includes(pending as PendingState)) throw new UsageError(M.pendingInvalid(pending));
    const days = intFlag(values.days, 'days') ?? preset.periods.reply.days;
    if (days === 0) throw new UsageError(`--days 应为正整数，收到“${values.days}”`);

    const result = replyDeadline(
      {
        received,
        days,
        correctionReceived: dateFlag(values['correction-received'], 'correction-received'),
        pauses: (values.pause ?? []).map(parsePause),
        extension: intFlag(values.extension, 'extension'),
        replied: dateFlag(values.replied, 'replied'),
        today: dateFlag(values.today, 'today') ?? todayInChina(),
        pending: pending as PendingState | undefined,
      },
      WorkCalendar.standard(),
    );

    if (values.json) {
      const { start, due, uncertain, status, workdaysLeft, lateBy, steps, problems } = result;
      const json = { start, due, uncertain, status: status ?? null, workdaysLeft, lateBy, steps, problems, received, days, preset: preset.name };
      io.out(`${JSON.stringify(json)}\n`);
    } else {
      const lines = [M.due(result.due, weekdayZh(result.due)), M.start(result.start)];
      if (result.status) lines.push(M.status(result.status));
      if (result.lateBy !== undefined) lines.push(M.lateBy(result.lateBy));
      else if (result.workdaysLeft !== undefined) lines.push(M.workdaysLeft(result.workdaysLeft));
      if (values.preset) lines.push(M.preset(preset.label));
      lines.push(M.steps, ...result.steps.map((s, i) => `  ${i + 1}. ${s}`));
      if (result.uncertain) lines.push(M.uncertain);
      io.out(`${lines.join('\n')}\n`);
      for (const p of result.problems) io.err(`${M.problem(p.message)}\n`);
    }
    return result.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
