/**
 * WPS figures: calls into the (fake) ET object model to read 100,000 × 15 cells — every Range,
 * Value2, NumberFormat and property read counts, since each crosses from the pane into WPS — and
 * the same for marking 10,000 findings.
 */
import type { BenchSuite } from '../types';
import { FakeEt } from '../../test/wps/fakeEt';
import { manyFindings } from '../../test/addin/fixtures';
import { readSheetGrid } from '../../wps/readSheet';
import { markFindings } from '../../wps/marks';

export const wpsSuite: BenchSuite = {
  name: 'wps',
  async run(ctx) {
    const et = new FakeEt();
    const sheet = et.addSheet('大台账');
    for (let r = 1; r <= 100_000; r++)
      for (let c = 1; c <= 15; c++)
        sheet.set(r, c, c === 2 ? { value: 45000 + (r % 300), format: 'yyyy-mm-dd' } : { value: `第${r}行第${c}列的内容` });
    const t0 = performance.now();
    const grid = readSheetGrid(et.api(), '大台账');
    const readCalls = et.calls;
    ctx.log(
      `wps: 读取 ${grid.rows.length.toLocaleString()} × 15 单元格 ${readCalls} 次对象模型调用（${Math.round(performance.now() - t0)} ms，假 WPS）`,
    );

    const marks = new FakeEt();
    const s = marks.addSheet('台账');
    for (let r = 1; r <= 2100; r++) s.set(r, 1, { value: r });
    markFindings(marks.api(), manyFindings('台账', 10_000));
    ctx.log(`wps: 标注 10,000 个问题 ${marks.calls} 次对象模型调用`);
    return { wpsReadCalls100k: readCalls, wpsMarkCalls10k: marks.calls };
  },
};
