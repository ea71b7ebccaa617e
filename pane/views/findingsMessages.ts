/** The 检查 view's findings list, in Chinese: the summary line, the sections, navigation and the 改为 fixes. */
import type { FixKind } from '../../core/ledger/fixes';

/** Section ids of the findings list, in display order. */
export type SectionId = 'deadline' | 'error' | 'warning' | 'info' | 'format';

export const FINDINGS_MSG = {
  summary: (overdue: number, dueSoon: number, errors: number, warnings: number) =>
    `今日逾期 ${overdue} 件 · 即将到期 ${dueSoon} 件 · 错误 ${errors} · 警告 ${warnings}`,
  section: {
    deadline: '期限',
    error: '错误',
    warning: '警告',
    info: '提示',
    format: '可规范写法',
  } satisfies Record<SectionId, string>,
  sectionTitle: (label: string, n: number) => `${label}（${n}）`,
  /** What a fix without its own finding says about the cell. */
  fixNote: {
    'attribute.legacy': (from: string) => `公开属性“${from}”是旧称`,
    'digits.fullWidth': (from: string) => `含全角数字：“${from}”`,
    'date.text': (from: string) => `日期以文字填写：“${from}”`,
  } satisfies Record<FixKind, (from: string) => string>,
  fixButton: (value: string) => `改为 ${value}`,
  // The accessible name starts with the visible text (WCAG label in name), then says which cell.
  fixLabel: (address: string, value: string) => `改为 ${value}（单元格 ${address}）`,
  fixed: (address: string, value: string) => `已将 ${address} 改为“${value}”，并重新检查了该行。`,
  cannotEdit: '此处不能修改单元格：请在表格中直接修改。',
  prev: '上一条',
  next: '下一条',
  position: (i: number, n: number) => (i > 0 ? `第 ${i} 条，共 ${n} 条` : `共 ${n} 条`),
  wholeSheet: '整表',
  more: (n: number) => `另有 ${n} 条，见「检查结果」工作表。`,
  none: '未发现问题。',
} as const;
