import type { CalendarDate } from '../dates';
import type { WorkCalendar } from '../calendar';
import type { Preset } from '../presets';
import type { Settings } from '../settings/schema';
import type { AnyRegister, ApplicationRecord, ApplicationStatus } from '../register/types';
import { clockInputOf, clockOptionsOf, periodDeadline, replyDeadline, type ClockOptions } from '../rules/deadlines';
import { maskFreeText, maskPersonName } from '../rules/identifiers';
import { workbenchMessages as m } from './messages';

/** The counters at the top of the 工作台; each open case is in exactly one. */
export type CounterId = 'overdue' | 'dueToday' | 'dueSoon' | 'inProgress' | 'correction' | 'consulting' | 'fee';
export const COUNTER_IDS: readonly CounterId[] = ['overdue', 'dueToday', 'dueSoon', 'inProgress', 'correction', 'consulting', 'fee'];

/** What a clerk can produce for a case at its stage (the notice kinds of reports/documents/notices, reply aside). */
export type ActionKind = 'reply' | 'extension' | 'correction' | 'consult';

/** One open case of the 工作台. */
export interface WorkbenchRow {
  sheet: string;
  /** Excel row of the case in its sheet. */
  row: number;
  appNo: string;
  /** 申请人: masked when a person (or when the type is unknown). */
  applicant: string;
  /** 申请内容, short and with ID/phone numbers masked. */
  content: string;
  department: string;
  received: CalendarDate;
  /** 法定期限 on the check date. */
  due: CalendarDate;
  status: ApplicationStatus;
  counter?: CounterId;
  /** Working days in (today, due]; negative when overdue. */
  workdaysLeft: number;
  /** 剩余 N 个工作日 / 今日到期 / 逾期 N 个工作日. */
  remaining: string;
  uncertain: boolean;
  /** 为什么是这一天: the clock's explanation. */
  steps: string[];
  actions: ActionKind[];
}

export interface Workbench {
  today: CalendarDate;
  counters: Record<CounterId, number>;
  /** Most urgent first: overdue, due today, due soon, in progress, then the applicant's and third parties' waits. */
  rows: WorkbenchRow[];
}

export interface WorkbenchInput {
  registers: readonly AnyRegister[];
  /** The check date (required: every face says which day it uses). */
  today: CalendarDate;
  calendar: WorkCalendar;
  preset: Preset;
  settings?: Settings;
}

/** Organisations are named in full; a person, or an applicant of unknown type, is masked. */
const ORGANISATION_TYPES = new Set(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
const CONTENT_CHARS = 20;
/** 补正 must be asked for within 7 working days of receipt (条例第三十条) unless the preset says otherwise. */
const CORRECTION_NOTICE_DAYS = 7;

const STATUS_COUNTER: Partial<Record<ApplicationStatus, CounterId>> = {
  已逾期: 'overdue',
  办理中: 'inProgress',
  补正中: 'correction',
  征求意见中: 'consulting',
  待缴费: 'fee',
};
const COUNTER_RANK: Record<CounterId, number> = {
  overdue: 0,
  dueToday: 1,
  dueSoon: 2,
  inProgress: 3,
  consulting: 4,
  correction: 5,
  fee: 6,
};

/**
 * The clerk's 工作台 on `today`: the counters and one row per open application (no answer on or
 * before `today`), each with its deadline from the one reply clock and the documents its stage allows.
 * @example workbench({ registers, today: '2025-12-31', calendar, preset }).counters.overdue //=> 1
 */
export function workbench(input: WorkbenchInput): Workbench {
  const { today, calendar, preset } = input;
  const clock = clockOptionsOf(preset, input.settings, today);
  const counters = Object.fromEntries(COUNTER_IDS.map((id) => [id, 0])) as Record<CounterId, number>;
  const rows: WorkbenchRow[] = [];
  for (const reg of input.registers) {
    if (reg.kind !== 'applications') continue;
    for (const rec of reg.records) {
      const row = caseRow(reg.sheet, rec, today, calendar, clock, preset.periods.correctionNotice?.days ?? CORRECTION_NOTICE_DAYS);
      if (!row) continue;
      if (row.counter) counters[row.counter] += 1;
      rows.push(row);
    }
  }
  rows.sort(
    (a, b) =>
      (a.counter ? COUNTER_RANK[a.counter] : 9) - (b.counter ? COUNTER_RANK[b.counter] : 9) ||
      a.workdaysLeft - b.workdaysLeft ||
      a.received.localeCompare(b.received),
  );
  return { today, counters, rows };
}

/** The row of one record, or undefined when it is not open on `today` (answered, not yet received, no date). */
function caseRow(
  sheet: string,
  rec: ApplicationRecord,
  today: CalendarDate,
  calendar: WorkCalendar,
  clock: ClockOptions,
  correctionNoticeDays: number,
): WorkbenchRow | undefined {
  const received = rec.receivedDate;
  if (received === undefined || received > today) return undefined;
  if (rec.replyDate !== undefined && rec.replyDate <= today) return undefined;
  // An answer dated after the check date did not exist yet on that day.
  const { input } = clockInputOf({ ...rec, receivedDate: received, replyDate: undefined }, clock);
  const res = replyDeadline(input, calendar);
  const status = res.status;
  const left = res.workdaysLeft;
  if (status === undefined || left === undefined) return undefined;
  const counter = status === '即将到期' ? (left === 0 ? 'dueToday' : 'dueSoon') : STATUS_COUNTER[status];
  const running = status === '办理中' || status === '即将到期' || status === '征求意见中';
  const actions: ActionKind[] = ['reply'];
  // 延期 counts only when told on or before the due date (条例第三十三条第二款), and once.
  if (running && today <= res.due && !(input.extension && input.extension > 0)) actions.push('extension');
  if (rec.correctionNoticeDate === undefined && rec.correctionReceivedDate === undefined) {
    const by = periodDeadline(received, correctionNoticeDays, '', '', calendar).due;
    if (today <= by) actions.push('correction');
  }
  // A consultation stops the clock only when it begins before the due date.
  if (running && today <= res.due) actions.push('consult');
  return {
    sheet,
    row: rec.source.row,
    appNo: rec.appNo ?? '',
    applicant: applicantText(rec),
    content: shortContent(rec.content ?? ''),
    department: rec.department ?? '',
    received,
    due: res.due,
    status,
    ...(counter ? { counter } : {}),
    workdaysLeft: left,
    remaining: remainingText(status, left),
    uncertain: res.uncertain,
    steps: res.steps,
    actions,
  };
}

/** The clock while it runs; the applicant's own waits have no meaningful count (the clock restarts or stays stopped). */
function remainingText(status: ApplicationStatus, left: number): string {
  if (status === '已逾期') return m.overdue(-left);
  const waiting = m.waiting[status as keyof typeof m.waiting];
  if (waiting) return waiting;
  return left === 0 ? m.dueToday : m.left(left);
}

function applicantText(rec: ApplicationRecord): string {
  const name = rec.applicantName ?? '';
  return rec.applicantType !== undefined && ORGANISATION_TYPES.has(rec.applicantType) ? name : maskPersonName(name);
}

function shortContent(text: string): string {
  const chars = [...maskFreeText(text.replace(/\s+/g, ' ').trim())];
  return chars.length <= CONTENT_CHARS ? chars.join('') : `${chars.slice(0, CONTENT_CHARS - 1).join('')}…`;
}
