import { asCalendarDate } from '../../../core/dates';
import { CellValue, Grid } from '../../../core/grid';
import { validateLedger } from '../../../core/ledger';
import { ApplicationRecord } from '../../../core/register/types';
import { SettingsSchema } from '../../../core/settings/schema';

// A small ledger with the columns of the second-edition clock (contracts §1): several consultations in
// one cell, the extension with its notice, 延迟答复 and the applicant's waits.
const today = asCalendarDate('2025-06-30');
const HEADER = [
  '申请编号',
  '收到日期',
  '申请人类型',
  '补正告知日期',
  '补正期限',
  '补正收到日期',
  '征求意见记录',
  '收费通知日期',
  '缴费日期',
  '延期告知日期',
  '延期工作日',
  '延迟答复期限',
  '延迟答复告知日期',
  '答复日期',
  '答复类型',
  '答复依据',
];
const row = (
  no: string,
  received: string,
  over: Partial<Record<(typeof HEADER)[number], string>>,
  reply?: [string, string, string?],
): CellValue[] =>
  HEADER.map((h) => {
    if (h === '申请编号') return no;
    if (h === '收到日期') return received;
    if (h === '申请人类型') return '自然人';
    if (h === '答复日期') return reply?.[0] ?? null;
    if (h === '答复类型') return reply?.[1] ?? null;
    if (h === '答复依据') return reply?.[2] ?? null;
    return over[h] ?? null;
  });
const sheet = (rows: CellValue[][]): Grid => ({ sheet: '依申请公开台账', rows: [HEADER, ...rows], firstRow: 1, firstColumn: 1 });
const findingsOf = (grid: Grid, settings?: ReturnType<typeof SettingsSchema.parse>) => {
  const out = validateLedger(grid, { today, ...(settings ? { settings } : {}) });
  return { out, got: out.findings.map((f) => [f.row, f.field, f.severity, f.code]), records: out.register!.records as ApplicationRecord[] };
};

