import { asCalendarDate } from '../../../core/dates';
import { Finding } from '../../../core/findings';
import { validateLedger } from '../../../core/ledger';
import { ApplicationRecord } from '../../../core/register/types';
import { APPLICATIONS_CLEAN_ROWS, APPLICATIONS_TODAY, applicationsGrid } from '../../fixtures/grids/applications';

const today = asCalendarDate(APPLICATIONS_TODAY);

function pick(findings: Finding[]): { row: number | null; field: string | null; column: string | null; severity: string; code: string }[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .map(({ row, field, column, severity, code }) => ({ row, field, column, severity, code }));
}

describe('a messy applications ledger with a merged two-row header', () => {
  const outcome = validateLedger(applicationsGrid(), { today });
  const register = outcome.register!;
  const records = register.records as ApplicationRecord[];
  const byRow = (row: number): ApplicationRecord => records.find((r) => r.source.row === row)!;

  it('finds the header under the title rows and maps the grouped columns', () => {
    expect(register.kind).toBe('applications');
    expect(register.headerRow).toBe(4);
    expect(register.mapping).toEqual({
      appNo: 'B',
      receivedDate: 'C',
      channel: 'D',
      applicantName: 'E',
      applicantType: 'F',
      idNumber: 'G',
      content: 'H',
      correctionNoticeDate: 'I',
      correctionReceivedDate: 'J',
      extensionNoticeDate: 'K',
      extensionDays: 'L',
      replyDate: 'M',
      resultType: 'N',
      resultReason: 'O',
      remarks: 'P',
    });
    expect(register.unmapped).toEqual(['A']);
    expect(register.unmappedHeaders).toEqual({ A: '序号' });
  });

  it('maps the same way from the blank pattern alone when the reader gives no merges', () => {
    const plain = validateLedger(applicationsGrid(false), { today });
    expect(plain.register?.mapping).toEqual(register.mapping);
    expect(pick(plain.findings)).toEqual(pick(outcome.findings));
  });

  it('keeps every non-blank row: 18 records, one signature line skipped with a finding, two blank rows', () => {
    expect(register.dataRows).toBe(19);
    expect(register.blankRows).toBe(2);
    expect(records).toHaveLength(18);
    expect(outcome.findings).toContainEqual(expect.objectContaining({ row: 25, code: 'row.skipped', severity: 'info' }));
    const accounted = new Set([
      ...records.map((r) => r.source.row),
      ...outcome.findings.filter((f) => f.code === 'row.skipped').map((f) => f.row),
    ]);
    for (let row = 5; row <= 25; row++) if (row !== 7 && row !== 24) expect(accounted.has(row)).toBe(true);
  });

  it('reads dates in every form through the one parser and keeps the original text', () => {
    expect(byRow(5).receivedDate).toBe('2025-09-26');
    expect(byRow(6).receivedDate).toBe('2025-09-26');
    expect(byRow(8).receivedDate).toBe('2025-10-09');
    expect(byRow(8).original.receivedDate).toBe('2025年10月9日');
    expect(byRow(8).replyDate).toBe('2025-10-20');
    expect(byRow(9).receivedDate).toBe('2025-11-03');
    expect(byRow(10).receivedDate).toBe('2025-09-15');
    expect(byRow(11).receivedDate).toBe('2025-09-01');
    expect(byRow(23).receivedDate).toBe('2025-10-20');
    expect(byRow(5).original.receivedDate).toBeUndefined();
  });

  it('normalises words and full-width digits, keeping originals', () => {
    expect(byRow(5)).toMatchObject({ channel: '网络', applicantType: '自然人', original: { channel: '网上申请', applicantType: '公民' } });
    expect(byRow(8)).toMatchObject({
      appNo: '2025003',
      channel: '邮寄',
      applicantType: '商业企业',
      resultType: '无法提供',
      resultRow: 'na_notheld',
    });
    expect(byRow(10).applicantType).toBe('法律服务机构');
    expect(byRow(11)).toMatchObject({ extensionDays: 20, resultType: '不予处理', resultRow: 'np_repeat', resultReason: '重复申请' });
    expect(byRow(6)).toMatchObject({ resultType: '不予公开', resultRow: 'deny_secret', resultReason: '属于国家秘密' });
    expect(byRow(22)).toMatchObject({ resultType: '不予公开', resultRow: 'deny_secret' });
    expect(byRow(23)).toMatchObject({ resultType: '予以公开', resultRow: 'granted', original: { resultType: '同意公开' } });
    expect(byRow(23).extra).toEqual({ 序号: '18' });
  });

  it('reports each planted problem at its row, field and source column', () => {
    const expected = [
      { row: 6, field: 'replyDate', column: 'M', severity: 'error', code: 'deadline.reply.late' },
      { row: 9, field: 'applicantType', column: 'F', severity: 'error', code: 'applicant.subtype.missing' },
      { row: 10, field: 'resultReason', column: 'O', severity: 'error', code: 'result.partial.noReason' },
      { row: 10, field: 'idNumber', column: 'G', severity: 'warning', code: 'id.resident.checksum' },
      { row: 10, field: 'correctionNoticeDate', column: 'I', severity: 'error', code: 'deadline.correction.late' },
      // The extension was told after the original due date: it never counted, so the reply was late (第三十三条第二款).
      { row: 11, field: 'extensionNoticeDate', column: 'K', severity: 'error', code: 'deadline.extension.late' },
      { row: 11, field: 'replyDate', column: 'M', severity: 'error', code: 'deadline.reply.late' },
      { row: 12, field: 'appNo', column: 'B', severity: 'error', code: 'id.duplicate' },
      { row: 13, field: 'replyDate', column: 'M', severity: 'error', code: 'date.order' },
      { row: 14, field: 'receivedDate', column: 'C', severity: 'error', code: 'date.invalid' },
      { row: 15, field: 'applicantType', column: 'F', severity: 'error', code: 'field.required' },
      { row: 16, field: 'resultType', column: 'N', severity: 'error', code: 'field.required' },
      { row: 17, field: 'channel', column: 'D', severity: 'error', code: 'enum.invalid' },
      { row: 18, field: 'replyDate', column: 'M', severity: 'error', code: 'deadline.reply.overdue' },
      { row: 19, field: 'receivedDate', column: 'C', severity: 'error', code: 'date.future' },
      { row: 20, field: 'content', column: 'H', severity: 'error', code: 'cell.error' },
      { row: 21, field: 'resultReason', column: 'O', severity: 'error', code: 'result.reason.missing' },
    ];
    const got = pick(outcome.findings);
    for (const e of expected) expect(got).toContainEqual(e);
    expect(got).toHaveLength(expected.length);
  });

  it('gives clean rows no error or warning', () => {
    for (const row of APPLICATIONS_CLEAN_ROWS) {
      expect(outcome.findings.filter((f) => f.row === row && f.severity !== 'info')).toEqual([]);
    }
  });

  it('notes legacy result words and a case about to fall due as infos', () => {
    const infos = outcome.findings.filter((f) => f.severity === 'info').map((f) => [f.row, f.code]);
    expect(infos).toEqual(
      expect.arrayContaining([
        [8, 'result.legacy'],
        [23, 'result.legacy'],
        [9, 'deadline.reply.soon'],
      ]),
    );
  });

  it('explains the late reply with the numbers', () => {
    const late = outcome.findings.find((f) => f.code === 'deadline.reply.late' && f.row === 6)!;
    expect(late.message).toBe('答复日期 2025-11-05 晚于法定期限 2025-10-30（收到 2025-09-26，次日起第20个工作日），逾期4个工作日');
  });

  it('computes due dates and statuses', () => {
    expect(byRow(5).computed).toMatchObject({ due: '2025-10-30', status: '按期办结', uncertain: false });
    expect(byRow(6).computed.status).toBe('逾期办结');
    expect(byRow(10).computed).toMatchObject({ due: '2025-11-06', status: '按期办结' });
    expect(byRow(11).computed).toMatchObject({ due: '2025-09-28', status: '逾期办结' });
    expect(byRow(15).computed).toMatchObject({ due: '2025-12-18', status: '办理中' });
    expect(byRow(18).computed).toMatchObject({ due: '2025-11-05', status: '已逾期' });
    expect(byRow(18).computed.workdaysLeft).toBeLessThan(0);
    expect(byRow(5).computed.steps?.length).toBeGreaterThan(2);
  });
});
