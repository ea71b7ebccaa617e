import type { SheetDocument } from '../../pane/host';
import type { Finding } from '../../core/findings';
import { OUR_SHEET_NAMES } from '../../core/workbook/sheetRoles';

const SEVERITY: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** Findings as a 检查结果 sheet: where, how bad, what — one row each, errors first. */
export function findingsDocument(findings: readonly Finding[]): SheetDocument {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const rows = [
    ['工作表', '单元格', '严重程度', '字段', '代码', '说明'],
    ...sorted.map((f) => [
      f.sheet,
      f.row === null ? '' : `${f.column ?? ''}${f.row}`,
      SEVERITY[f.severity],
      f.field ?? '',
      f.code,
      f.message,
    ]),
  ];
  return {
    name: OUR_SHEET_NAMES.findings,
    rows,
    boldRows: [0],
    borderedRows: { from: 0, to: rows.length - 1 },
    widths: [16, 10, 10, 16, 24, 80],
    print: { landscape: true, repeatRows: { from: 0, to: 0 }, fitToWidth: true },
  };
}
