import { Command } from './types';
import { CliIO } from '../io';
import { dateFlag, intFlag, parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exitCodes';
import { presetFlag, readSettingsFile } from '../flagFiles';
import { DEADLINE_USAGE, deadlineCliMessages as M } from './deadlineMessages';
import { beyondComputableRange, CalendarDate, todayInChina, weekdayZh } from '../../core/dates';
import { officeCalendar } from '../../core/workbook';
import { Consultation, parseIntervals, Pause, PendingState, replyDeadline } from '../../core/rules/deadlines';

const PENDING: readonly PendingState[] = ['补正中', '征求意见中', '待缴费'];

/** `--pause FROM..TO`: both ends required, through the one date parser. */
function parsePause(value: string): Pause {
  const parts = value.split(/\.\.|～|~/);
  if (parts.length !== 2 || parts[0].trim() === '' || parts[1].trim() === '') throw new UsageError(M.pauseFormat(value));
  const from = dateFlag(parts[0].trim(), 'pause') as CalendarDate;
  const to = dateFlag(parts[1].trim(), 'pause') as CalendarDate;
  return { from, to };
}

/** `--consultation [其他机关:]FROM..[TO]`: one interval as the ledger's 征求意见记录 cell writes it; no TO = no answer yet. */
function parseConsultation(value: string): Consultation {
  // A lone date would read as an open consultation; on the command line the range must be written out.
  if (!/\.\.|至|~|～/.test(value)) throw new UsageError(M.consultationFormat(value));
  const { entries, errors } = parseIntervals(value);
  if (errors.length > 0 || entries.length !== 1) throw new UsageError(M.consultationFormat(value, errors[0]?.reason));
  const e = entries[0];
  for (const d of [e.from, e.to]) {
    const tooLate = d === undefined ? undefined : beyondComputableRange(d);
    if (tooLate) throw new UsageError(M.consultationFormat(value, tooLate));
  }
  return { from: e.from, ...(e.to ? { replied: e.to } : {}), party: e.party };
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
      'correction-notice': { type: 'string' },
      'correction-received': { type: 'string' },
      pause: { type: 'string', multiple: true },
      consultation: { type: 'string', multiple: true },
      'fee-notice': { type: 'string' },
      'fee-paid': { type: 'string' },
      extension: { type: 'string' },
      'extension-notice': { type: 'string' },
      'delay-to': { type: 'string' },
      'delay-notice': { type: 'string' },
      replied: { type: 'string' },
      today: { type: 'string' },
      pending: { type: 'string' },
      preset: { type: 'string' },
      settings: { type: 'string' },
      json: { type: 'boolean' },
    });
    const received = dateFlag(values.received, 'received');
    if (received === undefined) throw new UsageError(M.receivedMissing, true);
    const settings = values.settings !== undefined ? readSettingsFile(values.settings, io.cwd) : undefined;
    const preset = presetFlag(values.preset ?? settings?.preset ?? 'national');
    const pending = values.pending;
    if (pending !== undefined && !PENDING.includes(pending as PendingState)) throw new UsageError(M.pendingInvalid(pending));
    const days = intFlag(values.days, 'days') ?? preset.periods.reply.days;
    if (days === 0) throw new UsageError(`--days 应为正整数，收到“${values.days}”`);
    const feeNotice = dateFlag(values['fee-notice'], 'fee-notice');
    const feePaid = dateFlag(values['fee-paid'], 'fee-paid');
    if (feePaid !== undefined && feeNotice === undefined) throw new UsageError(M.feePaidAlone);
    const delayTo = dateFlag(values['delay-to'], 'delay-to');
    const delayNotice = dateFlag(values['delay-notice'], 'delay-notice');
    if (delayNotice !== undefined && delayTo === undefined) throw new UsageError(M.delayNoticeAlone);
    const extension = intFlag(values.extension, 'extension');
    const extensionNotice = dateFlag(values['extension-notice'], 'extension-notice');
    if (extensionNotice !== undefined && extension === undefined) throw new UsageError(M.extensionNoticeAlone);

    const correctionDays = settings?.correctionPeriodDays ?? preset.periods.correctionPeriod?.days;
    const result = replyDeadline(
      {
        received,
        days,
        correctionNotice: dateFlag(values['correction-notice'], 'correction-notice'),
        correctionReceived: dateFlag(values['correction-received'], 'correction-received'),
        ...(correctionDays ? { correctionDays } : {}),
        pauses: (values.pause ?? []).map(parsePause),
        consultations: (values.consultation ?? []).map(parseConsultation),
        ...(preset.periods.thirdPartyReply ? { consultWindow: preset.periods.thirdPartyReply.days } : {}),
        ...(feeNotice ? { fee: { notice: feeNotice, ...(feePaid ? { paid: feePaid } : {}) } } : {}),
        feePausesClock: preset.feePausesClock && (settings?.feePausesClock ?? true),
        ...(preset.periods.feePayment ? { feeDays: preset.periods.feePayment.days } : {}),
        extension,
        extensionNotice,
        ...(delayTo ? { delay: { to: delayTo, ...(delayNotice ? { notified: delayNotice } : {}) } } : {}),
        replied: dateFlag(values.replied, 'replied'),
        today: dateFlag(values.today, 'today') ?? todayInChina(),
        pending: pending as PendingState | undefined,
      },
      officeCalendar(settings),
    );

    if (values.json) {
      const { regime, start, due, uncertain, status, abandoned, workdaysLeft, lateBy, paused, steps, problems } = result;
      const json = {
        start,
        due,
        uncertain,
        status: status ?? null,
        regulation: regime,
        abandoned,
        workdaysLeft,
        lateBy,
        paused,
        extension: result.extension,
        steps,
        problems,
        received,
        days,
        preset: preset.name,
      };
      io.out(`${JSON.stringify(json)}\n`);
    } else {
      const lines = [M.due(result.due, weekdayZh(result.due)), M.start(result.start), M.regulation(result.regime)];
      if (result.status) lines.push(M.status(result.status));
      if (result.lateBy !== undefined) lines.push(M.lateBy(result.lateBy));
      else if (result.workdaysLeft !== undefined) lines.push(M.workdaysLeft(result.workdaysLeft));
      if (values.preset) lines.push(M.preset(preset.label));
      lines.push(M.steps, ...result.steps.map((s, i) => `  ${i + 1}. ${s}`));
      if (result.uncertain) lines.push(M.uncertain);
      io.out(`${lines.join('\n')}\n`);
      for (const p of result.problems) io.err(`${M.problem(p.severity, p.message)}\n`);
    }
    return result.problems.some((p) => p.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};
