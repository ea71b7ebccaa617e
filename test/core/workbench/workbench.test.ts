import { workbench, COUNTER_IDS, type WorkbenchInput } from '../../../core/workbench';
import { validateLedger } from '../../../core/ledger';
import { WorkCalendar } from '../../../core/calendar';
import { loadPreset } from '../../../core/presets';
import type { ApplicationRecord, Register } from '../../../core/register/types';
import { asCalendarDate, type CalendarDate } from '../../../core/dates';
import { applicationsGrid, APPLICATIONS_TODAY } from '../../fixtures/grids/applications';

const calendar = WorkCalendar.standard({});
const preset = loadPreset('national');
// 2025-12-01 is a Monday; December 2025 has no holiday, so each working day is a weekday.
const TODAY = '2025-12-01';

/** A record's fields with its dates written as text. */
type Fields = { [K in keyof ApplicationRecord]?: ApplicationRecord[K] extends CalendarDate | undefined ? string : ApplicationRecord[K] };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

let nextRow = 5;
const app = (fields: Fields): ApplicationRecord => ({
  source: { sheet: '台账', row: nextRow++ },
  extra: {},
  original: {},
  computed: {},
  appNo: `A${nextRow}`,
  applicantType: '自然人',
  applicantName: '张三',
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' && ISO.test(v) ? asCalendarDate(v) : v])),
});
const register = (...records: ApplicationRecord[]): Register<'applications'> => ({
  kind: 'applications',
  sheet: '台账',
  headerRow: 4,
  dataRows: records.length,
  mapping: {},
  unmapped: [],
  unmappedHeaders: {},
  records,
  findings: [],
});
const desk = (records: ApplicationRecord[], today = TODAY, extra: Partial<WorkbenchInput> = {}) =>
  workbench({ registers: [register(...records)], today: asCalendarDate(today), calendar, preset, ...extra });
const only = (r: ApplicationRecord, today = TODAY) => {
  const rows = desk([r], today).rows;
  expect(rows).toHaveLength(1);
  return rows[0];
};

describe('workbench over the messy applications fixture (today 2025-12-01)', () => {
  const outcome = validateLedger(applicationsGrid(), { today: asCalendarDate(APPLICATIONS_TODAY), calendar });
  const registers = outcome.register ? [outcome.register] : [];
  const w = workbench({ registers, today: asCalendarDate(APPLICATIONS_TODAY), calendar, preset });

  it('counts the open cases: one overdue, one due today, two in progress', () => {
    expect(w.counters).toEqual({ overdue: 1, dueToday: 1, dueSoon: 0, inProgress: 2, correction: 0, consulting: 0, fee: 0 });
  });

  it('lists the open cases most urgent first, leaving out one received after today and one without a real date', () => {
    expect(w.rows.map((r) => `${r.appNo} ${r.remaining}`)).toEqual([
      '2025013 逾期 18 个工作日',
      '2025004 今日到期',
      '2025010 剩余 13 个工作日',
      '2025015 剩余 16 个工作日',
    ]);
  });

  it('agrees with the ledger check on every row: the same clock, the same due date and status', () => {
    const records = outcome.register!.records as ApplicationRecord[];
    for (const row of w.rows) {
      const rec = records.find((r) => r.source.row === row.row)!;
      expect([row.due, row.status, row.workdaysLeft]).toEqual([rec.computed.due, rec.computed.status, rec.computed.workdaysLeft]);
    }
  });

  it('masks a person, keeps an organisation, and keeps the explanation of the date', () => {
    const byNo = new Map(w.rows.map((r) => [r.appNo, r]));
    expect(byNo.get('2025013')!.applicant).toBe('冯*');
    // 某某协会 is a 法人或其他组织 without a sub-type: not known to be an organisation, so masked.
    expect(byNo.get('2025004')!.applicant).toBe('某***');
    expect(byNo.get('2025013')!.steps.join(' → ')).toContain('2025-11-05');
  });
});

