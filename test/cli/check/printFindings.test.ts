import { printFindings } from '../../../cli/commands/checkPrint';
import { paint } from '../../../cli/colour';
import type { Finding, Severity } from '../../../core/findings';

const finding = (severity: Severity, row: number | null, message: string): Finding => ({
  severity,
  code: 'date.invalid',
  field: null,
  sheet: '台账',
  row,
  column: row === null ? null : 'B',
  message,
});

function printed(findings: Finding[], withSheet = false): string[] {
  const lines: string[] = [];
  printFindings(findings, (line) => lines.push(line), paint(false), {
    indent: '  ',
    withSheet,
    moreHints: (n) => `另有 ${n} 条提示`,
  });
  return lines;
}

describe('printFindings (ogi check and ogi report)', () => {
  it('lists errors, then warnings, then at most ten hints and one line for the rest', () => {
    const hints = Array.from({ length: 13 }, (_, i) => finding('info', i + 2, `提示${i}`));
    const lines = printed([...hints, finding('warning', 40, '警告'), finding('error', 41, '错误甲'), finding('error', 42, '错误乙')]);
    expect(lines.slice(0, 3)).toEqual([
      '  第 41 行 B 列 [错误] 错误甲\n',
      '  第 42 行 B 列 [错误] 错误乙\n',
      '  第 40 行 B 列 [警告] 警告\n',
    ]);
    expect(lines.filter((l) => l.includes('[提示]'))).toHaveLength(10);
    expect(lines.at(-1)).toBe('另有 3 条提示\n');
  });

  it('never folds errors, however many', () => {
    const lines = printed(Array.from({ length: 30 }, (_, i) => finding('error', i + 2, `错${i}`)));
    expect(lines).toHaveLength(30);
    expect(lines.every((l) => l.includes('[错误]'))).toBe(true);
  });

  it('names the sheet when asked, and leaves out the row of a finding about a whole sheet', () => {
    expect(printed([finding('warning', null, '整表')], true)).toEqual(['  [台账] [警告] 整表\n']);
    expect(printed([finding('warning', 3, '一格')], true)).toEqual(['  [台账] 第 3 行 B 列 [警告] 一格\n']);
  });
});
