/** Small registers and findings for the add-in tests. */
import type { Register, ApplicationRecord } from '../../core/register/types';
import type { Finding } from '../../core/findings';
import { asCalendarDate } from '../../core/dates';

function app(row: number, fields: Partial<ApplicationRecord>): ApplicationRecord {
  return { source: { sheet: '2025台账', row }, extra: {}, original: {}, computed: {}, ...fields };
}

/** An applications register with formula-looking text, a leading-zero number and dates. */
export function applicationsRegister(): Register<'applications'> {
  return {
    kind: 'applications',
    sheet: '2025台账',
    headerRow: 2,
    dataRows: 2,
    mapping: { appNo: 'A', receivedDate: 'B', applicantType: 'C', content: 'D' },
    unmapped: ['E'],
    unmappedHeaders: { E: '经办人' },
    records: [
      app(3, {
        appNo: '00123',
        receivedDate: asCalendarDate('2025-03-03'),
        applicantType: '自然人',
        content: '=HYPERLINK("http://x","点我")',
        extra: { 经办人: '+王五' },
        computed: {
          due: asCalendarDate('2025-03-31'),
          status: '已逾期',
          workdaysLeft: -5,
          steps: ['收到 2025-03-03', '次日起第20个工作日'],
        },
      }),
      app(4, {
        appNo: '2025-002',
        receivedDate: asCalendarDate('2025-03-04'),
        applicantType: '商业企业',
        content: '@提及',
        extra: { 经办人: '-' },
      }),
    ],
    findings: [],
  };
}

/** `n` findings spread over a sheet's cells, some sharing a cell, mixed severities. */
export function manyFindings(sheet: string, n: number): Finding[] {
  const out: Finding[] = [];
  const columns = ['B', 'C', 'D', 'F', 'H'];
  for (let i = 0; i < n; i++) {
    out.push({
      sheet,
      row: 3 + Math.floor(i / columns.length),
      column: columns[i % columns.length],
      field: 'receivedDate',
      severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info',
      code: 'date.invalid',
      message: `第 ${i} 个问题`,
    });
  }
  return out;
}
