import { asCalendarDate } from '../../../core/dates';
import { CellError, CellValue, Grid } from '../../../core/grid';
import { validateLedger } from '../../../core/ledger';

// A small deterministic generator, so a failure can be replayed.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = ['收到日期', '申请人类型', '答复日期', '答复类型', '信息名称', '生成日期', '公开日期', '案件类型', '立案日期', '申请人信息',
  '补正', '备注', '合计', '填表人：张三', '免予公开', '法人或其他组织', '不予公开（属于国家秘密）', '２０２５年１月２日', '2025-02-30',
  '=SUM(A1)', '／', '是', '2025/13/01', '', ' ', '\n', '序号'];

function randomCell(next: () => number): CellValue | CellError {
  const r = next();
  if (r < 0.3) return null;
  if (r < 0.6) return WORDS[Math.floor(next() * WORDS.length)];
  if (r < 0.7) return Math.floor(next() * 60000) - 100;
  if (r < 0.75) return next() * 1e18;
  if (r < 0.82) return new Date(Date.UTC(1990 + Math.floor(next() * 50), Math.floor(next() * 12), 1 + Math.floor(next() * 28)));
  if (r < 0.85) return new Date(NaN);
  if (r < 0.9) return { error: '#N/A' };
  if (r < 0.95) return next() < 0.5;
  return String(next());
}

function randomGrid(seed: number): Grid {
  const next = rng(seed);
  const height = Math.floor(next() * 40);
  const width = 1 + Math.floor(next() * 12);
  const rows: (CellValue | CellError)[][] = [];
  for (let i = 0; i < height; i++) {
    const len = Math.floor(next() * (width + 2));
    rows.push(Array.from({ length: len }, () => randomCell(next)));
  }
  // Plant a plausible header now and then so the rows below get read and checked.
  if (height > 2 && next() < 0.6) rows[Math.floor(next() * 3)] = ['申请编号', '收到日期', '申请人类型', '答复日期', '答复类型', '答复依据'];
  const merges = ['A1:C1', 'B2:B9', 'Z99:A1', 'nonsense', 'C3', 'A2:D2'].filter(() => next() < 0.4);
  return { sheet: `随机${seed}`, rows, firstRow: 1 + Math.floor(next() * 3), firstColumn: 1 + Math.floor(next() * 2), merges, dateSystem: next() < 0.2 ? '1904' : '1900' };
}

describe('random grids', () => {
  it('never throw, and every non-blank row below the header is a record or named in a finding', () => {
    let registers = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const grid = randomGrid(seed);
      const out = validateLedger(grid, { today: asCalendarDate('2025-12-31') });
      expect(out.sheet).toBe(grid.sheet);
      if (!out.register) {
        expect(out.skipped).toMatch(/[\u4e00-\u9fff]/);
        continue;
      }
      const reg = out.register;
      registers++;
      const recordRows = new Set(reg.records.map((r) => r.source.row));
      const named = new Set(out.findings.filter((f) => f.code.startsWith('row.')).map((f) => f.row));
      const noDataRuns = out.findings.filter((f) => f.code === 'row.noData').map((f) => /第 (\d+)(?:–(\d+))? 行/.exec(f.message)!);
      const inRun = (row: number): boolean => noDataRuns.some((m) => row >= +m[1] && row <= +(m[2] ?? m[1]));
      for (let row = reg.headerRow + 1; row < grid.firstRow + grid.rows.length; row++) {
        const cells = grid.rows[row - grid.firstRow];
        const blank = cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
        if (blank) continue;
        expect(recordRows.has(row) || named.has(row) || inRun(row)).toBe(true);
      }
      for (const f of out.findings) {
        expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        if (f.row !== null) expect(Number.isInteger(f.row)).toBe(true);
        if (f.column !== null) expect(f.column).toMatch(/^[A-Z]{1,3}$/);
      }
    }
    // The planted headers make most grids registers, so the row checks above really ran.
    expect(registers).toBeGreaterThan(150);
  });
});
