import { FakeWorkbook } from '../fakeExcel';
import {
  markFindings,
  clearMarks,
  MARK_FORMULA,
  NOTE_PREFIX,
  RESULTS_SHEET,
  runAddresses,
  areaGroups,
  type FillMemory,
} from '../../../addin/excel/marks';
import { manyFindings } from '../fixtures';

function sourceSheet(wb: FakeWorkbook) {
  const s = wb.addSheet('台账');
  for (let r = 1; r <= 2100; r++) s.setValues(`A${r}`, [[`行${r}`, 'b', 'c', 'd', 'e', 'f', 'g', 'h']]);
  return s;
}

function snapshot(wb: FakeWorkbook, sheet: string): string {
  return JSON.stringify([...wb.sheet(sheet).cells.entries()]);
}

describe('markFindings', () => {
  it('marks 10,000 findings in at most 5 syncs without touching the cells', async () => {
    const wb = new FakeWorkbook();
    sourceSheet(wb);
    const before = snapshot(wb, '台账');
    const memory: FillMemory = new Map();
    const outcome = await markFindings(wb.api(), manyFindings('台账', 10_000), memory);
    expect(wb.syncs.length).toBeLessThanOrEqual(5);
    expect(outcome.cells).toBe(10_000);
    expect(wb.liveCfs('台账').length).toBeGreaterThan(0);
    expect(wb.liveCfs('台账').every((cf) => cf.formula === MARK_FORMULA)).toBe(true);
    expect(snapshot(wb, '台账')).toBe(before);
    // notes are capped, so the rest go to the 检查结果 sheet
    expect(wb.notes.length).toBeGreaterThan(0);
    expect(wb.sheets.some((s) => s.name === RESULTS_SHEET)).toBe(true);
  });

  it("清除标注 removes exactly our marks and keeps the user's own formats and notes", async () => {
    const wb = new FakeWorkbook();
    sourceSheet(wb);
    const userCf = wb.newCf('台账', 'A1:A10');
    userCf.formula = '=A1>5';
    wb.notes.push({ sheet: '台账', address: 'B3', content: '用户自己的批注', kind: 'note' });
    const memory: FillMemory = new Map();
    const findings = manyFindings('台账', 50);
    await markFindings(wb.api(), findings, memory);
    expect(wb.notes.find((n) => n.address === 'B3')?.content).toBe('用户自己的批注');
    expect(wb.notes.filter((n) => n.content.startsWith(NOTE_PREFIX)).length).toBe(49);
    await clearMarks(wb.api(), memory);
    expect(wb.liveCfs('台账')).toEqual([userCf]);
    expect(wb.notes).toEqual([{ sheet: '台账', address: 'B3', content: '用户自己的批注', kind: 'note' }]);
    expect(wb.sheets.some((s) => s.name === RESULTS_SHEET)).toBe(false);
  });

  it('marking again replaces the previous marks instead of stacking them', async () => {
    const wb = new FakeWorkbook();
    sourceSheet(wb);
    const memory: FillMemory = new Map();
    await markFindings(wb.api(), manyFindings('台账', 30), memory);
    const first = wb.liveCfs('台账').length;
    await markFindings(wb.api(), manyFindings('台账', 30), memory);
    expect(wb.liveCfs('台账').length).toBe(first);
    expect(wb.notes.length).toBe(30);
  });

  it('on ExcelApi 1.1 fills cells and restores the original fills', async () => {
    const wb = new FakeWorkbook(['1.1']);
    const s = sourceSheet(wb);
    s.cells.get('3,2')!.fill = '#00FF00';
    const memory: FillMemory = new Map();
    await markFindings(wb.api(), manyFindings('台账', 10_000), memory);
    expect(wb.syncs.length).toBeLessThanOrEqual(5);
    expect(s.get(3, 2)?.fill).toBe('#FFC7CE');
    expect(wb.sheet(RESULTS_SHEET).get(2, 6)?.value).toBe('第 0 个问题');
    await clearMarks(wb.api(), memory);
    expect(s.get(3, 2)?.fill).toBe('#00FF00');
    expect(s.get(3, 3)?.fill).toBeUndefined();
  });

  it('uses comments on ExcelApi 1.10 and per-run conditional formats on 1.6', async () => {
    const wb = new FakeWorkbook(['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.10']);
    sourceSheet(wb);
    const memory: FillMemory = new Map();
    const outcome = await markFindings(wb.api(), manyFindings('台账', 20), memory);
    expect(outcome.notes).toBe('comments');
    expect(wb.notes.every((n) => n.kind === 'comment')).toBe(true);
    expect(wb.liveCfs('台账').length).toBeGreaterThan(0);
  });
});

describe('address helpers', () => {
  it('merges runs of rows per column', () => {
    expect(
      runAddresses([
        { row: 3, column: 'B' },
        { row: 4, column: 'B' },
        { row: 9, column: 'B' },
        { row: 3, column: 'C' },
      ]),
    ).toEqual(['B3:B4', 'B9', 'C3']);
  });
  it('splits long area lists', () => {
    const groups = areaGroups(
      Array.from({ length: 100 }, (_, i) => `A${i * 2 + 1}`),
      50,
    );
    expect(groups.every((g) => g.length <= 50)).toBe(true);
    expect(groups.join(',').split(',')).toHaveLength(100);
  });
});