describe('counters', () => {
  it('puts each open case in exactly one counter, by its status on the check date', () => {
    const w = desk([
      app({ receivedDate: '2025-10-31' }), // due 11-28: overdue
      app({ receivedDate: '2025-11-03' }), // due 12-01: today
      app({ receivedDate: '2025-11-04' }), // due 12-02: 1 working day
      app({ receivedDate: '2025-11-06' }), // due 12-04: 3 working days
      app({ receivedDate: '2025-11-07' }), // due 12-05: 4 working days, in progress
      app({ receivedDate: '2025-11-20', correctionNoticeDate: '2025-11-21' }),
      app({ receivedDate: '2025-11-20', consultSentDate: '2025-11-24' }),
      app({ receivedDate: '2025-11-20', feeNoticeDate: '2025-11-25' }),
    ]);
    expect(w.counters).toEqual({ overdue: 1, dueToday: 1, dueSoon: 2, inProgress: 1, correction: 1, consulting: 1, fee: 1 });
    expect(COUNTER_IDS.reduce((n, id) => n + w.counters[id], 0)).toBe(w.rows.length);
  });

  it('3个工作日内 ends on the third working day: four working days left is 办理中', () => {
    expect(only(app({ receivedDate: '2025-11-06' })).counter).toBe('dueSoon');
    expect(only(app({ receivedDate: '2025-11-07' })).counter).toBe('inProgress');
  });

  it('a case due today is 今日到期 and becomes 已逾期 the next working day', () => {
    const r = app({ receivedDate: '2025-11-03' });
    expect(only(r, '2025-12-01')).toMatchObject({ counter: 'dueToday', remaining: '今日到期' });
    expect(only(r, '2025-12-02')).toMatchObject({ counter: 'overdue', remaining: '逾期 1 个工作日' });
  });

  it('an answer dated on or before the check date closes the case; one dated later did not exist yet', () => {
    expect(desk([app({ receivedDate: '2025-11-03', replyDate: '2025-12-01' })]).rows).toEqual([]);
    expect(only(app({ receivedDate: '2025-11-03', replyDate: '2025-12-02' })).counter).toBe('dueToday');
  });

  it('leaves out applications received after the check date or without a receipt date', () => {
    expect(desk([app({ receivedDate: '2025-12-02' }), app({})]).rows).toEqual([]);
  });

  it('shows the applicant’s waits as waits, not as a countdown', () => {
    expect(only(app({ receivedDate: '2025-11-20', correctionNoticeDate: '2025-11-21' })).remaining).toBe('等待申请人补正');
    expect(only(app({ receivedDate: '2025-11-20', feeNoticeDate: '2025-11-25' })).remaining).toBe('等待申请人缴费');
  });

  it('ignores registers of other kinds', () => {
    const catalogue = { ...register(), kind: 'catalogue' as const, records: [] };
    expect(workbench({ registers: [catalogue], today: asCalendarDate(TODAY), calendar, preset }).rows).toEqual([]);
  });
});

describe('actions a stage allows', () => {
  it('答复书 for every open case, even an overdue one', () => {
    expect(only(app({ receivedDate: '2025-10-31' })).actions).toEqual(['reply']);
  });

  it('延期告知 and 征求意见书 up to the due date itself, not the day after', () => {
    const r = app({ receivedDate: '2025-11-03' });
    expect(only(r, '2025-12-01').actions).toEqual(expect.arrayContaining(['extension', 'consult']));
    expect(only(r, '2025-12-02').actions).not.toContain('extension');
    expect(only(r, '2025-12-02').actions).not.toContain('consult');
  });

  it('no second 延期告知 once an extension is recorded', () => {
    const r = app({ receivedDate: '2025-11-03', extensionDays: 20, extensionNoticeDate: '2025-11-28' });
    expect(only(r).actions).not.toContain('extension');
    expect(only(r).actions).toContain('consult');
  });

  it('补正告知 within 7 working days of receipt (条例第三十条): on the 7th, not on the 8th', () => {
    // Received Thu 2025-11-20: the 7th working day after is Mon 2025-12-01.
    expect(only(app({ receivedDate: '2025-11-20' })).actions).toContain('correction');
    expect(only(app({ receivedDate: '2025-11-19' })).actions).not.toContain('correction');
  });

  it('no 补正告知 once one was sent, and only 答复书 while waiting for the correction or the fee', () => {
    expect(only(app({ receivedDate: '2025-11-28', correctionNoticeDate: '2025-11-28' })).actions).toEqual(['reply']);
    expect(only(app({ receivedDate: '2025-11-10', feeNoticeDate: '2025-11-25' })).actions).toEqual(['reply']);
  });

  it('the preset’s 补正告知 period is the one used', () => {
    const tight = { ...preset, periods: { ...preset.periods, correctionNotice: { ...preset.periods.correctionNotice!, days: 2 } } };
    // Received Thu 11-27: the 2nd working day after is Mon 12-01.
    const ok = workbench({
      registers: [register(app({ receivedDate: '2025-11-27' }))],
      today: asCalendarDate(TODAY),
      calendar,
      preset: tight,
    });
    const late = workbench({
      registers: [register(app({ receivedDate: '2025-11-26' }))],
      today: asCalendarDate(TODAY),
      calendar,
      preset: tight,
    });
    expect(ok.rows[0].actions).toContain('correction');
    expect(late.rows[0].actions).not.toContain('correction');
  });
});

describe('what a row shows', () => {
  it('masks a person’s name and numbers in the content, shortens the content, names an organisation in full', () => {
    const person = only(app({ receivedDate: '2025-11-20', applicantName: '欧阳娜娜', content: '户籍档案，电话13800138000' }));
    expect([person.applicant, person.content]).toEqual(['欧***', '户籍档案，电话138****8000']);
    const long = only(app({ receivedDate: '2025-11-20', content: '关于某某路道路拓宽工程的规划许可证及附图和环评报告' }));
    expect(long.content).toBe('关于某某路道路拓宽工程的规划许可证及附…');
    const firm = only(
      app({ receivedDate: '2025-11-20', applicantType: '商业企业', applicantName: '上海某某科技有限公司', department: '规划科' }),
    );
    expect([firm.applicant, firm.department]).toEqual(['上海某某科技有限公司', '规划科']);
  });

  it('a person whose type is not recorded is masked too', () => {
    expect(only(app({ receivedDate: '2025-11-20', applicantType: undefined, applicantName: '李四' })).applicant).toBe('李*');
  });
});
