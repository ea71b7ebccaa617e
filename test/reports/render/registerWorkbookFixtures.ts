import { asCalendarDate } from '../../../core/dates';
import { Finding } from '../../../core/findings';
import { ApplicationRecord, CatalogueRecord, Register } from '../../../core/register/types';

// The small register of the register-workbook tests, shared with the LibreOffice round trip in test/interop/.
const d = asCalendarDate;
export const SHEET = '2025年登记';

export function application(row: number, fields: Partial<ApplicationRecord>): ApplicationRecord {
  return { source: { sheet: SHEET, row }, extra: {}, original: {}, computed: {}, ...fields };
}

export const applications: Register<'applications'> = {
  kind: 'applications',
  sheet: SHEET,
  headerRow: 4,
  dataRows: 3,
  mapping: { appNo: 'A', receivedDate: 'B', applicantType: 'C', applicantName: 'D', replyDate: 'E', remarks: 'F' },
  unmapped: ['G'],
  unmappedHeaders: { G: '经办人' },
  findings: [],
  records: [
    application(5, {
      appNo: '2025-001',
      receivedDate: d('2025-09-26'),
      applicantType: '自然人',
      applicantName: '=HYPERLINK("http://x","点我")',
      replyDate: d('2025-11-05'),
      resultType: '予以公开',
      remarks: '+86 138 0000 0000',
      extra: { 经办人: '-王芳' },
      original: { applicantType: '公民' },
      computed: { due: d('2025-10-30'), status: '逾期办结', steps: ['收到 2025-09-26', '次日起第20个工作日'] },
    }),
    application(6, {
      appNo: '@2025-002',
      receivedDate: d('2025-12-10'),
      applicantType: '商业企业',
      applicantName: '上海某某科技有限公司',
      computed: { due: d('2026-01-08'), status: '办理中', workdaysLeft: 6, steps: ['收到 2025-12-10'] },
    }),
    application(8, { appNo: '2025-003', receivedDate: d('2025-12-29'), applicantType: '其他', computed: { status: '办理中' } }),
  ],
};

export const catalogue: Register<'catalogue'> = {
  kind: 'catalogue',
  sheet: '目录',
  headerRow: 1,
  dataRows: 1,
  mapping: { title: 'A', formedDate: 'B', attribute: 'C' },
  unmapped: [],
  unmappedHeaders: {},
  findings: [],
  records: [
    {
      source: { sheet: '目录', row: 2 },
      extra: {},
      original: { attribute: '免于公开' },
      computed: {},
      title: '关于某某事项的通知',
      formedDate: d('2025-03-05'),
      attribute: '不予公开',
    } satisfies CatalogueRecord,
  ],
};

export const findings: Finding[] = [
  {
    sheet: SHEET,
    row: 5,
    column: 'E',
    field: 'replyDate',
    severity: 'error',
    code: 'deadline.reply.late',
    message: '答复日期 2025-11-05 晚于法定期限 2025-10-30，逾期4个工作日',
  },
  { sheet: SHEET, row: 6, column: 'C', field: 'applicantType', severity: 'warning', code: 'number.invalid', message: '一条警告' },
  { sheet: SHEET, row: 7, column: null, field: null, severity: 'error', code: 'row.skipped', message: '第7行无法识别，未进入登记表' },
  {
    sheet: '目录',
    row: 2,
    column: 'C',
    field: 'attribute',
    severity: 'info',
    code: 'attribute.legacy',
    message: '“免于公开”已按不予公开处理',
  },
  { sheet: '说明', row: null, column: null, field: null, severity: 'info', code: 'sheet.skipped', message: '该工作表不是台账' },
];