describe('the reply clock on ledger rows (ogi check)', () => {
  it('counts two consultations of one cell and keeps the on-time row clean', () => {
    const { got, records } = findingsOf(
      sheet([
        row('2025001', '2025-03-03', { 征求意见记录: '2025-03-10至2025-03-14；其他机关：2025-03-20至2025-03-24' }, [
          '2025-04-09',
          '予以公开',
        ]),
      ]),
    );
    expect(records[0].computed).toMatchObject({ due: '2025-04-09', status: '按期办结' }); // 20 + 4 + 2, Qingming 04-04..06
    expect(records[0].computed.steps).toContain(
      '征求其他机关意见 03-20次日至03-24，其间2个工作日不计入（条例第三十四条、条例第三十三条第三款）',
    );
    expect(got).toEqual([]);
  });

  it('puts an unreadable interval on the 征求意见记录 column as an error, and still counts the readable ones', () => {
    const { out, got, records } = findingsOf(
      sheet([row('2025002', '2025-03-03', { 征求意见记录: '2025-03-10至2025-03-14；3月20日以后' }, ['2025-03-28', '予以公开'])]),
    );
    expect(got).toEqual([[2, 'consultations', 'error', 'consultations.invalid']]);
    expect(out.findings[0].column).toBe('G');
    expect(out.findings[0].message).toContain('征求意见记录“3月20日以后”无法识别');
    expect(records[0].computed.due).toBe('2025-04-07');
  });

  it('gives an extension told after the original date an error on 延期告知日期 and judges the reply without it', () => {
    const { got, records } = findingsOf(
      sheet([row('2025003', '2025-03-03', { 延期告知日期: '2025-04-03', 延期工作日: '20' }, ['2025-04-18', '予以公开'])]),
    );
    expect(records[0].computed).toMatchObject({ due: '2025-03-31', status: '逾期办结' });
    expect(got).toEqual([
      [2, 'replyDate', 'error', 'deadline.reply.late'],
      [2, 'extensionNoticeDate', 'error', 'deadline.extension.late'],
    ]);
  });

  it('counts only 20 of a 25-day extension, with an error on 延期工作日', () => {
    const { got, records } = findingsOf(
      sheet([row('2025004', '2025-03-03', { 延期告知日期: '2025-03-20', 延期工作日: '25' }, ['2025-04-29', '予以公开'])]),
    );
    expect(records[0].computed.due).toBe('2025-04-28'); // 03-31 + 20, the make-up Sunday 04-27 counted
    expect(got).toEqual([
      [2, 'replyDate', 'error', 'deadline.reply.late'],
      [2, 'extensionDays', 'error', 'deadline.extension.tooLong'],
    ]);
  });

  it('warns on an open row whose correction period ran out (逾期不补正), and not once it is closed', () => {
    const { got, records } = findingsOf(
      sheet([
        row('2025005', '2025-05-06', { 补正告知日期: '2025-05-08', 补正期限: '2025-05-22' }),
        row('2025006', '2025-05-06', { 补正告知日期: '2025-05-08', 补正期限: '2025-05-22' }, [
          '2025-05-26',
          '其他处理',
          '申请人无正当理由逾期不补正',
        ]),
        row('2025007', '2025-06-16', { 补正告知日期: '2025-06-18' }),
      ]),
    );
    expect(records.map((r) => r.computed.status)).toEqual(['逾期不补正', '按期办结', '补正中']);
    expect(records[1].resultRow).toBe('other_nocorrect');
    expect(got).toEqual([[2, 'correctionReceivedDate', 'warning', 'deadline.correction.abandoned']]);
  });

  it('warns on an unpaid fee after 20 working days (逾期未缴费) and counts it as a pause before that', () => {
    const { got, records } = findingsOf(
      sheet([row('2025008', '2025-04-01', { 收费通知日期: '2025-04-08' }), row('2025009', '2025-06-16', { 收费通知日期: '2025-06-20' })]),
    );
    expect(records.map((r) => r.computed.status)).toEqual(['逾期未缴费', '待缴费']);
    expect(got).toEqual([[2, 'feePaidDate', 'warning', 'deadline.fee.abandoned']]);
  });

  it('judges the reply against a 延迟答复 date told in time, and warns when the notice date is missing', () => {
    const { got, records } = findingsOf(
      sheet([
        row('2025010', '2025-03-03', { 延迟答复期限: '2025-05-30', 延迟答复告知日期: '2025-03-20' }, ['2025-05-28', '予以公开']),
        row('2025011', '2025-03-03', { 延迟答复期限: '2025-05-30' }, ['2025-05-28', '予以公开']),
      ]),
    );
    expect(records.map((r) => r.computed.due)).toEqual(['2025-05-30', '2025-05-30']);
    expect(records.map((r) => r.computed.status)).toEqual(['按期办结', '按期办结']);
    expect(got).toEqual([[3, 'delayNoticeDate', 'warning', 'deadline.delay.noNotice']]);
  });

  it('reports a consultation begun after the date had run out, without moving it', () => {
    const { got, records } = findingsOf(
      sheet([row('2025012', '2025-03-03', { 征求意见记录: '2025-04-10至2025-04-20' }, ['2025-04-25', '予以公开'])]),
    );
    expect(records[0].computed.due).toBe('2025-03-31');
    expect(got).toEqual([
      [2, 'replyDate', 'error', 'deadline.reply.late'],
      [2, 'consultations', 'warning', 'deadline.pause.afterDue'],
    ]);
  });

  it('takes the correction period from the settings when the ledger has no 补正期限', () => {
    const grid = sheet([row('2025013', '2025-06-13', { 补正告知日期: '2025-06-16' })]);
    expect(findingsOf(grid).records[0].computed.status).toBe('补正中'); // preset default 15 working days → 07-07
    const short = SettingsSchema.parse({ correctionPeriodDays: 5 });
    expect(findingsOf(grid, short).records[0].computed.status).toBe('逾期不补正');
  });
});
