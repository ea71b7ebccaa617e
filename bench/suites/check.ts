import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { BenchSuite } from '../types';
import { main } from '../../cli/main';
import { readLedgerFile } from '../../cli/readers';

const ROWS = 100_000;
const FILE_NAME = `applications-${ROWS}x15.xlsx`;
const TODAY = '2025-12-31';
const RUNS = 3;

const HEADER = [
  '序号',
  '申请编号',
  '收到日期',
  '申请方式',
  '申请人类型',
  '申请人',
  '证件号码',
  '联系电话',
  '申请内容',
  '承办科室',
  '延期告知日期',
  '答复日期',
  '答复类型',
  '答复依据',
  '备注',
];
const CHANNELS = ['网络', '当面', '信函', '电子邮件'];
const TYPES = ['自然人', '自然人', '自然人', '商业企业', '法律服务机构', '其他'];
const RESULTS: Array<[string, string | null]> = [
  ['予以公开', null],
  ['部分公开', '涉及个人隐私'],
  ['无法提供', '本机关不掌握相关政府信息'],
  ['不予处理', '重复申请'],
];
const DEPTS = ['房管办', '城建中心', '管理办', '财务科', '综合执法队'];

/** A 100,000-row × 15-column applications ledger, written once with exceljs's streaming writer. */
async function generate(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('2025年');
  ws.addRow(HEADER).commit();
  const start = Date.UTC(2025, 0, 2);
  for (let i = 1; i <= ROWS; i++) {
    const received = new Date(start + Math.floor((i * 330) / ROWS) * 86_400_000);
    const open = i % 50 === 0;
    const replied = new Date(received.getTime() + (5 + (i % 12)) * 86_400_000);
    const [result, reason] = RESULTS[i % RESULTS.length];
    const row = ws.addRow([
      i,
      `2025-${String(i).padStart(6, '0')}`,
      received,
      CHANNELS[i % CHANNELS.length],
      TYPES[i % TYPES.length],
      `申请人${i}`,
      null,
      `138${String(i).padStart(8, '0')}`,
      `申请公开某某项目第${i % 977}号批复及相关材料`,
      DEPTS[i % DEPTS.length],
      null,
      open ? null : replied,
      open ? null : result,
      open ? null : reason,
      i % 97 === 0 ? '电话沟通' : null,
    ]);
    row.getCell(3).numFmt = 'yyyy-mm-dd';
    row.getCell(12).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

/** What a child run reports. */
interface ChildResult {
  ms: number;
  peakRssMB: number;
}

/** Runs this file in a fresh node (so peak RSS is that of one job alone) and returns its figures. */
function inChild(mode: 'check' | 'baseline', file: string, outDir: string): ChildResult {
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--child', mode, file, outDir], {
    cwd: path.resolve(__dirname, '..', '..'),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult;
}

/**
 * A ledger with list validations on whole columns (common in templates) read with our reader (which
 * never expands them) vs exceljs's in-memory reader, which expands each range cell by cell.
 */
async function wholeColumnValidations(dataDir: string): Promise<{ oursMs: number; exceljsMs: number }> {
  const file = path.join(dataDir, 'whole-column-validations.xlsx');
  if (!fs.existsSync(file)) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['申请编号', '收到日期', '申请方式', '申请人类型', '答复类型']);
    for (let i = 1; i <= 1000; i++) ws.addRow([`2025-${i}`, '2025-03-05', '网络', '自然人', '予以公开']);
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const c of ['C', 'D', 'E']) validations.add(`${c}2:${c}1048576`, { type: 'list', allowBlank: true, formulae: ['"甲,乙"'] });
    await wb.xlsx.writeFile(file);
  }
  let t = performance.now();
  await readLedgerFile(file);
  const oursMs = performance.now() - t;
  t = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(file);
  return { oursMs, exceljsMs: performance.now() - t };
}

/** `ogi check FILE --out DIR` end to end (read, map, validate, write the register workbook). */
async function runCheck(file: string, outDir: string): Promise<void> {
  const io = { out: () => undefined, err: (t: string) => void process.stderr.write(t), isTTY: false, cwd: process.cwd() };
  const code = await main(['check', file, '--out', outDir, '--today', TODAY, '--json'], io);
  if (code === 2) throw new Error('ogi check found the bench file unusable');
}

