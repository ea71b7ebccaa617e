/**
 * Add-in figures: syncs to mark 10,000 findings on the fake Excel (goal ≤ 5), syncs and largest
 * request when reading 100,000 × 15 cells, and the gzipped size of the JS the task pane loads at
 * start (goal ≤ 300 KB; pdfmake, exceljs and fonts load later).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import type { BenchSuite } from '../types';
import { FakeWorkbook } from '../../test/addin/fakeExcel';
import { markFindings, type FillMemory } from '../../addin/excel/marks';
import { readSheetGrid } from '../../addin/excel/readGrid';
import type { Finding } from '../../core/findings';

const ROOT = path.resolve(__dirname, '../..');

function findings(n: number): Finding[] {
  const columns = ['B', 'C', 'D', 'F', 'H'];
  return Array.from({ length: n }, (_, i) => ({
    sheet: '台账',
    row: 3 + Math.floor(i / columns.length),
    column: columns[i % columns.length],
    field: 'receivedDate',
    severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info',
    code: 'date.invalid',
    message: `第 ${i} 个问题`,
  }));
}

/** Gzipped KB of the same-origin scripts dist/taskpane.html loads at start. */
export function taskpaneInitialKB(dist: string): number {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
  let bytes = 0;
  for (const src of scripts) bytes += zlib.gzipSync(fs.readFileSync(path.join(dist, src)), { level: 9 }).length;
  return bytes / 1024;
}

export const addinSuite: BenchSuite = {
  name: 'addin',
  async run(ctx) {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('台账');
    for (let r = 1; r <= 2100; r++) s.setValues(`A${r}`, [[`行${r}`, 'b', 'c', 'd', 'e', 'f', 'g', 'h']]);
    const memory: FillMemory = new Map();
    const t0 = performance.now();
    await markFindings(wb.api(), findings(10_000), memory);
    const markSyncs = wb.syncs.length;
    ctx.log(`addin: 标注 10,000 个问题 ${markSyncs} 次 sync（${Math.round(performance.now() - t0)} ms，假 Excel）`);

    const big = new FakeWorkbook();
    const sheet = big.addSheet('大台账');
    for (let r = 1; r <= 100_000; r++) {
      for (let c = 1; c <= 15; c++)
        sheet.cells.set(`${r},${c}`, { value: c === 2 ? 45000 + (r % 300) : `第${r}行第${c}列的内容`, format: 'General' });
    }
    await readSheetGrid(big.api(), '大台账');
    const readSyncs = big.syncs.length;
    const maxMB = Math.max(...big.syncs.map((x) => x.bytes)) / 1e6;
    ctx.log(`addin: 读取 100,000 × 15 单元格 ${readSyncs} 次 sync，最大请求 ${maxMB.toFixed(2)} MB`);

    const dist = path.join(ROOT, 'dist');
    if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
      ctx.log('addin: 构建 dist/（webpack --config-name addin）…');
      spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['webpack', '--mode', 'production', '--config-name', 'addin'], {
        cwd: ROOT,
        stdio: 'ignore',
      });
    }
    const kb = taskpaneInitialKB(dist);
    ctx.log(`addin: 任务窗格启动时加载的 JS ${kb.toFixed(1)} KB（gzip）`);
    return {
      addinSyncsMark10kFindings: markSyncs,
      addinSyncsRead100kRows: readSyncs,
      addinMaxRequestMB: Number(maxMB.toFixed(2)),
      taskpaneInitialKB: Number(kb.toFixed(1)),
    };
  },
};
