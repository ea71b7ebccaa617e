import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { BenchSuite } from '../types';
import { main } from '../../cli/main';

const OFFICES = 100;
const ROWS = 2_000;
const YEAR = '2025';

const HEADER = [
  '序号',
  '申请编号',
  '收到日期',
  '申请方式',
  '申请人类型',
  '申请人',
  '申请内容',
  '承办科室',
  '答复日期',
  '答复类型',
  '答复依据',
];
const CHANNELS = ['网络', '当面', '信函', '电子邮件'];
const TYPES = ['自然人', '自然人', '商业企业', '法律服务机构', '其他'];
const RESULTS: Array<[string, string | null]> = [
  ['予以公开', null],
  ['部分公开', '涉及个人隐私'],
  ['无法提供', '本机关不掌握相关政府信息'],
  ['不予处理', '重复申请'],
];
const DEPTS = ['办公室', '城建中心', '管理办', '财务科'];

/** One office's applications ledger of ROWS rows (exceljs streaming writer, shared strings, as offices send them). */
async function generate(file: string, office: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(`${YEAR}年`);
  ws.addRow(HEADER).commit();
  const start = Date.UTC(2025, 0, 2);
  for (let i = 1; i <= ROWS; i++) {
    const received = new Date(start + Math.floor((i * 330) / ROWS) * 86_400_000);
    const open = (i + office) % 40 === 0;
    const [result, reason] = RESULTS[(i + office) % RESULTS.length];
    const row = ws.addRow([
      i,
      `${YEAR}-${String(office).padStart(3, '0')}-${String(i).padStart(5, '0')}`,
      received,
      CHANNELS[i % CHANNELS.length],
      TYPES[i % TYPES.length],
      `申请人${i}`,
      `申请公开某某项目第${i % 577}号批复`,
      DEPTS[i % DEPTS.length],
      open ? null : new Date(received.getTime() + (4 + (i % 11)) * 86_400_000),
      open ? null : result,
      open ? null : reason,
    ]);
    row.getCell(3).numFmt = 'yyyy-mm-dd';
    row.getCell(9).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

/** `ogi report annual --consolidate` over every file, writing json/xlsx/pdf into `outDir`. */
async function runConsolidate(files: string[], outDir: string): Promise<void> {
  const io = { out: () => undefined, err: () => undefined, isTTY: false, cwd: process.cwd() };
  const code = await main(['report', 'annual', '--year', YEAR, '--consolidate', ...files, '--office', '某区汇总', '--out', outDir], io);
  if (code === 2) throw new Error('ogi report annual --consolidate found the bench files unusable');
}

async function childMain(argv: string[]): Promise<void> {
  const [listFile, outDir] = argv;
  const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  const t = performance.now();
  await runConsolidate(files, outDir);
  const ms = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ ms, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

/** Peak memory of consolidating 100 offices' ledgers of 2,000 rows each (goal ≤ 600 MB), in a fresh node. */
export const consolidateSuite: BenchSuite = {
  name: 'consolidate',
  async run({ log }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-consolidate-'));
    try {
      log(`生成 ${OFFICES} 个单位的台账（每个 ${ROWS} 行）…`);
      const files: string[] = [];
      for (let i = 1; i <= OFFICES; i++) {
        const file = path.join(dir, `街道${String(i).padStart(3, '0')}依申请公开登记台账${YEAR}.xlsx`);
        await generate(file, i);
        files.push(file);
      }
      const listFile = path.join(dir, 'files.txt');
      fs.writeFileSync(listFile, files.join('\n'));
      const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--child', listFile, path.join(dir, 'out')], {
        cwd: path.resolve(__dirname, '..', '..'),
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number; peakRssMB: number };
      log(
        `ogi report annual --consolidate（${OFFICES} 个单位 × ${ROWS} 行）: ${(r.ms / 1000).toFixed(1)} s, 峰值 ${r.peakRssMB.toFixed(0)} MB (目标 ≤ 600)`,
      );
      return { consolidatePeakRssMB: Math.round(r.peakRssMB), consolidateMs: Math.round(r.ms) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (require.main === module && process.argv[2] === '--child') {
  childMain(process.argv.slice(3)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