/** The cell values exceljs' streaming reader hands over, as far as the baseline writes them back. */
type StreamValue =
  string | number | boolean | Date | null | undefined | { error?: string; result?: unknown; richText?: unknown; text?: unknown };
interface StreamRow {
  values: StreamValue[];
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  name: string;
}

/**
 * exceljs' own work on the same file: its streaming WorkbookReader as it ships (no patches, shared
 * strings and styles cached), then the same writer the register uses at this size (the streaming
 * WorkbookWriter into memory, inline strings, styles) on the values as read — nothing else.
 */
async function runBaseline(file: string, outDir: string): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
  const dateStyle = { numFmt: 'yyyy-mm-dd' };
  for await (const sheet of reader as unknown as AsyncIterable<StreamSheet>) {
    const ws = wb.addWorksheet(sheet.name);
    for await (const source of sheet) {
      const values = source.values
        .slice(1)
        .map((v) => (v && typeof v === 'object' && !(v instanceof Date) ? (v.error ?? String(v.result ?? '')) : (v ?? null)));
      const row = ws.addRow(values);
      values.forEach((v, j) => v instanceof Date && (row.getCell(j + 1).style = dateStyle));
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  const bytes = (wb as unknown as { stream: { toBuffer(): Buffer } }).stream.toBuffer();
  fs.writeFileSync(path.join(outDir, 'baseline.xlsx'), bytes);
}

async function childMain(argv: string[]): Promise<void> {
  const [mode, file, outDir] = argv;
  fs.mkdirSync(outDir, { recursive: true });
  const t = performance.now();
  if (mode === 'check') await runCheck(file, outDir);
  else await runBaseline(file, outDir);
  const ms = performance.now() - t;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, peakRssMB })}\n`);
}

/** `ogi check --out` on a 100,000-row ledger against reading + writing it with exceljs alone. */
export const checkSuite: BenchSuite = {
  name: 'check',
  async run({ log, dataDir }) {
    const file = path.join(dataDir, FILE_NAME);
    if (!fs.existsSync(file)) {
      log(`生成 ${FILE_NAME} …`);
      await generate(file);
    }
    const outDir = path.join(dataDir, 'check-out');
    // Interleaved runs, best of each: the machine may be shared, and the minimum is the least disturbed.
    const runs: Record<'baseline' | 'check', ChildResult[]> = { baseline: [], check: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.baseline.push(inChild('baseline', file, outDir));
      runs.check.push(inChild('check', file, outDir));
    }
    const best = (list: ChildResult[]): ChildResult => ({
      ms: Math.min(...list.map((r) => r.ms)),
      peakRssMB: Math.max(...list.map((r) => r.peakRssMB)),
    });
    const baseline = best(runs.baseline);
    const check = best(runs.check);
    const ratio = check.ms / baseline.ms;
    const dv = await wholeColumnValidations(dataDir);
    log(`整列数据验证（3 列 × 1,048,575 格）: 本读取器 ${dv.oursMs.toFixed(0)} ms, exceljs 内存读取 ${dv.exceljsMs.toFixed(0)} ms`);
    log(`${ROWS} 行 × 15 列 (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`);
    log(`exceljs 读+写: ${(baseline.ms / 1000).toFixed(1)} s, 峰值 ${baseline.peakRssMB.toFixed(0)} MB`);
    log(`ogi check --out: ${(check.ms / 1000).toFixed(1)} s, 峰值 ${check.peakRssMB.toFixed(0)} MB`);
    log(`checkOverReadRatio ${ratio.toFixed(2)} (目标 ≤ 1.0), peakRssMB ${check.peakRssMB.toFixed(0)} (目标 ≤ 400)`);
    return {
      checkOverReadRatio: Number(ratio.toFixed(3)),
      peakRssMB: Math.round(check.peakRssMB),
      checkMs: Math.round(check.ms),
      checkBaselineMs: Math.round(baseline.ms),
      checkBaselinePeakRssMB: Math.round(baseline.peakRssMB),
      wholeColumnValidationReadMs: Math.round(dv.oursMs),
      wholeColumnValidationExceljsMs: Math.round(dv.exceljsMs),
    };
  },
};

if (require.main === module && process.argv[2] === '--child') {
  childMain(process.argv.slice(3)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
