import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { BenchSuite } from '../types';
import { readLedgerFile } from '../../cli/readers';
import { readWorkbook } from '../../core/workbook';

const SHEETS = 300;
const ROWS_PER_SHEET = 40;
const RUNS = 3;
const HEADER = ['申请编号', '收到日期', '申请方式', '申请人类型', '申请人', '申请内容', '答复日期', '答复类型'];

/** 300 monthly/department sheets written by exceljs, which puts workbook.xml and sharedStrings.xml after the sheets. */
async function generate(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (let s = 1; s <= SHEETS; s++) {
    const ws = wb.addWorksheet(`科室${s}`);
    ws.addRow(HEADER);
    for (let i = 1; i <= ROWS_PER_SHEET; i++) {
      const row = ws.addRow([
        `2025-${s}-${i}`,
        new Date(Date.UTC(2025, i % 12, 1 + (i % 28))),
        '网络',
        '自然人',
        `申请人${s}-${i}`,
        '某项目批复',
        null,
        '予以公开',
      ]);
      row.getCell(2).numFmt = 'yyyy-mm-dd';
    }
  }
  await wb.xlsx.writeFile(file);
}

/** Best of `RUNS` timings of `fn` (the machine may be shared; the minimum is the least disturbed). */
async function best(fn: () => Promise<void> | void): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** The reader alone: many sheets in exceljs zip order, and the 100,000-row ledger of the check suite against exceljs' streaming reader. */
export const readerSuite: BenchSuite = {
  name: 'reader',
  async run({ log, dataDir }) {
    const file = path.join(dataDir, `sheets-${SHEETS}x${ROWS_PER_SHEET}.xlsx`);
    if (!fs.existsSync(file)) {
      log(`生成 ${path.basename(file)} …`);
      await generate(file);
    }
    let sheets = 0;
    const manyMs = await best(async () => {
      const read = await readLedgerFile(file);
      if (!read.ok) throw new Error(read.message);
      sheets = read.grids.length;
    });
    if (sheets !== SHEETS) throw new Error(`read ${sheets} of ${SHEETS} sheets`);
    log(`${SHEETS} 个工作表（exceljs 写入顺序）: ${manyMs.toFixed(0)} ms，读到 ${sheets} 个`);
    const results: Record<string, number> = { readManySheetsMs: Math.round(manyMs) };

    const big = path.join(dataDir, 'applications-100000x15.xlsx');
    if (fs.existsSync(big)) {
      const bytes = fs.readFileSync(big);
      const oursMs = await best(() => {
        const read = readWorkbook(bytes, { fileName: 'big.xlsx' });
        if (!read.ok) throw new Error(read.message);
      });
      let exceljsRows = 0;
      const exceljsMs = await best(async () => {
        exceljsRows = 0;
        const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(big), {
          worksheets: 'emit',
          sharedStrings: 'cache',
          hyperlinks: 'ignore',
          styles: 'cache',
          entries: 'ignore',
        });
        for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<{ values: unknown[] }>>)
          for await (const row of ws) if (row.values.length > 0) exceljsRows++;
      });
      // Each row's values are built (what a reader must do), and the whole sheet was read.
      if (exceljsRows < 100_000) throw new Error(`exceljs read ${exceljsRows} rows`);
      log(`10 万行只读取: 本读取器 ${oursMs.toFixed(0)} ms, exceljs 流式读取 ${exceljsMs.toFixed(0)} ms`);
      results.read100kRowsMs = Math.round(oursMs);
      results.read100kRowsExceljsStreamMs = Math.round(exceljsMs);
    }
    return results;
  },
};
